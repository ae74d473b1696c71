package vn.edu.hocbaso.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.edu.hocbaso.schoolyear.CalendarManagement;
import vn.edu.hocbaso.schoolyear.DeadlineKind;
import vn.edu.hocbaso.schoolyear.Deadlines;
import vn.edu.hocbaso.schoolyear.DeadlinesChanged;

/**
 * Makes the waiting timers and the open tasks follow the deadlines when the department edits them. A timer's
 * date is evaluated once, when the token arrives; so after a change every waiting timer job of the affected
 * instances whose BPMN reads {@code ${deadlines.at('KIND', execution)}} is recalculated (the engine evaluates
 * the expression again), and every open user task whose due date reads one gets it again from the same kind.
 * <p>
 * The affected instances are those whose variables name the school year (and, for an extension, the school):
 * the school year processes, the class record books and every instance called from them. They are walked in
 * pages of {@value #PAGE}, one transaction per page, so that a city's tens of thousands of timers never sit in
 * one transaction. The same walk, without moving anything, counts what a change would move for the deadlines
 * page's preview.
 */
@Component
public class DeadlineTimers {

	static final int PAGE = 500;

	private static final Pattern KIND = Pattern.compile("deadlines\\.at\\(\\s*'([A-Z_]+)'");

	private static final Logger LOG = LoggerFactory.getLogger(DeadlineTimers.class);

	private final ManagementService management;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final RepositoryService repository;

	private final Deadlines deadlines;

	private final CalendarManagement calendar;

	private final TransactionTemplate eachPage;

	private final Map<String, Optional<DeadlineKind>> kindsOfJobDefinitions = new ConcurrentHashMap<>();

	private final Map<String, Optional<DeadlineKind>> kindsOfTasks = new ConcurrentHashMap<>();

