package vn.edu.hocbaso.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class GradebookOrderTests {

	private static final Comparator<String> ORDER = GradebookOrder.byName(Function.identity());

	@Test
	void sortsByGivenNameThenMiddleThenFamilyName() {

		List<String> names = List.of("Nguyễn Văn Bình", "Trần Thị Anh", "Lê Thị Anh", "Lê Văn Anh", "Phạm Ánh");

		assertThat(names.stream().sorted(ORDER)).containsExactly("Lê Thị Anh", "Trần Thị Anh", "Lê Văn Anh",
				"Phạm Ánh", "Nguyễn Văn Bình");
	}

	@Test
	void comparesVietnameseLettersAsVietnameseDoes() {

		List<String> names = List.of("Nguyễn Văn Đức", "Nguyễn Văn Dũng", "Nguyễn Văn Em", "Nguyễn Ơn");

		assertThat(names.stream().sorted(ORDER)).containsExactly("Nguyễn Văn Dũng", "Nguyễn Văn Đức",
				"Nguyễn Văn Em", "Nguyễn Ơn");
	}

	@Test
	void splitsANameIntoItsParts() {
		assertThat(GradebookOrder.given("Nguyễn Thị Minh Khai")).isEqualTo("Khai");
		assertThat(GradebookOrder.middle("Nguyễn Thị Minh Khai")).isEqualTo("Thị Minh");
		assertThat(GradebookOrder.family("Nguyễn Thị Minh Khai")).isEqualTo("Nguyễn");
		assertThat(GradebookOrder.middle("Lan")).isEmpty();
	}

}
