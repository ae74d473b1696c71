package vn.edu.hocbaso.workflow;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.SchoolClass;
import vn.edu.hocbaso.organisation.SchoolClassRepository;

/**
 * Starts class record book processes and hands them the registry's answer.
 */
@Service
@Transactional
public class ClassBooks {

	static final String PROCESS = "classRecordBookProcess";

	static final String REGISTRY_ANSWER = "RegistryAnswer";

	private static final Logger LOG = LoggerFactory.getLogger(ClassBooks.class);

	private final RuntimeService runtime;

	private final HistoryService history;

	private final SchoolClassRepository classes;

	private final JdbcTemplate jdbc;

	ClassBooks(RuntimeService runtime, HistoryService history, SchoolClassRepository classes, JdbcTemplate jdbc) {
		this.runtime = runtime;
		this.history = history;
		this.classes = classes;
		this.jdbc = jdbc;
	}

	/**
	 * Starts the class record book of the class unless one runs already or one ended with the class accepted;
	 * idempotent, so that the school year process may open every class of a school again after a failure.
	 */
	public void open(long classId) {

		String businessKey = BusinessKeys.classBook(classId);
		// Two openings at once (a retried school step, two clicks) must start one book: the second waits here for
		// the first's commit and then finds its instance.
		jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, (long) businessKey.hashCode());
		if (isOpenOrDone(businessKey)) {
			return;
		}

		SchoolClass schoolClass = classes.findWithSchoolById(classId)
			.orElseThrow(() -> new IllegalArgumentException("No class " + classId));
		Map<String, Object> variables = new HashMap<>();
		variables.put(ProcessVariables.DEPARTMENT_ID, schoolClass.getSchool().getUnit().getDepartment().getId());
		variables.put(ProcessVariables.SCHOOL_ID, schoolClass.getSchool().getId());
		variables.put(ProcessVariables.SCHOOL_YEAR_ID, schoolClass.getSchoolYear().getId());
		variables.put(ProcessVariables.CLASS_ID, classId);

		runtime.startProcessInstanceByKey(PROCESS, businessKey, variables);
		LOG.info("Opened the class record book {}", businessKey);
	}

	/**
	 * The registry answered for the submitted records of a class (or of a record in supplementary evaluation):
	 * correlates message {@code RegistryAnswer} by business key. The record states are set by the caller.
	 *
	 * @throws org.camunda.bpm.engine.MismatchingMessageCorrelationException when nothing waits for an answer
	 */
	public void registryAnswered(String businessKey, boolean allAccepted, String rejectionReasons) {
		registryAnswered(businessKey, allAccepted, rejectionReasons, false);
	}

	/**
	 * The same, saying whether the registry refused a replacement because the record it replaces is locked
	 * ({@code replacedLocked}): the record's approval then ends instead of going back to preparation.
	 */
	public void registryAnswered(String businessKey, boolean allAccepted, String rejectionReasons,
			boolean replacedLocked) {

		runtime.createMessageCorrelation(REGISTRY_ANSWER)
			.processInstanceBusinessKey(businessKey)
			.setVariable(ProcessValues.REGISTRY_ACCEPTED, allAccepted)
			.setVariable(ProcessValues.REJECTION_REASONS, allAccepted ? null : rejectionReasons)
			.setVariable(ProcessValues.REPLACED_LOCKED, !allAccepted && replacedLocked)
			.correlate();

		LOG.info("Registry answered {}: {}", businessKey, allAccepted ? "accepted" : "rejected");
	}

	/**
	 * Where the class's record book stands: the id of the step it waits in ({@code Task_PrepareClass},
	 * {@code Event_RegistryAnswer}, ...), empty when no book runs for the class.
	 */
	@Transactional(readOnly = true)
	public Optional<String> currentStep(long classId) {

		ProcessInstance book = runtime.createProcessInstanceQuery()
			.processDefinitionKey(PROCESS)
			.processInstanceBusinessKey(BusinessKeys.classBook(classId))
			.singleResult();
		if (book == null) {
			return Optional.empty();
		}

		return runtime.getActiveActivityIds(book.getId()).stream().findFirst();
	}

	private boolean isOpenOrDone(String businessKey) {

		long running = runtime.createProcessInstanceQuery()
			.processDefinitionKey(PROCESS)
			.processInstanceBusinessKey(businessKey)
			.count();
		long accepted = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(PROCESS)
			.processInstanceBusinessKey(businessKey)
			.completed()
			.count();

		return running + accepted > 0;
	}

}
