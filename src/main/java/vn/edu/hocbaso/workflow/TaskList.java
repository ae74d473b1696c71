package vn.edu.hocbaso.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.StaffRepository;
import vn.edu.hocbaso.security.CurrentUser;
import vn.edu.hocbaso.workflow.TaskViews.FilterOption;
import vn.edu.hocbaso.workflow.TaskViews.TaskCounts;
import vn.edu.hocbaso.workflow.TaskViews.TaskDetail;
import vn.edu.hocbaso.workflow.TaskViews.TaskPage;
import vn.edu.hocbaso.workflow.TaskViews.TaskRow;
import vn.edu.hocbaso.workflow.TaskViews.TaskSubject;

/**
 * A person's tasks: those she holds, and those waiting for one of her groups (TaskGroups) that nobody holds
 * yet. Server time (the application's clock, which is the engine's) decides what is overdue.
 */
@Service
public class TaskList {

	static final int PAGE_SIZE = 20;

	/** Why a class or record came back: the principal's reason, the registry's rejection. */
	static final String RETURN_REASON = "returnReason";

	static final String REJECTION_REASONS = "rejectionReasons";

	/**
	 * The most tasks the filters' choices, and a class filter's candidates, are read from; beyond it a person
	 * narrows by the other filter.
	 */
	private static final int FILTER_SCAN = 500;

	private final TaskService tasks;

	private final StaffRepository staff;

	private final TaskSubjects subjects;

	private final TaskForms forms;

	private final TaskTexts texts;

	private final Clock clock;

	TaskList(TaskService tasks, StaffRepository staff, TaskSubjects subjects, TaskForms forms, TaskTexts texts,
			Clock clock) {
		this.tasks = tasks;
		this.staff = staff;
		this.subjects = subjects;
		this.forms = forms;
		this.texts = texts;
		this.clock = clock;
	}

