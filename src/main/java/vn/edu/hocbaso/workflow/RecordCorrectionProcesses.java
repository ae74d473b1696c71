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

	RecordCorrectionProcesses(RecordCorrections corrections, RuntimeService runtime) {
		this.corrections = corrections;
		this.runtime = runtime;
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

		corrections.checkAllowed(recordId, kind, staffId, reason);
		if (isRunning(recordId)) {
			throw new ApprovalRefused("record.correction.alreadyRequested");
		}

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

		String businessKey = BusinessKeys.record(recordId);
		String instanceId = runtime.startProcessInstanceByKey(PROCESS, businessKey, variables).getId();
		LOG.info("{}: correction {} started", businessKey, kind);
		return instanceId;
	}

	/** Whether a correction of the record is under way (a replacement being approved, a revocation in review). */
	public boolean isRunning(long recordId) {
		return runtime.createProcessInstanceQuery()
			.processDefinitionKey(PROCESS)
			.processInstanceBusinessKey(BusinessKeys.record(recordId))
			.count() > 0;
	}

}
