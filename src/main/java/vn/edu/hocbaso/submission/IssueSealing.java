package vn.edu.hocbaso.submission;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.edu.hocbaso.record.RecordApproval;
import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.record.SignedRecord;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.record.YearRecordRepository;
import vn.edu.hocbaso.signing.IssueBatchSealer;
import vn.edu.hocbaso.signing.IssuedBatch;

/**
 * Seals the submissions of a batch of issue signatures while the clerk's key is unlocked (signing calls it before
 * the processes move on): one transaction (or several over 10 MB) per class whose class book is issued through,
 * with the book's issued records; one per record whose own approval process (supplementary evaluation,
 * replacement) waits at its issue step. A class with records still to issue is sealed by a later batch.
 */
@Component
class IssueSealing implements IssueBatchSealer {

	static final String RECORD_PROCESS = "recordApprovalProcess";

	static final String RECORD_ISSUE_TASK = "Task_IssueAndSubmitRecord";

	private static final Logger LOG = LoggerFactory.getLogger(IssueSealing.class);

	/** A class book is issued through when each of its records carries the issue signature. */
	private static final Set<RecordState> ISSUED_THROUGH = EnumSet.of(RecordState.ISSUED, RecordState.SUBMITTED,
			RecordState.ACCEPTED, RecordState.LOCKED);

	private final TransactionSealing sealing;

	private final RecordApprovals approvals;

	private final YearRecordRepository records;

	private final TaskService tasks;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	IssueSealing(TransactionSealing sealing, RecordApprovals approvals, YearRecordRepository records,
			TaskService tasks, JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.sealing = sealing;
		this.approvals = approvals;
		this.records = records;
		this.tasks = tasks;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void sealIssued(IssuedBatch batch, PrivateKey key, X509Certificate certificate) {

		TransactionSealing.SealKey sealKey = new TransactionSealing.SealKey(key, certificate);
		for (Map.Entry<Long, List<Long>> signed : batch.recordIdsByClass().entrySet()) {
			long classId = signed.getKey();
			List<Long> ownProcess = signed.getValue().stream().filter(this::waitsAtOwnIssueStep).toList();
			ownProcess.forEach(recordId -> transaction.executeWithoutResult(
					status -> sealRecord(classId, recordId, sealKey)));
			transaction.executeWithoutResult(status -> sealClass(classId, ownProcess, sealKey));
		}
	}

	private void sealRecord(long classId, long recordId, TransactionSealing.SealKey key) {
		TransactionSealing.Sender sender = sealing.senderOfClass(classId);
		YearRecord record = records.findById(recordId).orElseThrow();
		UUID sealId = sealing.sealSubmission(sender, null, recordId, List.of(toSubmit(record)), key);
		LOG.info("record-{}: submission sealed ({})", recordId, sealId);
	}

	private void sealClass(long classId, List<Long> ownProcess, TransactionSealing.SealKey key) {

		List<YearRecord> book = records.findInClassBook(classId).stream()
			.filter(record -> !ownProcess.contains(record.getId()))
			.toList();
		if (book.isEmpty() || !book.stream().allMatch(record -> ISSUED_THROUGH.contains(record.getState()))) {
			return;
		}
		List<TransactionSealing.ToSubmit> issued = new ArrayList<>();
		book.stream().filter(record -> record.getState() == RecordState.ISSUED)
			.forEach(record -> issued.add(toSubmit(record)));
		if (issued.isEmpty()) {
			return;
		}

		UUID sealId = sealing.sealSubmission(sealing.senderOfClass(classId), classId, null, issued, key);
		LOG.info("class-{}: submission of {} records sealed ({})", classId, issued.size(), sealId);
	}

	private TransactionSealing.ToSubmit toSubmit(YearRecord record) {
		SignedRecord signed = approvals.signedRecord(record.getId())
			.filter(last -> last.step() == RecordApproval.Step.ISSUE)
			.orElseThrow(() -> new IllegalStateException("record-" + record.getId() + " is not issued"));
		return new TransactionSealing.ToSubmit(new Submission.Item(record.getId(), record.getLookupCode(),
				pupilName(record.getPupilId()), null, null), signed.xml());
	}

	private String pupilName(long pupilId) {
		return jdbc.queryForObject("select full_name from pupil where id = ?", String.class, pupilId);
	}

	private boolean waitsAtOwnIssueStep(long recordId) {
		return tasks.createTaskQuery()
			.processDefinitionKey(RECORD_PROCESS)
			.processInstanceBusinessKey("record-" + recordId)
			.taskDefinitionKey(RECORD_ISSUE_TASK)
			.active()
			.count() > 0;
	}

}
