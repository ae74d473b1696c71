package vn.edu.hocbaso.submission;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.edu.hocbaso.record.ApprovalRefused;
import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.registry.RecordRejection;
import vn.edu.hocbaso.registry.RevocationContent;
import vn.edu.hocbaso.registry.RevocationDecided;
import vn.edu.hocbaso.registry.TransactionResponse;
import vn.edu.hocbaso.registry.TransactionType;
import vn.edu.hocbaso.signing.SchoolIssueKeys;

/**
 * The school's submissions to the department's registry (DESIGN.md §7): the process steps send the transactions
 * sealed when the clerk signed ({@link IssueSealing}) and stored in the outbox; the registry's answer sets each
 * record accepted or rejected ({@link RecordApprovals#markAccepted}, {@link RecordApprovals#markRejected}) and,
 * once the step's transaction has committed, the waiting process is told ({@link SubmissionAnswered}).
 * <p>
 * A transport failure (registry down) leaves the transaction PREPARED with the error: {@link #retry} (the scheduled
 * sender) sends it again under the same message id, which the registry answers once. A transaction the registry
 * refuses as a whole (an error code) is FAILED: its records are rejected with the registry's message and the class
 * goes back to preparation with it.
 */
@Service
@Transactional
public class RegistrySubmissions {

	private static final Logger LOG = LoggerFactory.getLogger(RegistrySubmissions.class);

	private final SubmissionOutbox outbox;

	private final CorrectionSealing correctionSealing;

	private final RegistryClient client;

	private final SubmissionAnswers answers;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separate;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ObjectMapper json;

	RegistrySubmissions(SubmissionOutbox outbox, CorrectionSealing correctionSealing, RegistryClient client,
			SubmissionAnswers answers, ApplicationEventPublisher events, JdbcTemplate jdbc,
			PlatformTransactionManager transactions, Clock clock, ObjectMapper json) {
		this.outbox = outbox;
		this.correctionSealing = correctionSealing;
		this.client = client;
		this.answers = answers;
		this.events = events;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.json = json;
	}

	/**
	 * Sends the class's sealed submission (the class book's step, after its records were submitted); the process
	 * waiting under {@code businessKey} gets the answer after this transaction commits. Answers false, nothing
	 * sent, when no sealed transaction waits: the records were issued with a key elsewhere (an external issue key
	 * cannot seal the transaction, see the README), and the class waits, issued but not sent.
	 */
	public boolean sendClass(long classId, String businessKey) {
		return send(outbox.unsentSeal(classId, null), businessKey);
	}

	/** The same for one record with its own approval process (supplementary evaluation, replacement). */
	public boolean sendRecord(long recordId, String businessKey) {
		return send(outbox.unsentSeal(null, recordId), businessKey);
	}

	/**
	 * Seals the withdrawal ({@code RUT}) or revocation request ({@code THU_HOI}) of a record with the clerk's
	 * unlocked issue key and stores it PREPARED: the correction process sends it ({@link #sendCorrection}).
	 * Refused when the key is another school's. Answers the outbox id.
	 */
	public long sealCorrection(long recordId, String function, String reason, SchoolIssueKeys.UnlockedIssueKey key) {

		CorrectionSealing.Named named = correctionSealing.named(recordId, reason.strip());
		if (named.schoolId() != key.schoolId()) {
			throw new ApprovalRefused("record.correction.notSchool");
		}
		long id = correctionSealing.seal(recordId, named, function,
				new TransactionSealing.SealKey(key.key(), key.certificate()));

		LOG.info("record-{}: {} sealed as outbox transaction {}", recordId, function, id);
		return id;
	}

	/**
	 * Sends a sealed withdrawal or revocation request and answers what the registry said for the record. Not
	 * received: kept for the scheduled sender, which tells the waiting correction process if the registry refuses
	 * it then. Answered now: the caller (the process step) is the one told.
	 */
	public CorrectionAnswer sendCorrection(long submissionId, String businessKey) {

		Submission submission = outbox.find(submissionId)
			.orElseThrow(() -> new IllegalArgumentException("No outbox transaction " + submissionId));
		outbox.request(submission.sealId(), businessKey, clock.instant());
		sendOne(submissionId, false);

		CorrectionAnswer answer = correctionAnswer(submissionId);
		if (answer.isFinal()) {
			outbox.correlated(submission.sealId(), clock.instant());
		}
		return answer;
	}

	/** Where a withdrawal or revocation request stands, as far as the registry answered it. */
	@Transactional(readOnly = true)
	public CorrectionAnswer correctionAnswer(long submissionId) {

		Submission answered = outbox.find(submissionId)
			.orElseThrow(() -> new IllegalArgumentException("No outbox transaction " + submissionId));
		Submission.Item item = answered.records().get(0);
		return switch (answered.state()) {
			case PREPARED -> new CorrectionAnswer(CorrectionAnswer.Outcome.NOT_RECEIVED, answered.lastError());
			case FAILED -> new CorrectionAnswer(CorrectionAnswer.Outcome.REFUSED, answered.lastError());
			case SENT -> new CorrectionAnswer(CorrectionAnswer.Outcome.PENDING, null);
			case ANSWERED -> Boolean.TRUE.equals(item.accepted())
					? new CorrectionAnswer(CorrectionAnswer.Outcome.WITHDRAWN, null)
					: new CorrectionAnswer(CorrectionAnswer.Outcome.REFUSED, item.reason());
		};
	}

