package vn.edu.hocbaso.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.registry.RevocationDecided;

/**
 * The department decided a revocation at its registry: the record's correction process waiting at
 * {@code Event_RevocationDecided} (business key {@code record-{id}}, the record found by its lookup code) gets the
 * decision (approved, reason; revocationDecision and decisionReason for its gateway and delegates, the deciding
 * officer as actor). Runs in the deciding transaction: a refusal of the school side rolls the decision back. A
 * decision on a record no process of this school system waits for (sent by an outside system) is left alone.
 */
@Component
class RevocationDecisions {

	static final String MESSAGE = "RevocationDecided";

	private static final Logger LOG = LoggerFactory.getLogger(RevocationDecisions.class);

	private final RuntimeService runtime;

	private final JdbcTemplate jdbc;

	RevocationDecisions(RuntimeService runtime, JdbcTemplate jdbc) {
		this.runtime = runtime;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(RevocationDecided decided) {

		List<Long> recordIds = jdbc.queryForList("select id from year_record where lookup_code = ?", Long.class,
				decided.lookupCode());
		if (recordIds.isEmpty()) {
			return;
		}
		String businessKey = BusinessKeys.record(recordIds.get(0));
		long waiting = runtime.createExecutionQuery()
			.processDefinitionKey(RecordCorrectionProcesses.PROCESS)
			.processInstanceBusinessKey(businessKey)
			.messageEventSubscriptionName(MESSAGE)
			.count();
		if (waiting == 0) {
			LOG.info("{}: revocation decided at the registry, no correction waits for it", businessKey);
			return;
		}

		Map<String, Object> variables = new HashMap<>();
		variables.put("approved", decided.approved());
		variables.put("reason", decided.reason());
		variables.put(CorrectionVariables.REVOCATION_DECISION, decided.approved() ? "APPROVE" : "REFUSE");
		variables.put(CorrectionVariables.DECISION_REASON, decided.reason());
		variables.put(ProcessValues.ACTOR_STAFF_ID, decided.departmentStaffId());
		runtime.createMessageCorrelation(MESSAGE)
			.processInstanceBusinessKey(businessKey)
			.setVariables(variables)
			.correlate();
		LOG.info("{}: revocation {} by the department", businessKey, decided.approved() ? "approved" : "refused");
	}

}
