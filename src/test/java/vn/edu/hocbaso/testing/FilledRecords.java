package vn.edu.hocbaso.testing;

import java.math.BigDecimal;

import vn.edu.hocbaso.record.GradeMatrix;
import vn.edu.hocbaso.record.OverallResult;
import vn.edu.hocbaso.record.SubjectLevel;
import vn.edu.hocbaso.record.Trait;
import vn.edu.hocbaso.record.TraitLevel;
import vn.edu.hocbaso.record.YearRecord;

/**
 * Records filled in as a homeroom teacher would, so that they pass the checks (or, half filled, do not): one
 * way of filling a record for the workflow's, the signing's and the browser tests.
 */
public final class FilledRecords {

	private FilledRecords() {
	}

	/** Every compulsory subject T (score 9 where tested), every trait T, result HTXS, promoted. */
	public static void completing(YearRecord record) {
		fill(record);
		record.confirmResult(OverallResult.HTXS, null);
		record.recordGradeCompletion(true);
		if (record.getGrade() == GradeMatrix.LAST_GRADE) {
			record.recordPrimaryCompletion(true);
		}
		record.recordPromotion(true);
	}

	/** The same results, but the teacher finds the pupil has not completed the grade: summer evaluation. */
	public static void notCompleting(YearRecord record) {
		fill(record);
		record.confirmResult(OverallResult.CHT, "Em nghỉ học dài ngày, chưa đạt yêu cầu môn Toán.");
		record.recordGradeCompletion(false);
		if (record.getGrade() == GradeMatrix.LAST_GRADE) {
			record.recordPrimaryCompletion(false);
		}
		record.recordPromotion(false);
	}

	/** Half filled: the compulsory subjects assessed, nothing else, so that the record cannot be completed. */
	public static void subjectsOnly(YearRecord record) {
		for (GradeMatrix.Offer offer : GradeMatrix.subjectsOf(record.getGrade())) {
			if (!offer.elective()) {
				record.assessSubject(offer.subject(), SubjectLevel.COMPLETED_WELL);
				record.recordScore(offer.subject(), offer.tested() ? 9 : null);
				record.commentSubject(offer.subject(), "Em học tốt, tiến bộ rõ.");
			}
		}
	}

	private static void fill(YearRecord record) {

		subjectsOnly(record);
		for (Trait trait : Trait.values()) {
			if (GradeMatrix.isRequired(trait, record.getGrade())) {
				record.assessTrait(trait, TraitLevel.GOOD);
			}
		}
		record.commentBlock(Trait.Block.QUALITY, "Em lễ phép, chăm chỉ, trung thực.");
		record.commentBlock(Trait.Block.GENERAL_COMPETENCY, "Em tự giác học tập, hợp tác tốt với bạn.");
		record.commentBlock(Trait.Block.SPECIFIC_COMPETENCY, "Em đọc lưu loát, tính toán nhanh.");
		record.recordHeight(new BigDecimal("128.5"));
		record.recordWeight(new BigDecimal("26.4"));
		record.recordAbsencesWithPermission(1);
		record.recordAbsencesWithoutPermission(0);
		record.remark("Em ngoan, chăm học.");
	}

}
