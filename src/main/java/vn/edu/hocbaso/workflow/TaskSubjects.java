package vn.edu.hocbaso.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.Pupil;
import vn.edu.hocbaso.organisation.PupilRepository;
import vn.edu.hocbaso.organisation.School;
import vn.edu.hocbaso.organisation.SchoolClass;
import vn.edu.hocbaso.organisation.SchoolClassRepository;
import vn.edu.hocbaso.organisation.SchoolRepository;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.record.YearRecordRepository;
import vn.edu.hocbaso.workflow.TaskViews.TaskSubject;

/**
 * Says by name what each task is about: its class, school and pupil, from the ids its process carries (classId,
 * schoolId, recordId) as the task's scope sees them. One query per kind of name for a whole page of tasks.
 */
@Component
class TaskSubjects {

	private static final List<String> NAMES = List.of(ProcessVariables.CLASS_ID, ProcessVariables.SCHOOL_ID,
			ProcessVariables.RECORD_ID);

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final SchoolClassRepository classes;

	private final SchoolRepository schools;

	private final YearRecordRepository records;

	private final PupilRepository pupils;

	TaskSubjects(RuntimeService runtime, TaskService tasks, SchoolClassRepository classes, SchoolRepository schools,
			YearRecordRepository records, PupilRepository pupils) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.classes = classes;
		this.schools = schools;
		this.records = records;
		this.pupils = pupils;
	}

	/** The subject of each task, by task id. */
	@Transactional(readOnly = true)
	Map<String, TaskSubject> of(Collection<Task> found) {

		if (found.isEmpty()) {
			return Map.of();
		}
		Map<String, Map<String, Long>> ids = idsOf(found);
		classesOfRecords(ids);

		Map<Long, SchoolClass> classById = byId(classes.findAllById(all(ids, ProcessVariables.CLASS_ID)),
				SchoolClass::getId);
		Map<Long, School> schoolById = byId(schools.findAllById(all(ids, ProcessVariables.SCHOOL_ID)), School::getId);
		Map<Long, String> pupilByRecord = pupilNames(all(ids, ProcessVariables.RECORD_ID));

		Map<String, TaskSubject> subjects = new HashMap<>();
		ids.forEach((task, values) -> subjects.put(task, subject(values, classById, schoolById, pupilByRecord)));

		return subjects;
	}

	/**
	 * The ids each task sees, by task id. One query reads them for all the tasks' processes; where a process holds
	 * a name more than once (a multi-instance activity keeps each instance's {@code classId} in its own scope, so
	 * the school year process has one per late class), the task's own scope decides, as the engine resolves it.
	 */
	private Map<String, Map<String, Long>> idsOf(Collection<Task> found) {

		Map<String, Map<String, Long>> byInstance = new HashMap<>();
		Set<String> shadowed = new HashSet<>();
		String[] instances = found.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
		List<VariableInstance> variables = runtime.createVariableInstanceQuery()
			.processInstanceIdIn(instances)
			.variableNameIn(NAMES.toArray(String[]::new))
			.disableBinaryFetching()
			.list();
		for (VariableInstance variable : variables) {
			if (variable.getValue() instanceof Number number) {
				Long before = byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
					.put(variable.getName(), number.longValue());
				if (before != null) {
					shadowed.add(variable.getProcessInstanceId());
				}
			}
		}

		Map<String, Map<String, Long>> ids = new HashMap<>();
		for (Task task : found) {
			String instance = task.getProcessInstanceId();
			Map<String, Long> values = shadowed.contains(instance) ? idsSeenBy(task)
					: new HashMap<>(byInstance.getOrDefault(instance, Map.of()));
			ids.put(task.getId(), values);
		}

		return ids;
	}

	/** The ids as the task's own scope sees them. */
	private Map<String, Long> idsSeenBy(Task task) {
		Map<String, Long> values = new HashMap<>();
		tasks.getVariables(task.getId(), NAMES).forEach((name, value) -> {
			if (value instanceof Number number) {
				values.put(name, number.longValue());
			}
		});
		return values;
	}

	/** A process about a record that holds no class id is about the record's class. */
	private void classesOfRecords(Map<String, Map<String, Long>> ids) {

		Set<Long> recordIds = new HashSet<>();
		ids.values().stream()
			.filter(values -> values.containsKey(ProcessVariables.RECORD_ID)
					&& !values.containsKey(ProcessVariables.CLASS_ID))
			.forEach(values -> recordIds.add(values.get(ProcessVariables.RECORD_ID)));
		if (recordIds.isEmpty()) {
			return;
		}

		Map<Long, Long> classByRecord = records.findAllById(recordIds).stream()
			.collect(Collectors.toMap(YearRecord::getId, YearRecord::getClassId));
		ids.values().stream()
			.filter(values -> values.containsKey(ProcessVariables.RECORD_ID)
					&& !values.containsKey(ProcessVariables.CLASS_ID))
			.forEach(values -> {
				Long classId = classByRecord.get(values.get(ProcessVariables.RECORD_ID));
				if (classId != null) {
					values.put(ProcessVariables.CLASS_ID, classId);
				}
			});
	}

	private static Set<Long> all(Map<String, Map<String, Long>> ids, String name) {
		Set<Long> values = new HashSet<>();
		ids.values().forEach(variables -> {
			if (variables.containsKey(name)) {
				values.add(variables.get(name));
			}
		});
		return values;
	}

	/** The pupils of the records, in the records' order; a record that does not exist is left out. */
	@Transactional(readOnly = true)
	List<String> pupilNames(List<Long> recordIds) {
		Map<Long, String> names = pupilNames(Set.copyOf(recordIds));
		return recordIds.stream().map(names::get).filter(name -> name != null).toList();
	}

	/** The names of the pupils, in the order given; a pupil who does not exist is left out. */
	@Transactional(readOnly = true)
	List<String> pupilNamesById(List<Long> pupilIds) {
		Map<Long, String> names = pupils.findAllById(Set.copyOf(pupilIds)).stream()
			.collect(Collectors.toMap(Pupil::getId, Pupil::getFullName));
		return pupilIds.stream().map(names::get).filter(name -> name != null).toList();
	}

	private Map<Long, String> pupilNames(Set<Long> recordIds) {

		Map<Long, Long> pupilByRecord = records.findAllById(recordIds)
			.stream()
			.collect(Collectors.toMap(YearRecord::getId, YearRecord::getPupilId));
		Map<Long, String> names = pupils.findAllById(pupilByRecord.values())
			.stream()
			.collect(Collectors.toMap(Pupil::getId, Pupil::getFullName));

		Map<Long, String> result = new HashMap<>();
		pupilByRecord.forEach((record, pupil) -> result.put(record, names.get(pupil)));
		return result;
	}

	private static TaskSubject subject(Map<String, Long> values, Map<Long, SchoolClass> classById,
			Map<Long, School> schoolById, Map<Long, String> pupilByRecord) {

		Long classId = values.get(ProcessVariables.CLASS_ID);
		Long schoolId = values.get(ProcessVariables.SCHOOL_ID);
		Long recordId = values.get(ProcessVariables.RECORD_ID);
		SchoolClass schoolClass = classById.get(classId);
		School school = schoolById.get(schoolId);
		if (school == null && schoolClass != null) {
			school = schoolClass.getSchool();
			schoolId = school.getId();
		}

		return new TaskSubject(classId, schoolClass == null ? null : schoolClass.getName(), schoolId,
				school == null ? null : school.getName(), recordId, pupilByRecord.get(recordId));
	}

	private static <T> Map<Long, T> byId(List<T> entities, Function<T, Long> id) {
		return entities.stream().collect(Collectors.toMap(id, Function.identity()));
	}

}
