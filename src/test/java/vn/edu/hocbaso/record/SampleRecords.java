package vn.edu.hocbaso.record;

import java.math.BigDecimal;

/**
 * Year records filled in as a homeroom teacher would before signing, for the check, audit and XML tests.
 */
final class SampleRecords {

	static final String PERSONAL_ID = "001218012345";

	private SampleRecords() {
	}

	/** A complete record of a pupil with all T, a lowest score of 9 and result HTXS. */
	static YearRecord complete(int grade) {
		return complete(new YearRecord(1L, 1L, 1L, grade));
	}

	static YearRecord complete(YearRecord record) {

		SampleResults results = SampleResults.allWell(record.getGrade(), 9);
		results.subjects.forEach((subject, result) -> {
			record.assessSubject(subject, result.level());
			record.recordScore(subject, result.score());
			record.commentSubject(subject, "Em học tốt, tiến bộ rõ.");
		});
		results.traits.forEach(record::assessTrait);
		record.commentBlock(Trait.Block.QUALITY, "Em lễ phép, chăm chỉ & trung thực.");
		record.commentBlock(Trait.Block.GENERAL_COMPETENCY, "Em tự giác học tập, hợp tác tốt với bạn.");
		record.commentBlock(Trait.Block.SPECIFIC_COMPETENCY, "Em đọc lưu loát, tính toán nhanh.");

		record.recordHeight(new BigDecimal("128.5"));
		record.recordWeight(new BigDecimal("26.4"));
		record.recordAbsencesWithPermission(2);
		record.recordAbsencesWithoutPermission(0);
		record.confirmResult(OverallResult.HTXS, null);
		record.commend("Học sinh Xuất sắc");
		record.recordGradeCompletion(true);
		if (record.getGrade() == 5) {
			record.recordPrimaryCompletion(true);
		}
		record.recordPromotion(true);
		record.remark("Em ngoan, học giỏi.");

		return record;
	}

}
