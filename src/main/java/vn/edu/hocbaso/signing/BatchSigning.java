package vn.edu.hocbaso.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.edu.hocbaso.record.DocumentToSign;
import vn.edu.hocbaso.record.RecordApproval;
import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.record.YearRecordRepository;

/**
 * Signs many records in one action (DESIGN.md §6): a class, a school or chosen records, outside the process engine
 * so that the key password never enters a process variable. Each record is signed and stored in its own
 * transaction: an interrupted batch leaves every record signed or untouched. Records that cannot be signed (checks
 * fail, changed meanwhile, wrong state) are skipped with the reason; the rest are signed. When the batch ends it
 * publishes {@link RecordsSigned}.
 *
 * <p>A key on the server is unlocked once per batch, before anything is stored (a wrong password is refused then),
 * and kept in memory for the batch only; the password array is cleared as soon as the key is unlocked. A
 * certificate whose key is elsewhere gets a pending signature per record ({@link ExternalSigner}): the batch then
 * waits for the external signer ({@link BatchProgress.State#WAITING_FOR_SIGNER}); {@link #externalRequests} hands
 * out the digests and {@link #completeExternal} takes the values back, in the JSON of {@link ExternalBatchFiles}.
 */
@Service
public class BatchSigning {

	private static final Logger LOG = LoggerFactory.getLogger(BatchSigning.class);

	private final BatchPlanner planner;

	private final CertificateAuthority authority;

	private final ServerKeySigner serverKey;

	private final ExternalSigner external;

	private final RecordApprovals approvals;

	private final SigningBatchRepository batches;

	private final SigningBatchItemRepository items;

	private final PendingSignatureRepository pending;

	private final YearRecordRepository records;

	private final BatchItemSteps steps;

	private final TransactionTemplate transaction;

	private final TaskExecutor executor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectProvider<IssueBatchSealer> sealers;

	BatchSigning(BatchPlanner planner, CertificateAuthority authority, ServerKeySigner serverKey,
			ExternalSigner external, RecordApprovals approvals, SigningBatchRepository batches,
			SigningBatchItemRepository items, PendingSignatureRepository pending, YearRecordRepository records,
			TransactionTemplate transaction, @Qualifier(BatchSigningConfiguration.EXECUTOR) TaskExecutor executor,
			ApplicationEventPublisher events, Clock clock, ObjectProvider<IssueBatchSealer> sealers) {
		this.planner = planner;
		this.authority = authority;
		this.serverKey = serverKey;
		this.external = external;
		this.approvals = approvals;
		this.batches = batches;
		this.items = items;
		this.pending = pending;
		this.records = records;
		this.steps = new BatchItemSteps(items, transaction);
		this.transaction = transaction;
		this.executor = executor;
		this.events = events;
		this.clock = clock;
		this.sealers = sealers;
	}

	/**
	 * Checks what can be checked before anything is signed (the certificate is the signer's, usable, the password
	 * opens the key; there is something to sign) and refuses with {@link SignatureRefused} otherwise; then signs in
	 * the background and answers the batch's ID at once.
	 */
	public UUID start(BatchRequest request) {

		Started started = prepare(request);
		try {
			executor.execute(() -> sign(started));
		}
		catch (TaskRejectedException ex) {
			transaction.executeWithoutResult(status -> batch(started.batchId()).interrupt(clock.instant()));
			throw new SignatureRefused("signing.batch.busy");
		}

		return started.batchId();
	}

	/** The same, in the caller's thread, answering when every record is signed, skipped or waiting. */
	public BatchProgress run(BatchRequest request) {

		Started started = prepare(request);
		sign(started);

		return progressOf(batch(started.batchId()));
	}

	/** The batch as it stands; empty when it does not exist or is another person's. */
	public Optional<BatchProgress> progress(UUID batchId, long staffId) {
		return transaction.execute(status -> batches.findById(batchId)
			.filter(batch -> batch.getStaffId() == staffId)
			.map(this::progressOf));
	}

