package vn.edu.hocbaso.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import vn.edu.hocbaso.record.RecordField;
import vn.edu.hocbaso.record.Subject;
import vn.edu.hocbaso.record.SubjectLevel;
import vn.edu.hocbaso.record.YearRecord;

class GradebookCellsTests {

	private static final GradebookColumn MATHS_LEVEL = column(RecordField.subjectLevel(Subject.TOAN));

	private static final GradebookColumn MATHS_SCORE = column(RecordField.subjectScore(Subject.TOAN));

	private static final GradebookColumn HEIGHT = column(RecordField.HEIGHT);

	@Test
	void normalisesLevelsAndScoresAsTheImportDoes() {

		assertThat(GradebookCells.parse(MATHS_LEVEL, "Hoàn thành tốt").value()).isEqualTo(SubjectLevel.COMPLETED_WELL);
		assertThat(GradebookCells.parse(MATHS_LEVEL, "t").value()).isEqualTo(SubjectLevel.COMPLETED_WELL);
		assertThat(GradebookCells.parse(MATHS_SCORE, "8 ").value()).isEqualTo(8);
		assertThat(GradebookCells.parse(MATHS_SCORE, "8.5").errorKey()).isEqualTo("record.input.score.notInteger");
		assertThat(GradebookCells.parse(MATHS_SCORE, "abc").errorKey()).isEqualTo("record.input.score.notANumber");
		assertThat(GradebookCells.parse(MATHS_SCORE, "11").errorKey()).isEqualTo("record.input.score.outOfRange");
	}

	@Test
	void readsMeasuresWithADecimalCommaAndRefusesOthers() {

		assertThat(GradebookCells.parse(HEIGHT, "128,5").value()).isEqualTo(new BigDecimal("128.5"));
		assertThat(GradebookCells.parse(HEIGHT, "0").errorKey()).isEqualTo(GradebookCells.MEASURE_INVALID);
		assertThat(GradebookCells.parse(HEIGHT, "cao").errorKey()).isEqualTo(GradebookCells.MEASURE_INVALID);
		assertThat(GradebookCells.parse(HEIGHT, " ").isAccepted()).isTrue();
	}

	@Test
	void writesAndReadsBackTheSameCell() {

		YearRecord record = new YearRecord(1L, 1L, 1L, 4);
		GradebookCells.write(record, MATHS_SCORE, 9);
		GradebookCells.write(record, HEIGHT, new BigDecimal("130.50"));

		assertThat(GradebookCells.read(record, MATHS_SCORE)).isEqualTo("9");
		assertThat(GradebookCells.read(record, HEIGHT)).isEqualTo("130.5");
		assertThat(GradebookCells.isUnchanged(record, HEIGHT, GradebookCells.parse(HEIGHT, "130,5"))).isTrue();
	}

	@Test
	void gradeFourHasScoresForTestedSubjectsOnlyAndNoPrimaryCompletion() {

		List<String> fields = GradebookColumn.of(4).stream().map(GradebookColumn::field).toList();

		assertThat(fields).contains(RecordField.subjectScore(Subject.KH), RecordField.COMPLETED_GRADE)
			.doesNotContain(RecordField.subjectScore(Subject.DAO_DUC), RecordField.COMPLETED_PRIMARY,
					RecordField.subjectLevel(Subject.TNXH));
		assertThat(GradebookColumn.of(5).stream().map(GradebookColumn::field)).contains(RecordField.COMPLETED_PRIMARY);
	}

	@Test
	void readsPostedRowsByRecordAndIgnoresRowsWithoutAVersion() {

		var form = new LinkedMultiValueMap<String, String>();
		form.add("v.12", "3");
		form.add("f.12.subject.TOAN.score", "8");
		form.add("f.13.teacherRemark", "Em ngoan");
		form.add("_csrf", "token");

		var rows = GridController.rows(form);

		assertThat(rows).containsOnlyKeys(12L);
		assertThat(rows.get(12L).version()).isEqualTo(3);
		assertThat(rows.get(12L).values()).containsEntry("subject.TOAN.score", "8");
	}

	private static GradebookColumn column(String field) {
		return GradebookColumn.of(4).stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow();
	}

}
