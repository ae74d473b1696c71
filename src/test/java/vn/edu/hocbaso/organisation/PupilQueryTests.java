package vn.edu.hocbaso.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.edu.hocbaso.organisation.PupilQuery.Kind;

class PupilQueryTests {

	@Test
	void readsAPersonalIdTypedWithSpaces() {
		assertThat(PupilQuery.parse(" 001 218 211 159 ")).isEqualTo(new PupilQuery(Kind.PERSONAL_ID,
				"001218211159", java.util.List.of()));
	}

	@Test
	void readsAPupilCodeInUpperCase() {
		PupilQuery query = PupilQuery.parse("hn00012345");

		assertThat(query.kind()).isEqualTo(Kind.PUPIL_CODE);
		assertThat(query.value()).isEqualTo("HN00012345");
	}

	@Test
	void splitsANameIntoFoldedWords() {
		assertThat(PupilQuery.parse("  Lê   PHÚC lê").words()).containsExactly("le", "phuc");
	}

	@Test
	void refusesNamesShorterThanTwoLetters() {
		assertThat(PupilQuery.parse("Ư").kind()).isEqualTo(Kind.TOO_SHORT);
		assertThat(PupilQuery.parse("%").searches()).isFalse();
		assertThat(PupilQuery.parse("   ").kind()).isEqualTo(Kind.NOTHING);
		assertThat(PupilQuery.parse("le").kind()).isEqualTo(Kind.NAME);
	}

}