	/** Where a batch's records are: its classes, in signing order, and the school of its certificate. */
	record Place(List<Long> classIds, long schoolId) {
	}

	/** The batch's place; empty when it does not exist. */
	Optional<Place> place(UUID batchId) {
		return transaction.execute(status -> batches.findById(batchId).map(batch -> new Place(
				items.findByBatchIdOrderByPosition(batchId).stream().map(SigningBatchItem::getClassId).distinct()
					.toList(),
				authority.find(batch.getCertificateId()).getSchoolId())));
	}

	/**
	 * The signing requests of a batch waiting for an external signer: a JSON document listing, per record, the
	 * pending signature's ID, whose record it is (record ID, lookup code, pupil, class: so that the signer sees
	 * what she signs) and the Base64 digest to sign (none of the record's data); the format is
	 * {@link ExternalBatchFiles}'s. {@code ExternalSignerCommand --requests=FILE --out=FILE} answers it. Refused
	 * when the batch is not this person's or waits for nothing. Records whose request has expired are skipped with
	 * the reason first.
	 */
	public byte[] externalRequests(UUID batchId, long staffId) {

		transaction.executeWithoutResult(status -> waitingBatch(batchId, staffId));
		skipExpired(batchId);

		return transaction.execute(status -> {

			SigningBatch batch = waitingBatch(batchId, staffId);
			SigningCertificate certificate = authority.find(batch.getCertificateId());
			List<ExternalBatchFiles.Request> requests = items
				.findByBatchIdAndStateOrderByPosition(batchId, SigningBatchItem.State.WAITING)
				.stream()
				.flatMap(item -> pending.findById(item.getPendingId()).map(prepared -> request(item, prepared))
					.stream())
				.toList();

			return ExternalBatchFiles.write(new ExternalBatchFiles.Requests(batchId, batch.getRole(),
					certificate.getSerialNumber(), ExternalBatchFiles.DIGEST_ALGORITHM, requests));
		});
	}

	/**
	 * Takes the external signer's answer (the JSON the command writes, see {@link ExternalBatchFiles}: per pending
	 * ID the Base64 signature value and certificate) and completes each record in its own transaction; a value that
	 * does not fit one record (garbage, truncated, over other data) skips that record with the reason. A file
	 * signed with a certificate other than the batch's is refused as a whole and the batch keeps waiting: one wrong
	 * key must not end the batch. Records without an answer keep waiting. Answers the batch as it then stands.
	 */
	public BatchProgress completeExternal(UUID batchId, long staffId, byte[] responses) {

		SigningBatch batch = transaction.execute(status -> waitingBatch(batchId, staffId));
		Map<UUID, ExternalBatchFiles.Response> answers = answers(batchId, responses);
		checkCertificate(batch, answers.values());

		List<SigningBatchItem> signed = items
			.findByBatchIdAndStateOrderByPosition(batchId, SigningBatchItem.State.WAITING)
			.stream()
			.filter(item -> answers.containsKey(item.getPendingId()))
			.filter(item -> complete(batch, item, answers.get(item.getPendingId())))
			.toList();
		LOG.info("Signing batch {}: {} records completed by the external signer", batchId, signed.size());

		publish(batch, signed);
		skipExpired(batchId);
		return progress(batchId, staffId).orElseThrow();
	}

	/**
	 * Records whose pending signature expired (or is gone) cannot be completed any more: skipped with the reason.
	 * The batch is done when nothing waits.
	 */
	private void skipExpired(UUID batchId) {

		Instant now = clock.instant();
		items.findByBatchIdAndStateOrderByPosition(batchId, SigningBatchItem.State.WAITING)
			.stream()
			.filter(item -> pending.findById(item.getPendingId())
				.map(prepared -> !prepared.getExpiresAt().isAfter(now))
				.orElse(true))
			.forEach(item -> steps.skip(item, SigningBatchItem.State.WAITING, "signing.refused.noPendingSignature",
					List.of()));

		transaction.executeWithoutResult(status -> {
			SigningBatch batch = batch(batchId);
			if (batch.getState() == BatchProgress.State.WAITING_FOR_SIGNER
					&& items.findByBatchIdAndStateOrderByPosition(batchId, SigningBatchItem.State.WAITING).isEmpty()) {
				batch.finish(clock.instant());
			}
		});
	}

