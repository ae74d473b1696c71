package vn.edu.hocbaso.workflow;

/**
 * The variables of the correction process besides the ids of {@link ProcessVariables}: what the school asked
 * for, who asked, the record that replaces or re-issues it, and the department's decision on a revocation.
 */
final class CorrectionVariables {

	/** WITHDRAW, REPLACE or REVOKE. */
	static final String KIND = "correctionKind";

	static final String REASON = "correctionReason";

	/** The staff id of the school's clerk or board member who asked. */
	static final String REQUESTED_BY = "requestedBy";

	/** The replacement (before the lock) or the new draft after a revocation; the call activity's recordId. */
	static final String REPLACEMENT_ID = "replacementId";

	/**
	 * The outbox id of the withdrawal or revocation request sealed with the clerk's key when she asked
	 * (submission.RegistrySubmissions); absent when nothing was sealed (a record the registry never accepted).
	 */
	static final String SUBMISSION_ID = "registrySubmissionId";

	/** APPROVE or REFUSE, from the department's decision at the registry (message RevocationDecided). */
	static final String REVOCATION_DECISION = "revocationDecision";

	static final String DECISION_REASON = "decisionReason";

	/** Whether the registry refused the revocation request when the first step sent it. */
	static final String REGISTRY_REFUSED = "registryRefused";

	/** The registry's reason for refusing the revocation request, on the first send or a resend. */
	static final String REGISTRY_REASON = "registryReason";

	private CorrectionVariables() {
	}

}
