package vn.edu.hocbaso.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks a record passes before anyone signs it (DOMAIN.md §2.2, §5 and §8b). Each finding names the field
 * and a message key; an error keeps the record from being marked complete, a warning does not.
 */
public final class RecordChecks {

	static final String LEVEL_MISSING = "record.check.levelMissing";

	static final String SCORE_MISSING = "record.check.scoreMissing";

	static final String SCORE_OUT_OF_RANGE = "record.check.scoreOutOfRange";

	static final String SCORE_ZERO = "record.check.scoreZero";

	static final String SCORE_UNTESTED = "record.check.scoreUntested";

	static final String COMMENT_MISSING = "record.check.commentMissing";

	static final String VALUE_MISSING = "record.check.valueMissing";

	static final String RESULT_MISSING = "record.check.resultMissing";

	static final String RESULT_WITHOUT_REASON = "record.check.resultWithoutReason";

	static final String COMPLETION_MISSING = "record.check.completionMissing";

	static final String COMPLETION_INCONSISTENT = "record.check.completionInconsistent";

	static final String PROMOTION_MISSING = "record.check.promotionMissing";

	static final String REMARK_MISSING = "record.check.remarkMissing";

	static final String PERSONAL_ID_MISSING = "record.check.personalIdMissing";

	private RecordChecks() {
	}

	/**
	 * All findings of a record, in the order of the record's page.
	 *
	 * @param personalId the pupil's personal ID; without one the record cannot be signed (§8b)
	 */
	public static List<Finding> check(YearRecord record, String personalId) {

		List<Finding> findings = new ArrayList<>();
		if (personalId == null || personalId.isBlank()) {
			findings.add(Finding.error(RecordField.PERSONAL_ID, PERSONAL_ID_MISSING));
		}
		checkMeasures(record, findings);
		checkSubjects(record, findings);
		checkTraits(record, findings);
		checkResult(record, findings);
		checkCompletion(record, findings);

		return findings;
	}

	/** Height, weight and absences are mandatory in the national XML. */
	private static void checkMeasures(YearRecord record, List<Finding> findings) {
		required(record.getHeight(), RecordField.HEIGHT, findings);
		required(record.getWeight(), RecordField.WEIGHT, findings);
		required(record.getAbsencesWithPermission(), RecordField.ABSENCES_WITH_PERMISSION, findings);
		required(record.getAbsencesWithoutPermission(), RecordField.ABSENCES_WITHOUT_PERMISSION, findings);
	}

	private static void checkSubjects(YearRecord record, List<Finding> findings) {
		for (GradeMatrix.Offer offer : GradeMatrix.subjectsOf(record.getGrade())) {
			SubjectResult result = record.subjectResult(offer.subject());
			boolean taken = !offer.elective() || result.level() != null || result.score() != null;
			if (taken) {
				checkSubject(offer, result, findings);
			}
		}
	}

	private static void checkSubject(GradeMatrix.Offer offer, SubjectResult result, List<Finding> findings) {

		Subject subject = offer.subject();
		if (result.level() == null) {
			findings.add(Finding.error(RecordField.subjectLevel(subject), LEVEL_MISSING));
		}

		Integer score = result.score();
		String field = RecordField.subjectScore(subject);
		if (!offer.tested()) {
			if (score != null) {
				findings.add(Finding.error(field, SCORE_UNTESTED));
			}
		}
		else if (score == null) {
			findings.add(Finding.error(field, SCORE_MISSING));
		}
		else if (score < RecordInput.MIN_SCORE || score > RecordInput.MAX_SCORE) {
			findings.add(Finding.error(field, SCORE_OUT_OF_RANGE));
		}
		else if (score == 0) {
			// Circular 27 does not forbid 0, older rules did: accepted, but worth a second look (DOMAIN §2.2).
			findings.add(Finding.warning(field, SCORE_ZERO));
		}
	}

	private static void checkTraits(YearRecord record, List<Finding> findings) {

		for (Trait trait : Trait.values()) {
			if (record.traitLevel(trait) == null && GradeMatrix.isRequired(trait, record.getGrade())) {
				findings.add(Finding.error(RecordField.trait(trait), LEVEL_MISSING));
			}
		}

		for (Trait.Block block : Trait.Block.values()) {
			if (record.blockComment(block) == null) {
				findings.add(Finding.error(RecordField.blockComment(block), COMMENT_MISSING));
			}
		}
	}

	private static void checkResult(YearRecord record, List<Finding> findings) {

		OverallResult confirmed = record.getConfirmedResult();
		if (confirmed == null) {
			findings.add(Finding.error(RecordField.RESULT, RESULT_MISSING));
			return;
		}

		Optional<OverallResult> suggested = record.suggestedResult();
		boolean differs = suggested.isPresent() && suggested.get() != confirmed;
		if (differs && record.getResultReason() == null) {
			findings.add(Finding.error(RecordField.RESULT_REASON, RESULT_WITHOUT_REASON));
		}
	}

	private static void checkCompletion(YearRecord record, List<Finding> findings) {

		Boolean completed = record.getCompletedGrade();
		required(completed, RecordField.COMPLETED_GRADE, COMPLETION_MISSING, findings);
		if (record.getGrade() == GradeMatrix.LAST_GRADE) {
			required(record.getCompletedPrimary(), RecordField.COMPLETED_PRIMARY, COMPLETION_MISSING, findings);
		}

		OverallResult result = record.getConfirmedResult();
		if (Boolean.TRUE.equals(completed) && result == OverallResult.CHT) {
			// Art. 11: a pupil with the result CHT has not completed the grade; the record may not claim both.
			findings.add(Finding.error(RecordField.COMPLETED_GRADE, COMPLETION_INCONSISTENT));
		}
		else if (completed != null && result != null && completed != result.completesGrade()) {
			// Not completing with a passing result is unusual but possible (a long absence): worth a look only.
			findings.add(Finding.warning(RecordField.COMPLETED_GRADE, COMPLETION_INCONSISTENT));
		}

		required(record.getPromoted(), RecordField.PROMOTED, PROMOTION_MISSING, findings);
		required(record.getTeacherRemark(), RecordField.TEACHER_REMARK, REMARK_MISSING, findings);
	}

	private static void required(Object value, String field, List<Finding> findings) {
		required(value, field, VALUE_MISSING, findings);
	}

	private static void required(Object value, String field, String messageKey, List<Finding> findings) {
		if (value == null) {
			findings.add(Finding.error(field, messageKey));
		}
	}

}
