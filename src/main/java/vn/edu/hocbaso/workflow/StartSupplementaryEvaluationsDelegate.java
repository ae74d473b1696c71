package vn.edu.hocbaso.workflow;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts one supplementary evaluation per held record, each its own instance (business key record-{id}), so
 * that the class book goes on to the approvals while the summer work runs. A record whose evaluation runs
 * already (the class came back to preparation) gets no second one.
 */
@Component
class StartSupplementaryEvaluationsDelegate implements JavaDelegate {

	static final String PROCESS = "supplementaryEvaluationProcess";

	private static final Logger LOG = LoggerFactory.getLogger(StartSupplementaryEvaluationsDelegate.class);

	private final RuntimeService runtime;

	StartSupplementaryEvaluationsDelegate(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@Override
	public void execute(DelegateExecution execution) {

		String held = ProcessValues.text(execution, ProcessValues.SUPPLEMENTARY_RECORD_IDS);
		for (long recordId : ProcessValues.splitIds(held)) {
			start(execution, recordId);
		}
	}

	private void start(DelegateExecution execution, long recordId) {

		String businessKey = BusinessKeys.record(recordId);
		if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(businessKey)
			.count() > 0) {
			return;
		}

		runtime.startProcessInstanceByKey(PROCESS, businessKey, Map.of(
				ProcessVariables.RECORD_ID, recordId,
				ProcessVariables.CLASS_ID, ProcessValues.id(execution, ProcessVariables.CLASS_ID),
				ProcessVariables.SCHOOL_ID, ProcessValues.id(execution, ProcessVariables.SCHOOL_ID),
				ProcessVariables.SCHOOL_YEAR_ID, ProcessValues.id(execution, ProcessVariables.SCHOOL_YEAR_ID),
				ProcessVariables.DEPARTMENT_ID, ProcessValues.id(execution, ProcessVariables.DEPARTMENT_ID)));
		LOG.info("Started the supplementary evaluation {} from {}", businessKey, execution.getBusinessKey());
	}

}
