package vn.edu.hocbaso.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.edu.hocbaso.record.Finding.Severity;

class RecordChecksTests {

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5 })
	void findsNothingInACompleteRecord(int grade) {
		assertThat(check(SampleRecords.complete(grade))).isEmpty();
	}

	@Test
	void findsAMissingSubjectLevel() {

		YearRecord record = SampleRecords.complete(4);
		record.assessSubject(Subject.MI_THUAT, null);

		assertThat(check(record)).contains(new Finding(Severity.ERROR, "subject.MI_THUAT.level",
				"record.check.levelMissing"));
	}

	@Test
	void findsAMissingQualityOrCompetencyLevel() {

		YearRecord record = SampleRecords.complete(3);
		record.assessTrait(Trait.TIN_HOC, null);

		assertThat(check(record)).contains(new Finding(Severity.ERROR, "trait.TIN_HOC", "record.check.levelMissing"));
	}

	@Test
	void acceptsGradeTwoWithoutInformaticsAndTechnologyCompetencies() {

		YearRecord record = SampleRecords.complete(2);

		assertThat(record.traitLevel(Trait.TIN_HOC)).isNull();
		assertThat(record.traitLevel(Trait.CONG_NGHE)).isNull();
		assertThat(check(record)).isEmpty();
	}

	@Test
	void findsATestedSubjectWithoutScore() {

		YearRecord record = SampleRecords.complete(4);
		record.recordScore(Subject.CONG_NGHE, null);

		assertThat(check(record)).contains(new Finding(Severity.ERROR, "subject.CONG_NGHE.score",
				"record.check.scoreMissing"));
	}

	@Test
	void findsScoresOutsideZeroToTen() {

		YearRecord record = SampleRecords.complete(4);
		record.recordScore(Subject.TV, 11);
		record.recordScore(Subject.TOAN, -1);

		assertThat(check(record)).contains(
				new Finding(Severity.ERROR, "subject.TV.score", "record.check.scoreOutOfRange"),
				new Finding(Severity.ERROR, "subject.TOAN.score", "record.check.scoreOutOfRange"));
	}

	@Test
	void acceptsZeroWithAWarning() {

		YearRecord record = SampleRecords.complete(5);
		record.recordScore(Subject.KH, 0);
		record.confirmResult(OverallResult.CHT, null);
		record.recordGradeCompletion(false);
		record.recordPrimaryCompletion(false);

		assertThat(check(record)).containsExactly(new Finding(Severity.WARNING, "subject.KH.score",
				"record.check.scoreZero"));
		record.markComplete(SampleRecords.PERSONAL_ID);
		assertThat(record.isComplete()).isTrue();
	}

	@Test
	void findsAScoreOnAnUntestedSubject() {

		YearRecord record = SampleRecords.complete(4);
		record.recordScore(Subject.GDTC, 8);

		assertThat(check(record)).containsExactly(new Finding(Severity.ERROR, "subject.GDTC.score",
				"record.check.scoreUntested"));
	}

	@Test
	void checksAnElectiveOnlyWhenThePupilTakesIt() {

		YearRecord record = SampleRecords.complete(1);
		assertThat(check(record)).isEmpty();

		record.commentSubject(Subject.NN1, "Em hát tiếng Anh hay.");
		assertThat(check(record)).isEmpty();
		record.recordScore(Subject.NN1, 9);

		assertThat(check(record)).containsExactly(
				new Finding(Severity.ERROR, "subject.NN1.level", "record.check.levelMissing"),
				new Finding(Severity.ERROR, "subject.NN1.score", "record.check.scoreUntested"));
	}

	@Test
	void findsMissingBlockComments() {

		YearRecord record = SampleRecords.complete(4);
		record.commentBlock(Trait.Block.QUALITY, "  ");
		record.commentBlock(Trait.Block.SPECIFIC_COMPETENCY, null);

		assertThat(check(record)).containsExactly(
				new Finding(Severity.ERROR, "comment.quality", "record.check.commentMissing"),
				new Finding(Severity.ERROR, "comment.specific_competency", "record.check.commentMissing"));
	}

	@Test
	void findsAResultThatDiffersFromTheRulesWithoutReason() {

		YearRecord record = SampleRecords.complete(4);
		record.confirmResult(OverallResult.HTT, null);

		assertThat(check(record)).containsExactly(new Finding(Severity.ERROR, "result.reason",
				"record.check.resultWithoutReason"));

		record.confirmResult(OverallResult.HTT, "Hội đồng lớp đề nghị.");
		assertThat(check(record)).isEmpty();
	}

	@Test
	void findsAMissingResult() {

		YearRecord record = SampleRecords.complete(4);
		record.confirmResult(null, null);

		assertThat(check(record)).contains(new Finding(Severity.ERROR, "result", "record.check.resultMissing"));
	}

	@Test
	void findsAMissingPersonalId() {
		assertThat(RecordChecks.check(SampleRecords.complete(4), " ")).containsExactly(
				new Finding(Severity.ERROR, "pupil.personalId", "record.check.personalIdMissing"));
	}

	@Test
	void findsMissingMandatoryValues() {

		YearRecord record = new YearRecord(1L, 1L, 1L, 5);

		assertThat(check(record)).extracting(Finding::field)
			.contains("height", "weight", "absences.withPermission", "absences.withoutPermission", "result",
					"completion.grade", "completion.primary", "promotion", "teacherRemark", "subject.TV.level",
					"subject.TV.score", "trait.YEU_NUOC", "comment.general_competency")
			.doesNotContain("subject.TNXH.level", "subject.TIENG_DT.level");
	}

	@Test
	void warnsWhenCompletionDoesNotMatchTheResult() {

		YearRecord record = SampleRecords.complete(4);
		record.recordGradeCompletion(false);

		assertThat(check(record)).containsExactly(new Finding(Severity.WARNING, "completion.grade",
				"record.check.completionInconsistent"));
	}

	@Test
	void refusesCompletionOfTheGradeWithTheResultNotCompleted() {

		YearRecord record = SampleRecords.complete(4);
		record.confirmResult(OverallResult.CHT, "Em nghỉ học dài ngày.");
		record.recordGradeCompletion(true);

		assertThat(check(record)).contains(new Finding(Severity.ERROR, "completion.grade",
				"record.check.completionInconsistent"));
		assertThatExceptionOfType(RecordHasErrors.class)
			.isThrownBy(() -> record.markComplete(SampleRecords.PERSONAL_ID));
	}

	@Test
	void refusesToMarkARecordWithAnErrorComplete() {

		YearRecord record = SampleRecords.complete(4);
		record.remark(null);

		assertThatExceptionOfType(RecordHasErrors.class)
			.isThrownBy(() -> record.markComplete(SampleRecords.PERSONAL_ID))
			.satisfies(e -> assertThat(e.errors()).extracting(Finding::messageKey)
				.containsExactly("record.check.remarkMissing"));
		assertThat(record.isComplete()).isFalse();
	}

	private static List<Finding> check(YearRecord record) {
		return RecordChecks.check(record, SampleRecords.PERSONAL_ID);
	}

}
