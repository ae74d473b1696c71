package vn.edu.hocbaso.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class GradeMatrixTests {

	@Test
	void everyGradeTeachesVietnameseAndMathsWithATest() {
		for (int grade = 1; grade <= 5; grade++) {
			assertThat(GradeMatrix.offer(Subject.TV, grade)).hasValue(new GradeMatrix.Offer(Subject.TV, false, true));
			assertThat(GradeMatrix.offer(Subject.TOAN, grade))
				.hasValue(new GradeMatrix.Offer(Subject.TOAN, false, true));
		}
	}

	@Test
	void foreignLanguageIsElectiveUntestedInGradesOneAndTwoAndTestedFromGradeThree() {
		assertThat(GradeMatrix.offer(Subject.NN1, 1)).hasValue(new GradeMatrix.Offer(Subject.NN1, true, false));
		assertThat(GradeMatrix.offer(Subject.NN1, 2)).hasValue(new GradeMatrix.Offer(Subject.NN1, true, false));
		assertThat(GradeMatrix.offer(Subject.NN1, 3)).hasValue(new GradeMatrix.Offer(Subject.NN1, false, true));
	}

	@Test
	void informaticsAndTechnologyAreTwoTestedRowsFromGradeThree() {
		assertThat(tested(2)).doesNotContain(Subject.TIN_HOC, Subject.CONG_NGHE);
		assertThat(tested(3)).containsExactly(Subject.TV, Subject.TOAN, Subject.NN1, Subject.TIN_HOC,
				Subject.CONG_NGHE);
		assertThat(tested(4)).containsExactly(Subject.TV, Subject.TOAN, Subject.NN1, Subject.LSDL, Subject.KH,
				Subject.TIN_HOC, Subject.CONG_NGHE);
	}

	@Test
	void natureAndSocietyEndsWithGradeThreeAndHistoryAndScienceStartInGradeFour() {
		assertThat(subjects(3)).contains(Subject.TNXH).doesNotContain(Subject.LSDL, Subject.KH);
		assertThat(subjects(4)).contains(Subject.LSDL, Subject.KH).doesNotContain(Subject.TNXH);
	}

	@Test
	void gradeOneHasTheSubjectsOfTheTemplateInItsOrder() {
		assertThat(subjects(1)).containsExactly(Subject.TV, Subject.TOAN, Subject.NN1, Subject.DAO_DUC, Subject.TNXH,
				Subject.GDTC, Subject.AM_NHAC, Subject.MI_THUAT, Subject.HDTN, Subject.TIENG_DT);
	}

	@Test
	void ethnicLanguageIsAnUntestedElectiveInEveryGrade() {
		for (int grade = 1; grade <= 5; grade++) {
			assertThat(GradeMatrix.offer(Subject.TIENG_DT, grade))
				.hasValue(new GradeMatrix.Offer(Subject.TIENG_DT, true, false));
		}
	}

	@Test
	void informaticsAndTechnologyCompetenciesAreOptionalInGradesOneAndTwo() {
		assertThat(GradeMatrix.isRequired(Trait.TIN_HOC, 2)).isFalse();
		assertThat(GradeMatrix.isRequired(Trait.CONG_NGHE, 1)).isFalse();
		assertThat(GradeMatrix.isRequired(Trait.TIN_HOC, 3)).isTrue();
		assertThat(GradeMatrix.isRequired(Trait.NGON_NGU, 1)).isTrue();
	}

	@Test
	void refusesGradesOutsidePrimary() {
		assertThatIllegalArgumentException().isThrownBy(() -> GradeMatrix.subjectsOf(6));
		assertThatIllegalArgumentException().isThrownBy(() -> GradeMatrix.subjectsOf(0));
	}

	@Test
	void keepsTheSubjectCodesOfTeacherAssignments() {
		assertThat(Subject.ofCode("NN1")).hasValue(Subject.NN1);
		assertThat(Subject.ofCode("TIN_HOC")).hasValue(Subject.TIN_HOC);
		assertThat(Subject.ofCode("GDTC")).hasValue(Subject.GDTC);
	}

	private static List<Subject> subjects(int grade) {
		return GradeMatrix.subjectsOf(grade).stream().map(GradeMatrix.Offer::subject).toList();
	}

	private static List<Subject> tested(int grade) {
		return GradeMatrix.subjectsOf(grade).stream().filter(GradeMatrix.Offer::tested)
			.map(GradeMatrix.Offer::subject).toList();
	}

}
