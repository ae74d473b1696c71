package vn.edu.hocbaso.submission;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled sender: every {@code app.submission.sender-interval} (a minute by default) it sends again what the
 * registry did not receive and tells the processes the answers they missed ({@link RegistrySubmissions#retry}).
 * Off with {@code app.submission.sender=false} (the tests call {@code retry} themselves).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "app.submission.sender", havingValue = "true", matchIfMissing = true)
class SubmissionSender {

	private static final Logger LOG = LoggerFactory.getLogger(SubmissionSender.class);

	private final RegistrySubmissions submissions;

	SubmissionSender(RegistrySubmissions submissions) {
		this.submissions = submissions;
	}

	@Scheduled(fixedDelayString = "${app.submission.sender-interval:PT1M}",
			initialDelayString = "${app.submission.sender-interval:PT1M}")
	void send() {
		try {
			int received = submissions.retry();
			if (received > 0) {
				LOG.info("Scheduled sender: {} transactions received by the registry", received);
			}
		}
		catch (RuntimeException ex) {
			LOG.warn("Scheduled sender failed; it runs again later", ex);
		}
	}

}
