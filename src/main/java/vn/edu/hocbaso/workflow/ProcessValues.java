package vn.edu.hocbaso.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables the approval processes read besides the ids of {@link ProcessVariables}: who acts, and what the
 * forms decided. The delegates read them here, so that a missing or odd value fails with the variable's name.
 */
final class ProcessValues {

	/** The staff id of the person completing the task; the task list sets it with the form's variables. */
	static final String ACTOR_STAFF_ID = "actorStaffId";

	static final String PRINCIPAL_DECISION = "principalDecision";

	static final String RETURN_REASON = "returnReason";

	static final String REGISTRY_ACCEPTED = "registryAccepted";

	static final String REJECTION_REASONS = "rejectionReasons";

	/** The registry refused a replacement because the record it replaces is locked (REPLACED_LOCKED). */
	static final String REPLACED_LOCKED = "replacedLocked";

	/** Ids of the class's records held for supplementary evaluation, comma separated (no object variables). */
	static final String SUPPLEMENTARY_RECORD_IDS = "supplementaryRecordIds";

	static final String COMPLETED_AFTER_REVIEW = "completedAfterReview";

	static final String EVALUATION_NOTE = "evaluationNote";

	static final String PROMOTED = "promoted";

	static final String PROMOTION_REASON = "promotionReason";

	/**
	 * What the approvals and the registry answered in the previous round. A finished preparation has dealt with
	 * them; left in place they would show an old reason on the next task and prefill its form in Camunda Tasklist.
	 */
	static final List<String> ROUND_DECISIONS = List.of("teacherConfirmed", PRINCIPAL_DECISION, RETURN_REASON,
			"submissionConfirmed", REGISTRY_ACCEPTED, REJECTION_REASONS);

	private ProcessValues() {
	}

	static long id(VariableScope scope, String name) {

		Object value = scope.getVariable(name);
		if (!(value instanceof Number number)) {
			throw new IllegalStateException("Process variable " + name + " is not an id: " + value);
		}

		return number.longValue();
	}

	static long actor(VariableScope scope) {
		return id(scope, ACTOR_STAFF_ID);
	}

	static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null ? null : value.toString();
	}

	/** A yes/no radio (values "yes" and "no") or a checkbox (Boolean). */
	static boolean yes(VariableScope scope, String name) {

		Object value = scope.getVariable(name);
		if (value instanceof Boolean flag) {
			return flag;
		}
		if ("yes".equals(value) || "true".equals(value)) {
			return true;
		}
		if ("no".equals(value) || "false".equals(value)) {
			return false;
		}

		throw new IllegalStateException("Process variable " + name + " is neither yes nor no: " + value);
	}

	static String joinIds(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	static List<Long> splitIds(String ids) {
		if (ids == null || ids.isBlank()) {
			return List.of();
		}
		return Arrays.stream(ids.split(",")).map(String::trim).map(Long::valueOf).toList();
	}

}