	/** The department decided a revocation request: the request's transaction is answered. */
	@EventListener
	void on(RevocationDecided decided) {
		outbox.decided(decided.lookupCode(), decided.approved(), decided.reason(), clock.instant());
	}

	/** Whether a sealed submission of the class waits to be sent. */
	@Transactional(readOnly = true)
	public boolean isSealed(long classId) {
		return outbox.unsentSeal(classId, null).isPresent();
	}

	/** The school's transactions, the latest first (at most {@code limit}). */
	@Transactional(readOnly = true)
	public List<Submission> ofSchool(long schoolId, int limit) {
		return outbox.ofSchool(schoolId, limit);
	}

	/** The class's submissions, the latest first. */
	@Transactional(readOnly = true)
	public List<Submission> ofClass(long classId) {
		return outbox.ofClass(classId);
	}

	@Transactional(readOnly = true)
	public Optional<Submission> find(long submissionId) {
		return outbox.find(submissionId);
	}

	/**
	 * The scheduled sender's work: sends again what a process step asked to send and the registry did not receive,
	 * each in its own transaction, and tells the processes the answers they have not been told (a stop between the
	 * answer's commit and the telling). Answers how many transactions the registry received now.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int retry() {

		int received = 0;
		for (long id : outbox.toRetry()) {
			Boolean sent = transaction.execute(status -> sendOne(id, true));
			if (Boolean.TRUE.equals(sent)) {
				received++;
			}
		}
		for (UUID sealId : outbox.answeredNotCorrelated()) {
			tell(sealId);
		}

		return received;
	}

	private boolean send(Optional<UUID> seal, String businessKey) {

		if (seal.isEmpty()) {
			LOG.info("{}: nothing sealed to send; issued, not sent", businessKey);
			return false;
		}
		outbox.request(seal.get(), businessKey, clock.instant());
		for (Submission submission : outbox.ofSeal(seal.get())) {
			sendOne(submission.id(), true);
		}
		return true;
	}

	/**
	 * Sends one PREPARED transaction (locked meanwhile); whether the registry received it. With {@code tell} the
	 * waiting process is told after commit: a submission once the seal is answered, a revocation request once the
	 * registry refused it (a resend: the correction process waits for the department, who will never decide).
	 */
	private boolean sendOne(long id, boolean tell) {

		String state = jdbc.queryForObject("select state from registry_submission where id = ? for update",
				String.class, id);
		if (!SubmissionState.PREPARED.name().equals(state)) {
			return false;
		}
		Submission submission = outbox.find(id).orElseThrow();
		TransactionResponse response;
		try {
			response = client.send(outbox.requestJson(id));
		}
		catch (RegistryUnreachable ex) {
			outbox.transportFailed(id, ex.getMessage());
			LOG.warn("Transaction {} ({}) not received by the registry, kept for the sender: {}",
					submission.messageId(), submission.businessKey(), ex.getMessage());
			return false;
		}

		answers.record(submission, response);
		if (tell && (submission.type() == TransactionType.SUBMIT.code() && isComplete(submission.sealId())
				|| isRefusedRevocation(id))) {
			afterCommit(() -> tell(submission.sealId()));
		}
		return true;
	}

	private boolean isRefusedRevocation(long id) {
		Submission answered = outbox.find(id).orElseThrow();
		return answered.type() == TransactionType.REVOKE.code() && RevocationContent.REVOKE.equals(answered.function())
				&& answered.rejectedCount() > 0;
	}

	private boolean isComplete(UUID sealId) {
		return outbox.ofSeal(sealId).stream()
			.allMatch(row -> row.state() == SubmissionState.ANSWERED || row.state() == SubmissionState.FAILED);
	}

	/** Tells the waiting process, in a transaction of its own, and notes that it was told. */
	private void tell(UUID sealId) {
		try {
			separate.executeWithoutResult(status -> {
				List<Submission> seal = outbox.ofSeal(sealId);
				Submission first = seal.get(0);
				List<Submission.Item> items = seal.stream().flatMap(row -> row.records().stream()).toList();
				boolean allAccepted = items.stream().allMatch(item -> Boolean.TRUE.equals(item.accepted()));
				String reasons = allAccepted ? null : items.stream()
					.filter(item -> !Boolean.TRUE.equals(item.accepted()))
					.map(item -> item.pupilName() + ": " + item.reason())
					.collect(Collectors.joining("\n"));
				events.publishEvent(new SubmissionAnswered(first.businessKey(), first.type(), allAccepted, reasons,
						items.stream().map(Submission.Item::recordId).toList(), isReplacedLocked(sealId)));
				outbox.correlated(sealId, clock.instant());
			});
		}
		catch (RuntimeException ex) {
			LOG.warn("Seal {}: the answer is stored, the waiting process is told by the sender later", sealId, ex);
		}
	}

	/** Whether the registry rejected a record of the seal as the replacement of a locked record. */
	private boolean isReplacedLocked(UUID sealId) {
		return outbox.responses(sealId).stream()
			.filter(Objects::nonNull)
			.map(this::read)
			.filter(response -> response.records() != null)
			.flatMap(response -> response.records().stream())
			.anyMatch(status -> RecordRejection.REPLACED_LOCKED.code().equals(status.error()));
	}

	private TransactionResponse read(String response) {
		try {
			return json.readValue(response, TransactionResponse.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot read a stored answer", ex);
		}
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				action.run();
			}

		});
	}

}
