package vn.edu.hocbaso.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.edu.hocbaso.record.Parsed;

/**
 * The sheet of each grade has the grade's fields under stable keys, and cells normalise as the grid does.
 */
class ClassSheetLayoutTests {

	@Test
	void givesEachGradeItsSubjectsWithScoresOnlyForTestedOnes() {

		ClassSheetLayout grade1 = ClassSheetLayout.of(1);
		ClassSheetLayout grade4 = ClassSheetLayout.of(4);

		assertThat(grade1.field("subject.TOAN.score")).isPresent();
		assertThat(grade1.field("subject.DAO_DUC.score")).isEmpty();
		assertThat(grade1.field("subject.LSDL.level")).isEmpty();
		assertThat(grade4.field("subject.LSDL.score")).isPresent();
		assertThat(grade4.field("subject.TNXH.level")).isEmpty();
	}

	@Test
	void asksForPrimaryCompletionOnlyInGradeFive() {
		assertThat(ClassSheetLayout.of(4).field("completion.primary")).isEmpty();
		assertThat(ClassSheetLayout.of(5).field("completion.primary")).isPresent();
	}

	@Test
	void hasUniqueKeysAndHeadersAndFindsKeysByHeader() {

		ClassSheetLayout layout = ClassSheetLayout.of(5);

		assertThat(layout.keys()).doesNotHaveDuplicates().hasSameSizeAs(layout.headers());
		assertThat(layout.headers()).doesNotHaveDuplicates();
		assertThat(layout.keyOfHeader("Toán – Điểm KTĐK")).contains("subject.TOAN.score");
		assertThat(layout.headerOf("trait.YEU_NUOC")).isEqualTo("Phẩm chất – Yêu nước");
	}

	@Test
	void normalisesCellsToTheCanonicalText() {

		assertThat(SheetValue.SCORE.normalise(" 8 ")).isEqualTo(new Parsed<>("8", null));
		assertThat(SheetValue.SUBJECT_LEVEL.normalise("hoàn thành tốt").value()).isEqualTo("T");
		assertThat(SheetValue.TRAIT_LEVEL.normalise("d").value()).isEqualTo("Đ");
		assertThat(SheetValue.DECIMAL.normalise("125,50").value()).isEqualTo("125.5");
		assertThat(SheetValue.COUNT.normalise("02").value()).isEqualTo("2");
		assertThat(SheetValue.RESULT.normalise("hoàn thành xuất sắc").value()).isEqualTo("HTXS");
		assertThat(SheetValue.YES_NO.normalise("khong").value()).isEqualTo("Không");
		assertThat(SheetValue.TEXT.normalise("  ").value()).isNull();
	}

	@Test
	void refusesValuesThatAreNotOfTheirKind() {
		assertThat(SheetValue.SCORE.normalise("8.5").errorKey()).isEqualTo("record.input.score.notInteger");
		assertThat(SheetValue.DECIMAL.normalise("-3").errorKey()).isEqualTo(SheetValue.DECIMAL_INVALID);
		assertThat(SheetValue.COUNT.normalise("1.5").errorKey()).isEqualTo(SheetValue.COUNT_INVALID);
		assertThat(SheetValue.RESULT.normalise("Giỏi").errorKey()).isEqualTo(SheetValue.RESULT_INVALID);
		assertThat(SheetValue.YES_NO.normalise("có lẽ").errorKey()).isEqualTo(SheetValue.YES_NO_INVALID);
	}

}
