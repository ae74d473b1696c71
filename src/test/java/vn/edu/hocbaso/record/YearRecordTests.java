package vn.edu.hocbaso.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.edu.hocbaso.record.YearRecord.Change;

class YearRecordTests {

	@Test
	void startsAsADraftWithAVersionFourLookupCode() {

		YearRecord record = new YearRecord(1L, 2L, 3L, 4);

		assertThat(record.getState()).isEqualTo(RecordState.DRAFT);
		assertThat(record.getLookupCode().version()).isEqualTo(4);
		assertThat(new YearRecord(1L, 2L, 3L, 4).getLookupCode()).isNotEqualTo(record.getLookupCode());
	}

	@Test
	void notesEachChangeWithOldAndNewValue() {

		YearRecord record = new YearRecord(1L, 2L, 3L, 4);
		record.takeChanges();

		record.assessSubject(Subject.TV, SubjectLevel.COMPLETED);
		record.assessSubject(Subject.TV, SubjectLevel.COMPLETED_WELL);
		record.recordScore(Subject.TV, 8);
		record.recordScore(Subject.TV, 8);
		record.assessTrait(Trait.CHAM_CHI, TraitLevel.SATISFACTORY);

		assertThat(record.takeChanges()).containsExactly(new Change("subject.TV.level", null, "H"),
				new Change("subject.TV.level", "H", "T"), new Change("subject.TV.score", null, "8"),
				new Change("trait.CHAM_CHI", null, "Đ"));
		assertThat(record.takeChanges()).isEmpty();
	}

	@Test
	void keepsTextInNfc() {

		YearRecord record = new YearRecord(1L, 2L, 3L, 4);
		record.remark(Normalizer.normalize(" Em chăm ngoan. ", Normalizer.Form.NFD));

		assertThat(record.getTeacherRemark()).isEqualTo("Em chăm ngoan.");
	}

	@Test
	void aChangeWithdrawsCompleteness() {

		YearRecord record = SampleRecords.complete(4);
		record.markComplete(SampleRecords.PERSONAL_ID);
		record.takeChanges();

		record.recordWeight(null);

		assertThat(record.isComplete()).isFalse();
		assertThat(record.takeChanges()).contains(new Change("complete", "true", "false"));
	}

	@Test
	void refusesSubjectsTheGradeDoesNotTeach() {
		YearRecord record = new YearRecord(1L, 2L, 3L, 1);
		assertThatIllegalArgumentException().isThrownBy(() -> record.assessSubject(Subject.KH, SubjectLevel.COMPLETED));
		assertThatIllegalArgumentException().isThrownBy(() -> record.recordPrimaryCompletion(true));
	}

	@Test
	void suggestsTheResultOfItsLevelsAndScores() {

		YearRecord record = SampleRecords.complete(3);
		assertThat(record.suggestedResult()).hasValue(OverallResult.HTXS);

		record.recordScore(Subject.TIN_HOC, 7);
		assertThat(record.suggestedResult()).hasValue(OverallResult.HTT);
	}

}