	DeadlineTimers(ManagementService management, RuntimeService runtime, TaskService tasks,
			RepositoryService repository, Deadlines deadlines, CalendarManagement calendar,
			PlatformTransactionManager transactions) {
		this.management = management;
		this.runtime = runtime;
		this.tasks = tasks;
		this.repository = repository;
		this.deadlines = deadlines;
		this.calendar = calendar;
		// Also after the commit of the change that announced itself: a new transaction, never the finished one.
		this.eachPage = new TransactionTemplate(transactions);
		this.eachPage.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** After the change is committed (a change rolled back moves nothing): recalculate, log, audit. */
	@TransactionalEventListener(fallbackExecution = true)
	public void on(DeadlinesChanged event) {

		long started = System.nanoTime();
		Moves moved = recalculate(event.schoolYearId(), event.schoolIds());
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		LOG.info("Deadlines of school year {} changed (schools {}): {} timers and {} task due dates of {} instances "
				+ "recalculated in {} ms", event.schoolYearId(), event.schoolIds().isEmpty() ? "all" : event.schoolIds(),
				moved.timerCount(), moved.taskCount(), moved.instances(), took.toMillis());
		Long schoolId = event.schoolIds().size() == 1 ? event.schoolIds().iterator().next() : null;
		inNewTransaction(() -> {
			calendar.recordRecalculation(event.schoolYearId(), schoolId, moved.describe() + " in " + took.toMillis()
					+ " ms");
			return null;
		});
	}

	/** What a change for these schools (all when empty) would move: waiting timers and open tasks by kind. */
	public Moves count(long schoolYearId, Set<Long> schoolIds) {
		return walk(schoolYearId, schoolIds, false);
	}

	/** Recalculates the waiting timers and open tasks' due dates of these schools (all when empty). */
	public Moves recalculate(long schoolYearId, Set<Long> schoolIds) {
		return walk(schoolYearId, schoolIds, true);
	}

	private Moves walk(long schoolYearId, Set<Long> schoolIds, boolean move) {

		List<String> instanceIds = inNewTransaction(() -> instanceIds(schoolYearId, schoolIds));
		Moves moves = new Moves(instanceIds.size());

		for (int from = 0; from < instanceIds.size(); from += PAGE) {
			List<String> page = instanceIds.subList(from, Math.min(from + PAGE, instanceIds.size()));
			inNewTransaction(() -> {
				walkPage(page, move, moves);
				return null;
			});
		}

		return moves;
	}

	private List<String> instanceIds(long schoolYearId, Set<Long> schoolIds) {

		if (schoolIds.isEmpty()) {
			return ids(runtime.createProcessInstanceQuery()
				.variableValueEquals(ProcessVariables.SCHOOL_YEAR_ID, schoolYearId));
		}

		List<String> ids = new ArrayList<>();
		schoolIds.forEach(schoolId -> ids.addAll(ids(runtime.createProcessInstanceQuery()
			.variableValueEquals(ProcessVariables.SCHOOL_YEAR_ID, schoolYearId)
			.variableValueEquals(ProcessVariables.SCHOOL_ID, schoolId))));
		return ids;
	}

	private static List<String> ids(ProcessInstanceQuery query) {
		return query.orderByProcessInstanceId().asc().list().stream().map(ProcessInstance::getId).toList();
	}

	private void walkPage(List<String> instanceIds, boolean move, Moves moves) {

		for (Job job : management.createJobQuery().timers().processInstanceIds(new HashSet<>(instanceIds)).list()) {
			kindOf(job).ifPresent(kind -> {
				if (move) {
					management.recalculateJobDuedate(job.getId(), false);
				}
				moves.timer(kind);
			});
		}

		for (Task task : tasks.createTaskQuery().processInstanceIdIn(instanceIds.toArray(String[]::new)).list()) {
			kindOf(task).ifPresent(kind -> {
				if (move) {
					moveDueDate(task, kind);
				}
				moves.task(kind);
			});
		}
	}

	private void moveDueDate(Task task, DeadlineKind kind) {

		Map<String, Object> variables = runtime.getVariables(task.getExecutionId(),
				List.of(ProcessVariables.SCHOOL_ID, ProcessVariables.SCHOOL_YEAR_ID));
		Instant due = deadlines.at(kind, number(variables.get(ProcessVariables.SCHOOL_ID)),
				number(variables.get(ProcessVariables.SCHOOL_YEAR_ID)));

		if (task.getDueDate() == null || !task.getDueDate().toInstant().equals(due)) {
			task.setDueDate(Date.from(due));
			tasks.saveTask(task);
		}
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	/** The kind a timer reads, from its job definition's configuration ("DATE: ${deadlines.at('KIND', ...)}"). */
	private Optional<DeadlineKind> kindOf(Job job) {
		return kindsOfJobDefinitions.computeIfAbsent(job.getJobDefinitionId(), id -> {
			JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
			return definition == null ? Optional.empty() : kindIn(definition.getJobConfiguration());
		});
	}

	/** The kind a user task's due date reads, from the deployed BPMN. */
	private Optional<DeadlineKind> kindOf(Task task) {
		return kindsOfTasks.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(), key -> {
			ModelElementInstance element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
				.getModelElementById(task.getTaskDefinitionKey());
			return element instanceof UserTask userTask ? kindIn(userTask.getCamundaDueDate()) : Optional.empty();
		});
	}

	static Optional<DeadlineKind> kindIn(String expression) {

		if (expression == null) {
			return Optional.empty();
		}

		Matcher matcher = KIND.matcher(expression);
		return matcher.find() ? Optional.of(DeadlineKind.valueOf(matcher.group(1))) : Optional.empty();
	}

	private <T> T inNewTransaction(Supplier<T> work) {
		return eachPage.execute(status -> work.get());
	}

	/** What a change moves: waiting timers and open tasks per kind, among how many instances. */
	public static final class Moves {

		private final int instances;

		private final Map<DeadlineKind, Integer> timers = new EnumMap<>(DeadlineKind.class);

		private final Map<DeadlineKind, Integer> tasks = new EnumMap<>(DeadlineKind.class);

		Moves(int instances) {
			this.instances = instances;
		}

		synchronized void timer(DeadlineKind kind) {
			timers.merge(kind, 1, Integer::sum);
		}

		synchronized void task(DeadlineKind kind) {
			tasks.merge(kind, 1, Integer::sum);
		}

		public int instances() {
			return instances;
		}

		public int timers(DeadlineKind kind) {
			return timers.getOrDefault(kind, 0);
		}

		public int tasks(DeadlineKind kind) {
			return tasks.getOrDefault(kind, 0);
		}

		public int timerCount() {
			return timers.values().stream().mapToInt(Integer::intValue).sum();
		}

		public int taskCount() {
			return tasks.values().stream().mapToInt(Integer::intValue).sum();
		}

		String describe() {
			return "instances=" + instances + " timers=" + timers + " tasks=" + tasks;
		}

	}

}
