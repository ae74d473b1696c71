package vn.edu.hocbaso.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class PersonNameTests {

	@Test
	void storesDecomposedInputAsNfcWithSingleSpaces() {

		String decomposed = Normalizer.normalize("  Nguyễn   Thị Ánh ", Normalizer.Form.NFD);

		PersonName name = new PersonName(decomposed);

		assertThat(name.value()).isEqualTo("Nguy\u1ec5n Th\u1ecb \u00c1nh");
		assertThat(Normalizer.isNormalized(name.value(), Normalizer.Form.NFC)).isTrue();
	}

	@Test
	void searchKeyIgnoresDiacriticsCaseAndTheBarredD() {
		assertThat(new PersonName("Nguyễn Thị Ánh").searchKey()).isEqualTo("nguyen thi anh");
		assertThat(PersonName.searchKey("ĐẶNG  Quốc Đạt")).isEqualTo("dang quoc dat");
		assertThat(PersonName.searchKey(Normalizer.normalize("Lê Ngọc Hân", Normalizer.Form.NFD)))
			.isEqualTo("le ngoc han");
	}

	@Test
	void refusesBlankNamesAndDigits() {
		assertThatExceptionOfType(PersonName.InvalidPersonName.class).isThrownBy(() -> new PersonName("  "));
		assertThatExceptionOfType(PersonName.InvalidPersonName.class).isThrownBy(() -> new PersonName("Lan 2"));
		assertThatExceptionOfType(PersonName.InvalidPersonName.class).isThrownBy(() -> new PersonName("<b>Lan</b>"));
	}

	@Test
	void givenNameIsTheLastWord() {
		assertThat(new PersonName("Trần Bảo Ngọc").givenName()).isEqualTo("Ngọc");
	}

}
