package vn.edu.hocbaso.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.edu.hocbaso.signing.CertificateRole;
import vn.edu.hocbaso.signing.RecordsSigned;

/**
 * Signatures fulfil approval steps: after a signing batch the class record books of the signed records' classes,
 * and the records' own approvals (supplementary evaluation, replacement), move on past the step the signer's role
 * fulfils. The task is completed as the signer, as the task list would (so that Cockpit shows who, and the delegate
 * acts as {@code actorStaffId}), each in its own transaction. When the delegate refuses (a record of the class is
 * not signed yet) the task stays open for the rest of the class; that is expected, not a failure.
 */
@Component
class SignedSteps {

	static final String CLASS_TEACHER = "Task_ApproveClassAsTeacher";

	static final String CLASS_PRINCIPAL = "Task_ApproveClassAsPrincipal";

	static final String CLASS_ISSUE = "Task_IssueAndSubmitClass";

	static final String RECORD_TEACHER = "Task_ApproveRecordAsTeacher";

	static final String RECORD_PRINCIPAL = "Task_ApproveRecordAsPrincipal";

	static final String RECORD_ISSUE = "Task_IssueAndSubmitRecord";

	static final String RECORD_PROCESS = "recordApprovalProcess";

	private static final Logger LOG = LoggerFactory.getLogger(SignedSteps.class);

	private final TaskService tasks;

	private final IdentityService identity;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	SignedSteps(TaskService tasks, IdentityService identity, TransactionTemplate transaction, JdbcTemplate jdbc) {
		this.tasks = tasks;
		this.identity = identity;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(RecordsSigned signed) {

		String username = usernameOf(signed.staffId());
		Map<String, Object> variables = variables(signed);

		for (long classId : signed.classIds()) {
			completeWaiting(ClassBooks.PROCESS, BusinessKeys.classBook(classId), classTask(signed.role()), username,
					variables);
		}
		for (long recordId : signed.recordIds()) {
			completeWaiting(RECORD_PROCESS, BusinessKeys.record(recordId), recordTask(signed.role()), username,
					variables);
		}
	}

	/** What the step's form would have set: the signer acts, confirms, and the principal approves. */
	private static Map<String, Object> variables(RecordsSigned signed) {

		Map<String, Object> variables = new HashMap<>();
		variables.put(ProcessValues.ACTOR_STAFF_ID, signed.staffId());
		switch (signed.role()) {
			case TEACHER -> variables.put("teacherConfirmed", true);
			case PRINCIPAL -> variables.put(ProcessValues.PRINCIPAL_DECISION, "APPROVE");
			case SCHOOL_ISSUE -> variables.put("submissionConfirmed", true);
		}
		return variables;
	}

	private void completeWaiting(String process, String businessKey, String taskKey, String username,
			Map<String, Object> variables) {

		List<Task> waiting = tasks.createTaskQuery()
			.processDefinitionKey(process)
			.processInstanceBusinessKey(businessKey)
			.taskDefinitionKey(taskKey)
			.active()
			.list();
		for (Task task : waiting) {
			complete(task, businessKey, username, variables);
		}
	}

	private void complete(Task task, String businessKey, String username, Map<String, Object> variables) {
		try {
			transaction.executeWithoutResult(status -> {
				if (task.getAssignee() == null) {
					tasks.claim(task.getId(), username);
				}
				identity.setAuthenticatedUserId(username);
				try {
					tasks.complete(task.getId(), variables);
				}
				finally {
					identity.clearAuthentication();
				}
			});
			LOG.info("{}: {} completed by the signatures of staff {}", businessKey, task.getTaskDefinitionKey(),
					variables.get(ProcessValues.ACTOR_STAFF_ID));
		}
		catch (RuntimeException ex) {
			TaskRefusal refusal = TaskRefusal.in(ex);
			if (refusal != null) {
				LOG.info("{}: {} stays open after signing: {}", businessKey, task.getTaskDefinitionKey(),
						refusal.messageKey());
			}
			else if (ex instanceof OptimisticLockingException) {
				LOG.info("{}: {} was completed meanwhile", businessKey, task.getTaskDefinitionKey());
			}
			else {
				LOG.warn("{}: {} could not be completed after signing", businessKey, task.getTaskDefinitionKey(), ex);
			}
		}
	}

	/** The signer's login, so that the engine's history names her; her staff ID if she has none. */
	private String usernameOf(long staffId) {
		return jdbc.queryForList("select username from account where staff_id = ? order by id limit 1", String.class,
				staffId)
			.stream()
			.findFirst()
			.orElse("staff-" + staffId);
	}

	static String classTask(CertificateRole role) {
		return switch (role) {
			case TEACHER -> CLASS_TEACHER;
			case PRINCIPAL -> CLASS_PRINCIPAL;
			case SCHOOL_ISSUE -> CLASS_ISSUE;
		};
	}

	static String recordTask(CertificateRole role) {
		return switch (role) {
			case TEACHER -> RECORD_TEACHER;
			case PRINCIPAL -> RECORD_PRINCIPAL;
			case SCHOOL_ISSUE -> RECORD_ISSUE;
		};
	}

}
