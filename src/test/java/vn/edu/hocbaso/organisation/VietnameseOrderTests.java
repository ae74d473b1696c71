package vn.edu.hocbaso.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class VietnameseOrderTests {

	@Test
	void sortsByGivenNameThenMiddleNameThenFamilyName() {
		assertThat(sorted("Trần Văn An", "Nguyễn Văn An", "Lê Thị An", "Bùi Văn Bình"))
			.containsExactly("Lê Thị An", "Nguyễn Văn An", "Trần Văn An", "Bùi Văn Bình");
	}

	@Test
	void putsVietnameseLettersAfterTheirBaseLetter() {
		assertThat(sorted("Bùi Văn Đức", "Vũ Đình Dũng", "Phạm Văn Ân", "Hoàng Thị Ánh", "Lê Văn Ăn", "Trần Văn Em"))
			.containsExactly("Hoàng Thị Ánh", "Lê Văn Ăn", "Phạm Văn Ân", "Vũ Đình Dũng", "Bùi Văn Đức", "Trần Văn Em");
	}

	@Test
	void comparesTonesOnlyBetweenOtherwiseEqualNames() {
		assertThat(sorted("Lê Thị Hà", "Lê Thị Hạnh", "Lê Thị Ha")).containsExactly("Lê Thị Ha", "Lê Thị Hà",
				"Lê Thị Hạnh");
	}

	@Test
	void acceptsNamesOfOneOrTwoWords() {
		assertThat(sorted("Lê Bình", "An")).containsExactly("An", "Lê Bình");
	}

	private static List<String> sorted(String... names) {
		List<String> list = new ArrayList<>(List.of(names));
		list.sort(VietnameseOrder.NAMES);
		return list;
	}

}