	/** Batches that were running when the server stopped are marked so; each of their records is signed or not. */
	@EventListener(ApplicationReadyEvent.class)
	void interruptRunning() {
		Integer interrupted = transaction.execute(status -> batches.interruptRunning(clock.instant()));
		if (interrupted != null && interrupted > 0) {
			LOG.info("{} signing batches that were running when the server stopped are marked interrupted",
					interrupted);
		}
	}

	/** A batch that may start: planned, its key unlocked (once), stored with its records. */
	private record Started(UUID batchId, BatchRequest request, BatchPlanner.Plan plan, Pkcs12.Unlocked key) {

		@Override
		public String toString() {
			return "Started[batch=" + batchId + "]";
		}

	}

	private Started prepare(BatchRequest request) {
		char[] password = request.password();
		try {
			BatchPlanner.Plan plan = planner.plan(request);
			Pkcs12.Unlocked key = plan.keyOnServer() ? unlock(plan.certificate(), password) : null;

			UUID batchId = transaction.execute(status -> store(request, plan));
			LOG.info("Signing batch {} started: {} records, {} by staff {}{}", batchId, plan.records().size(),
					request.role(), request.staffId(), key == null ? ", external signer" : "");
			return new Started(batchId, request, plan, key);
		}
		finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
	}

	private Pkcs12.Unlocked unlock(SigningCertificate certificate, char[] password) {
		if (password == null || password.length == 0) {
			throw new SignatureRefused("signing.refused.wrongPassword");
		}
		return authority.unlock(certificate.getId(), password);
	}

	private UUID store(BatchRequest request, BatchPlanner.Plan plan) {

		SigningBatch batch = batches.save(new SigningBatch(request.staffId(), request.role(),
				plan.certificate().getId(), !plan.keyOnServer(), clock.instant()));
		int position = 0;
		for (BatchRecord record : plan.records()) {
			items.save(new SigningBatchItem(batch.getId(), position++, record));
		}

		return batch.getId();
	}

	/** Signs, or prepares for the external signer, record after record; stops between two when interrupted. */
	private void sign(Started started) {

		UUID batchId = started.batchId();
		List<SigningBatchItem> toSign = items.findByBatchIdAndStateOrderByPosition(batchId,
				SigningBatchItem.State.TO_SIGN);
		for (SigningBatchItem item : toSign) {
			if (Thread.currentThread().isInterrupted()) {
				LOG.info("Signing batch {} interrupted", batchId);
				transaction.executeWithoutResult(status -> batch(batchId).interrupt(clock.instant()));
				return;
			}
			signOne(started, item);
		}

		List<SigningBatchItem> all = items.findByBatchIdOrderByPosition(batchId);
		List<SigningBatchItem> signed = all.stream()
			.filter(item -> item.getState() == SigningBatchItem.State.SIGNED)
			.toList();
		seal(started, signed);
		publish(batch(batchId), signed);
		boolean waiting = all.stream().anyMatch(item -> item.getState() == SigningBatchItem.State.WAITING);
		transaction.executeWithoutResult(status -> batch(batchId).endRun(waiting, clock.instant()));
		LOG.info("Signing batch {} {}", batchId, waiting ? "waits for the external signer" : "done");
	}

