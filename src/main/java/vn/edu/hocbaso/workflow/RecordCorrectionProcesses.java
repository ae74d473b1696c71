package vn.edu.hocbaso.workflow;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.record.ApprovalRefused;
import vn.edu.hocbaso.record.RecordCorrection.Kind;
import vn.edu.hocbaso.record.RecordCorrections;
import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.registry.RevocationContent;
import vn.edu.hocbaso.signing.SchoolIssueKeys;
import vn.edu.hocbaso.submission.CorrectionAnswer;
import vn.edu.hocbaso.submission.RegistrySubmissions;

/**
 * Starts the correction of a record (recordCorrectionProcess, business key {@code record-{recordId}}): a
 * withdrawal or a replacement before the lock, a revocation request after it.
 */
@Service
public class RecordCorrectionProcesses {

	static final String PROCESS = "recordCorrectionProcess";

	private static final Logger LOG = LoggerFactory.getLogger(RecordCorrectionProcesses.class);

	private final RecordCorrections corrections;

	private final RuntimeService runtime;

	private final SchoolIssueKeys issueKeys;

	private final RegistrySubmissions submissions;

	RecordCorrectionProcesses(RecordCorrections corrections, RuntimeService runtime, SchoolIssueKeys issueKeys,
			RegistrySubmissions submissions) {
		this.corrections = corrections;
		this.runtime = runtime;
		this.issueKeys = issueKeys;
		this.submissions = submissions;
	}

	/**
	 * Whether the request goes to the registry as a transaction sealed with the school's issue key, so that the
	 * clerk's key password is needed: the withdrawal of a record the registry accepted ({@code RUT}) and every
	 * revocation request ({@code THU_HOI}). A record the registry never accepted is withdrawn at the school only.
	 */
	public boolean needsIssueKey(long recordId, Kind kind) {
		return functionOf(corrections.overview(recordId).state(), kind) != null;
	}

	/**
	 * The request as the correction page makes it: checked as {@link #start(long, Kind, long, String)} does, then,
	 * when it goes to the registry, the clerk's issue key unlocked with her password (refused with
	 * {@code SignatureRefused}: not the clerk, a wrong password) and the transaction sealed into the outbox; the
	 * process starts with its outbox id and its first step sends it. A refusal stores nothing: the reason is
	 * checked (not blank, at most {@link RecordCorrections#MAX_REASON} characters, the registry's limit) before
	 * anything is sealed.
	 *
	 * @return the process and, for a request sent to the registry, what the registry answered so far
	 */
	@Transactional
	public Started start(long recordId, Kind kind, long staffId, String reason, char[] keyPassword) {

		String checked = corrections.checkAllowed(recordId, kind, staffId, reason);
		if (isRunning(recordId)) {
			throw new ApprovalRefused("record.correction.alreadyRequested");
		}
		String function = functionOf(corrections.overview(recordId).state(), kind);
		Long submissionId = null;
		if (function != null) {
			SchoolIssueKeys.UnlockedIssueKey key = issueKeys.unlock(staffId, keyPassword);
			submissionId = submissions.sealCorrection(recordId, function, checked, key);
		}

		String instanceId = startProcess(recordId, kind, staffId, checked, submissionId);
		return new Started(instanceId, submissionId == null ? null : submissions.correctionAnswer(submissionId));
	}

	/**
	 * A correction the page started.
	 *
	 * @param registry for a request sealed for the registry, where it stands: withdrawn, pending the
	 * department's decision, refused (with the reason), or not received yet (the scheduled sender sends it
	 * again); {@code null} when nothing went to the registry
	 */
	public record Started(String instanceId, CorrectionAnswer registry) {
	}

	/**
	 * Checks the request (who asks, the record's state, the reason, the close-off) and starts the process, whose
	 * first step makes the change in the same transaction. A refused request throws {@link ApprovalRefused} and
	 * starts nothing.
	 *
	 * @return the process instance id
	 */
	@Transactional
	public String start(long recordId, Kind kind, long staffId, String reason) {

		String checked = corrections.checkAllowed(recordId, kind, staffId, reason);
		if (isRunning(recordId)) {
			throw new ApprovalRefused("record.correction.alreadyRequested");
		}

		return startProcess(recordId, kind, staffId, checked, null);
	}

	private String startProcess(long recordId, Kind kind, long staffId, String reason, Long submissionId) {

		RecordCorrections.Overview record = corrections.overview(recordId);
		Map<String, Object> variables = new HashMap<>();
		variables.put(ProcessVariables.RECORD_ID, recordId);
		variables.put(ProcessVariables.SCHOOL_ID, record.schoolId());
		variables.put(ProcessVariables.SCHOOL_YEAR_ID, record.schoolYearId());
		variables.put(ProcessVariables.CLASS_ID, record.classId());
		variables.put(ProcessVariables.DEPARTMENT_ID, record.departmentId());
		variables.put(CorrectionVariables.KIND, kind.name());
		variables.put(CorrectionVariables.REASON, reason.strip());
		variables.put(CorrectionVariables.REQUESTED_BY, staffId);
		variables.put(ProcessValues.ACTOR_STAFF_ID, staffId);
		variables.put(CorrectionVariables.SUBMISSION_ID, submissionId);

		String businessKey = BusinessKeys.record(recordId);
		String instanceId = runtime.startProcessInstanceByKey(PROCESS, businessKey, variables).getId();
		LOG.info("{}: correction {} started", businessKey, kind);
		return instanceId;
	}

	private static String functionOf(RecordState state, Kind kind) {
		return switch (kind) {
			case WITHDRAW -> state == RecordState.ACCEPTED ? RevocationContent.WITHDRAW : null;
			case REVOKE -> RevocationContent.REVOKE;
			case REPLACE -> null;
		};
	}

	/** Whether a correction of the record is under way (a replacement being approved, a revocation in review). */
	public boolean isRunning(long recordId) {
		return runtime.createProcessInstanceQuery()
			.processDefinitionKey(PROCESS)
			.processInstanceBusinessKey(BusinessKeys.record(recordId))
			.count() > 0;
	}

}
