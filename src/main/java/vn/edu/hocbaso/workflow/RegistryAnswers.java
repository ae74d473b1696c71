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
 * through {@link ClassBooks#registryAnswered}. An answer nobody waits for any more (told already) is dropped.
 */
@Component
class RegistryAnswers {

	private static final Logger LOG = LoggerFactory.getLogger(RegistryAnswers.class);

	private final ClassBooks classBooks;

	private final RuntimeService runtime;

	RegistryAnswers(ClassBooks classBooks, RuntimeService runtime) {
		this.classBooks = classBooks;
		this.runtime = runtime;
	}

	@EventListener
	void on(SubmissionAnswered answered) {

		if (answered.type() != TransactionType.SUBMIT.code() || answered.businessKey() == null) {
			return;
		}
		long waiting = runtime.createExecutionQuery()
			.processInstanceBusinessKey(answered.businessKey())
			.messageEventSubscriptionName(ClassBooks.REGISTRY_ANSWER)
			.count();
		if (waiting == 0) {
			LOG.info("{}: registry answer, but nothing waits for it", answered.businessKey());
			return;
		}

		classBooks.registryAnswered(answered.businessKey(), answered.allAccepted(), answered.reasons());
	}

}