	private void signOne(Started started, SigningBatchItem item) {

		BatchRequest request = started.request();
		BatchPlanner.Plan plan = started.plan();
		RecordApproval.Step step = step(request.role());
		long certificateId = plan.certificate().getId();

		steps.run(item, SigningBatchItem.State.TO_SIGN, locked -> {
			DocumentToSign document = approvals.documentToSign(item.getRecordId(), step, request.staffId());
			SignatureRequest signature = new SignatureRequest(document.xml(), request.role(), certificateId,
					plan.expectedHolderId(), null);
			if (started.key() == null) {
				SigningOutcome.Pending prepared = external.sign(signature);
				locked.waiting(prepared.id(), document.version());
				return;
			}
			byte[] signed = serverKey.sign(signature, started.key()).xml();
			approvals.recordSignature(document, request.staffId(), certificateId, signed);
			locked.signed();
		});
	}

	/**
	 * Issue signatures made with the key on the server: the sealers (the submission module) seal the transactions
	 * to the registry with the same key while it is unlocked. An external issue key calls none. Known shortcoming:
	 * sealing with an external issue key would need one more digest round with the external signer (the envelope's
	 * CMS signature); until then such records are issued but not sent.
	 */
	private void seal(Started started, List<SigningBatchItem> signed) {

		if (started.request().role() != CertificateRole.SCHOOL_ISSUE || started.key() == null || signed.isEmpty()) {
			return;
		}
		Map<Long, List<Long>> byClass = new LinkedHashMap<>();
		signed.forEach(item -> byClass.computeIfAbsent(item.getClassId(), classId -> new ArrayList<>())
			.add(item.getRecordId()));
		SigningCertificate certificate = started.plan().certificate();
		IssuedBatch issued = new IssuedBatch(started.batchId(), started.request().staffId(),
				certificate.getSchoolId(), certificate.getId(), byClass);

		sealers.orderedStream().forEach(sealer -> {
			try {
				sealer.sealIssued(issued, started.key().key(), started.key().certificate());
			}
			catch (RuntimeException ex) {
				LOG.error("Signing batch {}: the records are issued, but their transaction could not be sealed",
						started.batchId(), ex);
			}
		});
	}

	/** Completes one record with the external signer's value; whether it is signed now. */
	private boolean complete(SigningBatch batch, SigningBatchItem item, ExternalBatchFiles.Response answer) {

		byte[] value;
		byte[] certificate;
		try {
			value = Base64.getMimeDecoder().decode(answer.signature() == null ? "" : answer.signature());
			certificate = Base64.getMimeDecoder().decode(answer.certificate() == null ? "" : answer.certificate());
		}
		catch (IllegalArgumentException ex) {
			steps.skip(item, SigningBatchItem.State.WAITING, "signing.refused.signatureValue", List.of());
			return false;
		}

		return steps.run(item, SigningBatchItem.State.WAITING, locked -> {
			byte[] signed = external.complete(locked.getPendingId(), value, certificate).xml();
			// The XML the digest was made from is kept with the pending signature; recordSignature needs the
			// record, the step and the version the digest was made from.
			DocumentToSign document = new DocumentToSign(locked.getRecordId(), locked.getSignedVersion(),
					step(batch.getRole()), new byte[0]);
			approvals.recordSignature(document, batch.getStaffId(), batch.getCertificateId(), signed);
			locked.signed();
		});
	}

	private Map<UUID, ExternalBatchFiles.Response> answers(UUID batchId, byte[] responses) {

		ExternalBatchFiles.Responses read;
		try {
			read = ExternalBatchFiles.readResponses(responses == null ? new byte[0] : responses);
		}
		catch (IOException | RuntimeException ex) {
			throw new SignatureRefused("signing.batch.badResponses");
		}
		if (read.batchId() != null && !read.batchId().equals(batchId)) {
			throw new SignatureRefused("signing.batch.otherBatch");
		}

		return read.responses()
			.stream()
			.filter(answer -> answer != null && answer.id() != null)
			.collect(Collectors.toMap(ExternalBatchFiles.Response::id, Function.identity(), (first, second) -> first));
	}