	/** The class the task is about (its process's {@code classId}), or null for none or no such task. */
	public Long classIdOf(String taskId) {

		if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
			return null;
		}
		Object classId = tasks.getVariable(taskId, ProcessVariables.CLASS_ID);
		return classId instanceof Number number ? number.longValue() : null;
	}

	/** The task's name in the reader's language. */
	public String nameOf(Task task) {
		return texts.taskName(task.getTaskDefinitionKey(), task.getName());
	}

	/** The candidate groups of the person, from her roles as they are now. */
	@Transactional(readOnly = true)
	public List<String> groupsOf(CurrentUser user) {
		return staff.findWithRolesById(user.getStaffId()).map(TaskGroups::of).orElse(List.of());
	}

	/** How many tasks she holds, how many wait for her groups, and how many of all those are overdue. */
	public TaskCounts counts(CurrentUser user) {

		List<String> groups = groupsOf(user);
		long mine = tasks.createTaskQuery().taskAssignee(user.getUsername()).count();
		long waiting = groups.isEmpty() ? 0 : tasks.createTaskQuery().taskCandidateGroupIn(groups).count();
		long overdue = query(user, groups).dueBefore(now()).count();

		return new TaskCounts(mine, waiting, overdue);
	}

	public TaskPage page(CurrentUser user, TaskFilter filter, int page) {

		List<String> groups = groupsOf(user);
		TaskQuery query = filtered(query(user, groups), filter).orderByDueDate().asc().orderByTaskCreateTime().asc();
		List<Task> ofClass = filter.classId() == null ? null
				: ofClass(query.listPage(0, FILTER_SCAN), filter.classId());
		long total = ofClass == null ? query.count() : ofClass.size();
		int totalPages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 0), totalPages - 1);

		List<Task> found = ofClass == null ? query.listPage(shown * PAGE_SIZE, PAGE_SIZE)
				: ofClass.subList(shown * PAGE_SIZE, (int) Math.min(total, (shown + 1) * PAGE_SIZE));
		List<Task> all = query(user, groups).orderByTaskCreateTime().asc().listPage(0, FILTER_SCAN);

		return new TaskPage(rows(user, found), shown, totalPages, total, filter, classOptions(all), typeOptions(all));
	}

	/** The task if the person may see it: hers, or her groups' (held by anyone). */
	public Task visible(CurrentUser user, String taskId) {

		Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
		if (task == null) {
			return null;
		}
		if (user.getUsername().equals(task.getAssignee())) {
			return task;
		}

		List<String> groups = groupsOf(user);
		boolean ofHerGroups = !groups.isEmpty() && tasks.createTaskQuery()
			.taskId(taskId)
			.taskCandidateGroupIn(groups)
			.includeAssignedTasks()
			.count() > 0;

		return ofHerGroups ? task : null;
	}

	/** The person's row of one task. */
	public TaskRow row(CurrentUser user, Task task) {
		return rows(user, List.of(task)).get(0);
	}

	/** The task opened: its row, why it came back, where its work is done, and its form. */
	public TaskDetail detail(CurrentUser user, Task task) {

		TaskRow row = row(user, task);
		Map<String, Object> reasons = tasks.getVariables(task.getId(), List.of(RETURN_REASON, REJECTION_REASONS));

		return new TaskDetail(row, text(reasons.get(RETURN_REASON)), text(reasons.get(REJECTION_REASONS)),
				richPage(row), forms.of(task), row.unassigned() || row.mine());
	}

	/** The names of the pupils whose records are named, for a refusal that lists them. */
	public List<String> pupilsOf(List<Long> recordIds) {
		return subjects.pupilNames(recordIds);
	}

	/**
	 * The pupils a refusal names: by pupil when it names them, as a record the refused step opened is gone with
	 * it; else by record.
	 */
	List<String> pupilsOf(TaskRefusal refusal) {
		return refusal.failingPupils().isEmpty() ? pupilsOf(refusal.failing())
				: subjects.pupilNamesById(refusal.failingPupils());
	}

	private static String text(Object value) {
		return value == null || value.toString().isBlank() ? null : value.toString();
	}

	/** The application page where the task's work is done, when it has one. */
	private static String richPage(TaskRow row) {

		Long classId = row.subject().classId();
		if (classId == null) {
			return null;
		}

		return switch (row.definitionKey()) {
			case "Task_PrepareClass", "Task_PrepareRecord", "Task_EvaluateAgain" -> "/classes/" + classId + "/grid";
			case "Task_ApproveClassAsTeacher", "Task_ApproveClassAsPrincipal" -> "/classes/" + classId + "/approval";
			default -> null;
		};
	}

	/**
	 * The open tasks of one kind for a class that wait for one of the person's groups, held by anyone (the approval
	 * page shows who holds it).
	 */
	public List<Task> openFor(CurrentUser user, String definitionKey, long classId) {

		List<String> groups = groupsOf(user);
		if (groups.isEmpty()) {
			return List.of();
		}

		return tasks.createTaskQuery()
			.taskCandidateGroupIn(groups)
			.includeAssignedTasks()
			.taskDefinitionKey(definitionKey)
			.processVariableValueEquals(ProcessVariables.CLASS_ID, classId)
			.initializeFormKeys()
			.list();
	}

	/** Her tasks and her groups' free tasks. */
	private TaskQuery query(CurrentUser user, List<String> groups) {
		TaskQuery query = tasks.createTaskQuery();
		if (groups.isEmpty()) {
			return query.taskAssignee(user.getUsername());
		}
		return query.or().taskAssignee(user.getUsername()).taskCandidateGroupIn(groups).endOr();
	}

	private TaskQuery filtered(TaskQuery query, TaskFilter filter) {

		if (filter.classId() != null) {
			query.processVariableValueEquals(ProcessVariables.CLASS_ID, filter.classId());
		}
		if (filter.type() != null) {
			query.taskDefinitionKey(filter.type());
		}

		Date now = now();
		return switch (filter.due()) {
			case OVERDUE -> query.dueBefore(now);
			case WEEK -> query.dueAfter(now).dueBefore(Date.from(now.toInstant().plus(Duration.ofDays(7))));
			case ALL -> query;
		};
	}

	/**
	 * The tasks about the class. The query's variable condition matches a process that holds the class id in any
	 * scope, so a school year process with several late classes would match for each; the task's own class decides.
	 */
	private List<Task> ofClass(List<Task> candidates, long classId) {
		Map<String, TaskSubject> subjectByTask = subjects.of(candidates);
		return candidates.stream()
			.filter(task -> Long.valueOf(classId).equals(subjectByTask.get(task.getId()).classId()))
			.toList();
	}

	private List<TaskRow> rows(CurrentUser user, List<Task> found) {

		Map<String, TaskSubject> subjectByTask = subjects.of(found);
		Instant now = clock.instant();

		return found.stream().map(task -> {
			Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
			return new TaskRow(task.getId(), nameOf(task), task.getTaskDefinitionKey(),
					subjectByTask.getOrDefault(task.getId(), TaskSubject.NONE), due,
					due != null && due.isBefore(now), task.getAssignee(),
					user.getUsername().equals(task.getAssignee()));
		}).toList();
	}

	private List<FilterOption> classOptions(List<Task> all) {

		Map<Long, String> names = new TreeMap<>();
		subjects.of(all).values().forEach(subject -> {
			if (subject.classId() != null && subject.className() != null) {
				names.put(subject.classId(), classLabel(subject));
			}
		});

		return names.entrySet().stream()
			.map(entry -> new FilterOption(String.valueOf(entry.getKey()), entry.getValue()))
			.sorted(Comparator.comparing(FilterOption::label))
			.toList();
	}

	private static String classLabel(TaskSubject subject) {
		return subject.schoolName() == null ? subject.className() : subject.className() + " · " + subject.schoolName();
	}

	private List<FilterOption> typeOptions(List<Task> all) {
		Map<String, String> names = new LinkedHashMap<>();
		all.forEach(task -> names.putIfAbsent(task.getTaskDefinitionKey(), nameOf(task)));
		return names.entrySet().stream().map(entry -> new FilterOption(entry.getKey(), entry.getValue())).toList();
	}

	private Date now() {
		return Date.from(clock.instant());
	}

}
