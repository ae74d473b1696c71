package vn.edu.hocbaso.record;

import java.util.Locale;

/**
 * The names of a record's fields, shared by the checks (where a finding points), the audit (what changed)
 * and later the class grid (which cell).
 */
public final class RecordField {

	public static final String HEIGHT = "height";

	public static final String WEIGHT = "weight";

	public static final String ABSENCES_WITH_PERMISSION = "absences.withPermission";

	public static final String ABSENCES_WITHOUT_PERMISSION = "absences.withoutPermission";

	public static final String RESULT = "result";

	public static final String RESULT_REASON = "result.reason";

	public static final String COMMENDATION = "commendation";

	public static final String AD_HOC_COMMENDATION = "commendation.adHoc";

	public static final String COMPLETED_GRADE = "completion.grade";

	public static final String COMPLETED_PRIMARY = "completion.primary";

	public static final String PROMOTED = "promotion";

	public static final String TEACHER_REMARK = "teacherRemark";

	public static final String PERSONAL_ID = "pupil.personalId";

	public static final String STATE = "state";

	public static final String COMPLETE = "complete";

	public static final String CREATED = "created";

	public static final String RETURN_REASON = "state.returnReason";

	public static final String REJECTION_REASONS = "state.rejectionReasons";

	public static final String HELD_FOR_SUPPLEMENTARY = "supplementary.held";

	public static final String SUPPLEMENTARY_NOTE = "supplementary.note";

	public static final String PROMOTION_REASON = "promotion.reason";

	public static final String REPLACES = "replaces";

	public static final String SUPERSEDED_BY = "supersededBy";

	/** The record's signatures: the audit names the steps voided and why. */
	public static final String SIGNATURES = "signatures";

	private RecordField() {
	}

	public static String subjectLevel(Subject subject) {
		return "subject." + subject.code() + ".level";
	}

	public static String subjectScore(Subject subject) {
		return "subject." + subject.code() + ".score";
	}

	public static String subjectComment(Subject subject) {
		return "subject." + subject.code() + ".comment";
	}

	public static String trait(Trait trait) {
		return "trait." + trait.code();
	}

	public static String blockComment(Trait.Block block) {
		return "comment." + block.name().toLowerCase(Locale.ROOT);
	}

}
