package vn.edu.hocbaso.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-worked cases of Circular 27/2020 Art. 9.2 at each score threshold and each level combination.
 */
class OverallResultRuleTests {

	@ParameterizedTest(name = "grade {0}, lowest score {1} -> {2}")
	@CsvSource({ "4, 10, HTXS", "4, 9, HTXS", "4, 8, HTT", "4, 7, HTT", "4, 6, HT", "4, 5, HT", "4, 4, CHT",
			"1, 9, HTXS", "1, 8, HTT", "5, 7, HTT", "5, 6, HT", "5, 0, CHT" })
	void allTGivesTheResultOfTheLowestScore(int grade, int lowest, OverallResult expected) {
		assertThat(suggest(SampleResults.allWell(grade, 10).score(Subject.TOAN, lowest))).hasValue(expected);
	}

	@Test
	void oneScoreOfEightAmongNinesLosesDistinction() {
		assertThat(suggest(SampleResults.allWell(4, 9).score(Subject.KH, 8))).hasValue(OverallResult.HTT);
	}

	@ParameterizedTest(name = "one subject H, lowest score {0} -> {1}")
	@CsvSource({ "10, HT", "5, HT", "4, CHT" })
	void aSubjectAtHGivesAtMostHt(int lowest, OverallResult expected) {
		SampleResults results = SampleResults.allWell(3, 10).level(Subject.DAO_DUC, SubjectLevel.COMPLETED)
			.score(Subject.TV, lowest);
		assertThat(suggest(results)).hasValue(expected);
	}

	@Test
	void aCompetencyAtDGivesHtEvenWithFullMarks() {
		assertThat(suggest(SampleResults.allWell(4, 10).trait(Trait.TINH_TOAN, TraitLevel.SATISFACTORY)))
			.hasValue(OverallResult.HT);
	}

	@Test
	void aQualityAtDGivesHt() {
		assertThat(suggest(SampleResults.allWell(2, 10).trait(Trait.TRUNG_THUC, TraitLevel.SATISFACTORY)))
			.hasValue(OverallResult.HT);
	}

	@Test
	void aSubjectAtCGivesCht() {
		assertThat(suggest(SampleResults.allWell(5, 10).level(Subject.GDTC, SubjectLevel.NOT_COMPLETED)))
			.hasValue(OverallResult.CHT);
	}

	@Test
	void aQualityAtCGivesCht() {
		assertThat(suggest(SampleResults.allWell(5, 10).trait(Trait.CHAM_CHI, TraitLevel.NEEDS_EFFORT)))
			.hasValue(OverallResult.CHT);
	}

	@Test
	void aScoreOfFiveWithHAndDStillCompletes() {
		SampleResults results = SampleResults.allWell(4, 5).level(Subject.LSDL, SubjectLevel.COMPLETED)
			.trait(Trait.NGON_NGU, TraitLevel.SATISFACTORY);
		assertThat(suggest(results)).hasValue(OverallResult.HT);
	}

	@Test
	void untestedSubjectsNeedNoScore() {
		SampleResults results = SampleResults.allWell(1, 9);
		assertThat(results.subjects.get(Subject.AM_NHAC).score()).isNull();
		assertThat(suggest(results)).hasValue(OverallResult.HTXS);
	}

	@Test
	void electivesNotTakenAreIgnored() {
		SampleResults results = SampleResults.allWell(2, 9);
		assertThat(results.subjects).doesNotContainKeys(Subject.NN1, Subject.TIENG_DT);
		assertThat(suggest(results)).hasValue(OverallResult.HTXS);
	}

	@Test
	void electivesTakenCount() {
		SampleResults results = SampleResults.allWell(2, 9).level(Subject.NN1, SubjectLevel.COMPLETED);
		assertThat(suggest(results)).hasValue(OverallResult.HT);
	}

	@Test
	void subjectsNotTaughtInTheGradeAreIgnored() {
		SampleResults results = SampleResults.allWell(1, 9).level(Subject.KH, SubjectLevel.NOT_COMPLETED)
			.score(Subject.KH, 2);
		assertThat(suggest(results)).hasValue(OverallResult.HTXS);
	}

	@Test
	void informaticsCompetencyIsNotNeededInGradeTwoButCountsWhenGiven() {
		SampleResults results = SampleResults.allWell(2, 9);
		assertThat(results.traits).doesNotContainKey(Trait.TIN_HOC);
		assertThat(suggest(results)).hasValue(OverallResult.HTXS);
		assertThat(suggest(results.trait(Trait.TIN_HOC, TraitLevel.SATISFACTORY))).hasValue(OverallResult.HT);
	}

	@Test
	void suggestsNothingWhileALevelOrATestScoreIsMissing() {
		assertThat(suggest(SampleResults.allWell(4, 9).without(Subject.HDTN))).isEmpty();
		assertThat(suggest(SampleResults.allWell(4, 9).score(Subject.CONG_NGHE, null))).isEmpty();
		assertThat(suggest(SampleResults.allWell(4, 9).without(Trait.THE_CHAT))).isEmpty();
		assertThat(suggest(SampleResults.allWell(4, 9).without(Trait.TIN_HOC))).isEmpty();
	}

	private static Optional<OverallResult> suggest(SampleResults results) {
		return OverallResultRule.suggest(results.grade, results.subjects, results.traits);
	}

}
