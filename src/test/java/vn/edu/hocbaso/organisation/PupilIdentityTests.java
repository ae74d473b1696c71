package vn.edu.hocbaso.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PupilIdentityTests {

	private static final String DECOMPOSED = Normalizer.normalize("  Bệnh viện   Phụ sản ", Normalizer.Form.NFD);

	@Test
	void storesTextComposedTrimmedAndWithSingleSpaces() {

		String stored = PupilIdentity.nfc(DECOMPOSED);

		assertThat(stored).isEqualTo(Normalizer.normalize("Bệnh viện Phụ sản", Normalizer.Form.NFC));
		assertThat(Normalizer.isNormalized(stored, Normalizer.Form.NFC)).isTrue();
		assertThat(PupilIdentity.nfc(" ")).isNull();
	}

	@Test
	void pupilKeepsNfcTextAndWaitsForItsMinistryCode() {

		Pupil pupil = new Pupil(identity(Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD), null));

		assertThat(pupil.getFullName()).isEqualTo("Nguyễn Thị Ánh");
		assertThat(pupil.getPlaceOfBirth()).isEqualTo(PupilIdentity.nfc(DECOMPOSED));
		assertThat(pupil.hasMinistryCode()).isFalse();
		assertThat(pupil.getMinistryCode()).hasSizeLessThanOrEqualTo(20);
	}

	@Test
	void recognisesTheSamePersonWhateverTheCaseOrComposition() {

		Pupil pupil = new Pupil(identity("Nguyễn Thị Ánh", "0100000001"));
		PersonName typed = new PersonName(Normalizer.normalize("nguyễn thị ánh", Normalizer.Form.NFD));

		assertThat(pupil.isSamePerson(typed, LocalDate.of(2017, 5, 10))).isTrue();
		assertThat(pupil.isSamePerson(typed, LocalDate.of(2017, 5, 11))).isFalse();
		assertThat(pupil.isSamePerson(new PersonName("Nguyễn Thị Anh"), LocalDate.of(2017, 5, 10))).isFalse();
	}

	private static PupilIdentity identity(String fullName, String ministryCode) {
		return new PupilIdentity("001317000123", ministryCode, fullName, Sex.F, LocalDate.of(2017, 5, 10), "Kinh",
				"Việt Nam", DECOMPOSED, "Nam Định", "Hà Nội");
	}

}
