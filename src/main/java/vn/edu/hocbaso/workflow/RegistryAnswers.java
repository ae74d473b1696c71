package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.registry.TransactionType;
import vn.edu.hocbaso.submission.SubmissionAnswered;

/**
 * The registry answered a submission: the class book (or the record's own process) waiting for it moves on
 * through {@link ClassBooks#registryAnswered}; or it refused a revocation request sent again by the scheduled
 * sender: the correction process waiting for the department's decision ends. An answer nobody waits for any more
 * (told already) is dropped.
 */
@Component
class RegistryAnswers {

	/** The correction process's message when the registry refused its revocation request on a resend. */
	static final String REQUEST_REFUSED = "RevocationRequestRefused";

	private static final Logger LOG = LoggerFactory.getLogger(RegistryAnswers.class);

	private final ClassBooks classBooks;

	private final RuntimeService runtime;

	RegistryAnswers(ClassBooks classBooks, RuntimeService runtime) {
		this.classBooks = classBooks;
		this.runtime = runtime;
	}

	@EventListener
	void on(SubmissionAnswered answered) {

		if (answered.businessKey() == null) {
			return;
		}
		if (answered.type() == TransactionType.REVOKE.code()) {
			revocationRequestAnswered(answered);
			return;
		}
		if (answered.type() != TransactionType.SUBMIT.code()) {
			return;
		}
		if (!isWaiting(answered.businessKey(), ClassBooks.REGISTRY_ANSWER)) {
			LOG.info("{}: registry answer, but nothing waits for it", answered.businessKey());
			return;
		}

		classBooks.registryAnswered(answered.businessKey(), answered.allAccepted(), answered.reasons(),
				answered.replacedLocked());
	}

	/**
	 * The registry refused a revocation request the scheduled sender sent again: the correction process waiting
	 * for the department's decision ends instead (message {@code RevocationRequestRefused}, variable
	 * {@code registryReason}).
	 */
	private void revocationRequestAnswered(SubmissionAnswered answered) {

		if (answered.allAccepted() || !isWaiting(answered.businessKey(), REQUEST_REFUSED)) {
			return;
		}
		runtime.createMessageCorrelation(REQUEST_REFUSED)
			.processInstanceBusinessKey(answered.businessKey())
			.setVariable(CorrectionVariables.REGISTRY_REASON, reasonOnly(answered.reasons()))
			.correlate();
		LOG.info("{}: revocation request refused by the registry", answered.businessKey());
	}

	private boolean isWaiting(String businessKey, String message) {
		return runtime.createExecutionQuery()
			.processInstanceBusinessKey(businessKey)
			.messageEventSubscriptionName(message)
			.count() > 0;
	}

	/** The reasons come as "pupil: reason" lines; a request names one record, whose pupil the notice names. */
	private static String reasonOnly(String reasons) {
		if (reasons == null) {
			return "-";
		}
		int colon = reasons.indexOf(": ");
		return colon < 0 ? reasons : reasons.substring(colon + 2);
	}

}