	/** Every readable certificate of the answers must be the batch's; unreadable ones skip their record later. */
	private void checkCertificate(SigningBatch batch, Collection<ExternalBatchFiles.Response> answers) {

		SigningCertificate expected = transaction.execute(status -> authority.find(batch.getCertificateId()));
		byte[] expectedDer = expected.encoded();
		answers.stream()
			.map(ExternalBatchFiles.Response::certificate)
			.map(BatchSigning::readCertificate)
			.flatMap(Optional::stream)
			.filter(certificate -> !Arrays.equals(der(certificate), expectedDer))
			.findFirst()
			.ifPresent(other -> {
				LOG.info("Signing batch {}: answers signed with certificate {} refused, {} expected", batch.getId(),
						other.getSerialNumber().toString(16), expected.getSerialNumber());
				throw new SignatureRefused("signing.batch.otherCertificate", other.getSerialNumber().toString(16),
						expected.getSerialNumber());
			});
	}

	private static Optional<X509Certificate> readCertificate(String base64) {
		try {
			return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64))));
		}
		catch (CertificateException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	private static byte[] der(X509Certificate certificate) {
		try {
			return certificate.getEncoded();
		}
		catch (CertificateEncodingException ex) {
			return new byte[0];
		}
	}

	private ExternalBatchFiles.Request request(SigningBatchItem item, PendingSignature prepared) {
		String lookupCode = records.findById(item.getRecordId())
			.map(YearRecord::getLookupCode)
			.map(UUID::toString)
			.orElse(null);
		return new ExternalBatchFiles.Request(prepared.getId(), item.getRecordId(), lookupCode, item.getPupilName(),
				item.getClassName(), Base64.getEncoder().encodeToString(prepared.getDigest()));
	}

	/** The processes complete the steps the signatures fulfil; a failure there leaves the signatures stored. */
	private void publish(SigningBatch batch, List<SigningBatchItem> signed) {

		if (signed.isEmpty()) {
			return;
		}
		List<Long> classIds = signed.stream().map(SigningBatchItem::getClassId).distinct().toList();
		List<Long> recordIds = signed.stream().map(SigningBatchItem::getRecordId).toList();
		try {
			events.publishEvent(new RecordsSigned(batch.getRole(), batch.getStaffId(), classIds, recordIds));
		}
		catch (RuntimeException ex) {
			LOG.error("Signing batch {}: the records are signed, but the processes could not be moved on",
					batch.getId(), ex);
		}
	}

	private SigningBatch waitingBatch(UUID batchId, long staffId) {
		SigningBatch batch = batches.findById(batchId)
			.filter(found -> found.getStaffId() == staffId)
			.orElseThrow(() -> new SignatureRefused("signing.batch.unknown"));
		if (batch.getState() != BatchProgress.State.WAITING_FOR_SIGNER) {
			throw new SignatureRefused("signing.batch.notWaiting");
		}
		return batch;
	}

	private SigningBatch batch(UUID batchId) {
		return batches.findById(batchId).orElseThrow(() -> new IllegalStateException("No batch " + batchId));
	}

	private BatchProgress progressOf(SigningBatch batch) {

		List<SigningBatchItem> all = items.findByBatchIdOrderByPosition(batch.getId());
		List<BatchProgress.SkippedRecord> skipped = all.stream()
			.filter(item -> item.getState() == SigningBatchItem.State.SKIPPED)
			.map(SigningBatchItem::asSkipped)
			.toList();

		return new BatchProgress(batch.getId(), batch.getStaffId(), batch.getRole(), batch.getState(), all.size(),
				count(all, SigningBatchItem.State.SIGNED), skipped, count(all, SigningBatchItem.State.WAITING),
				batch.getStartedAt(), batch.getFinishedAt());
	}

	private static int count(List<SigningBatchItem> all, SigningBatchItem.State state) {
		return (int) all.stream().filter(item -> item.getState() == state).count();
	}

	static RecordApproval.Step step(CertificateRole role) {
		return switch (role) {
			case TEACHER -> RecordApproval.Step.TEACHER;
			case PRINCIPAL -> RecordApproval.Step.PRINCIPAL;
			case SCHOOL_ISSUE -> RecordApproval.Step.ISSUE;
		};
	}

}
