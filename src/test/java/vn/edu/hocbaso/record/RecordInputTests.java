package vn.edu.hocbaso.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordInputTests {

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = { "8|8", " 8 |8", "08|8",
			"0|0", "10|10", "\u00A09|9" })
	void acceptsIntegerScores(String raw, int expected) {
		assertThat(RecordInput.score(raw)).isEqualTo(new Parsed<>(expected, null));
	}

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(delimiter = '|', value = { "8.5|record.input.score.notInteger", "8,5|record.input.score.notInteger",
			"10/10|record.input.score.fraction", "abc|record.input.score.notANumber",
			"11|record.input.score.outOfRange", "-1|record.input.score.outOfRange",
			"99999999999999|record.input.score.outOfRange", "8 điểm|record.input.score.notANumber" })
	void refusesOtherScoresWithTheirReason(String raw, String key) {
		assertThat(RecordInput.score(raw)).isEqualTo(new Parsed<Integer>(null, key));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void readsABlankScoreAsNoScore(String raw) {
		assertThat(RecordInput.score(raw)).isEqualTo(new Parsed<Integer>(null, null));
		assertThat(RecordInput.score(null).isAccepted()).isTrue();
	}

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(delimiter = '|', value = { "T|COMPLETED_WELL", "t|COMPLETED_WELL", "h|COMPLETED", "c|NOT_COMPLETED",
			"Hoàn thành tốt|COMPLETED_WELL", "hoàn thành|COMPLETED", "HOÀN THÀNH|COMPLETED",
			"Chưa hoàn thành|NOT_COMPLETED", "hoan thanh tot|COMPLETED_WELL", "Chua  hoan thanh|NOT_COMPLETED" })
	void normalisesSubjectLevels(String raw, SubjectLevel expected) {
		assertThat(RecordInput.subjectLevel(raw).value()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(delimiter = '|', value = { "Tốt|record.input.subjectLevel.traitWord",
			"Đạt|record.input.subjectLevel.traitWord", "d|record.input.subjectLevel.traitWord",
			"x|record.input.subjectLevel.unknown", "Giỏi|record.input.subjectLevel.unknown",
			"HTT|record.input.subjectLevel.unknown" })
	void refusesSubjectLevelsThatAreUnknownOrFromTheOtherScale(String raw, String key) {
		assertThat(RecordInput.subjectLevel(raw)).isEqualTo(new Parsed<SubjectLevel>(null, key));
	}

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(delimiter = '|', value = { "T|GOOD", "t|GOOD", "Đ|SATISFACTORY", "đ|SATISFACTORY", "d|SATISFACTORY",
			"D|SATISFACTORY", "c|NEEDS_EFFORT", "Tốt|GOOD", "tot|GOOD", "Đạt|SATISFACTORY", "dat|SATISFACTORY",
			"Cần cố gắng|NEEDS_EFFORT", "can co gang|NEEDS_EFFORT" })
	void normalisesQualityAndCompetencyLevels(String raw, TraitLevel expected) {
		assertThat(RecordInput.traitLevel(raw).value()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(delimiter = '|', value = { "Hoàn thành|record.input.traitLevel.subjectWord",
			"h|record.input.traitLevel.subjectWord", "Chưa hoàn thành|record.input.traitLevel.subjectWord",
			"Khá|record.input.traitLevel.unknown", "TĐ|record.input.traitLevel.unknown" })
	void refusesQualityLevelsThatAreUnknownOrFromTheOtherScale(String raw, String key) {
		assertThat(RecordInput.traitLevel(raw)).isEqualTo(new Parsed<TraitLevel>(null, key));
	}

	@Test
	void acceptsLevelsTypedInDecomposedUnicode() {
		String decomposed = Normalizer.normalize("Hoàn thành tốt", Normalizer.Form.NFD);
		assertThat(RecordInput.subjectLevel(decomposed).value()).isEqualTo(SubjectLevel.COMPLETED_WELL);
		assertThat(RecordInput.traitLevel(Normalizer.normalize("Đạt", Normalizer.Form.NFD)).value())
			.isEqualTo(TraitLevel.SATISFACTORY);
	}

	@Test
	void keepsTextInNfcWithoutOuterSpaces() {
		String decomposed = Normalizer.normalize("  Em tiến bộ rõ rệt.  ", Normalizer.Form.NFD);
		assertThat(RecordInput.text(decomposed)).isEqualTo("Em tiến bộ rõ rệt.")
			.matches(text -> Normalizer.isNormalized(text, Normalizer.Form.NFC));
		assertThat(RecordInput.text("  ")).isNull();
	}

}
