package vn.edu.hocbaso.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.Pupil;
import vn.edu.hocbaso.organisation.PupilRepository;
import vn.edu.hocbaso.organisation.SchoolClass;
import vn.edu.hocbaso.organisation.SchoolClassRepository;
import vn.edu.hocbaso.organisation.VietnameseOrder;
import vn.edu.hocbaso.record.Finding;
import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.security.CurrentUser;
import vn.edu.hocbaso.workflow.ClassApprovalView.Row;

/**
 * Reads the whole-class approval page. The school's board sees it with the principal's open task, the class's
 * homeroom teacher with her own approval task while it is open (her task list links here); nobody else sees it.
 */
@Service
class ClassApprovals {

	static final String PRINCIPAL_TASK = "Task_ApproveClassAsPrincipal";

	static final String TEACHER_TASK = "Task_ApproveClassAsTeacher";

	/** The tasks worked on this page, in the order of the process; the first open one the user may see wins. */
	private static final List<String> APPROVAL_TASKS = List.of(TEACHER_TASK, PRINCIPAL_TASK);

	private final SchoolClassRepository classes;

	private final PupilRepository pupils;

	private final ClassRecordStates states;

	private final RecordManagement records;

	private final TaskList taskList;

	ClassApprovals(SchoolClassRepository classes, PupilRepository pupils, ClassRecordStates states,
			RecordManagement records, TaskList taskList) {
		this.classes = classes;
		this.pupils = pupils;
		this.states = states;
		this.records = records;
		this.taskList = taskList;
	}

	@Transactional(readOnly = true)
	public ClassApprovalView of(CurrentUser user, long classId) {

		SchoolClass schoolClass = classes.findWithSchoolById(classId)
			.orElseThrow(() -> new AccessDeniedException("No class " + classId));
		List<String> groups = taskList.groupsOf(user);
		boolean board = groups.contains(TaskGroups.board(schoolClass.getSchool().getId()));
		if (!board && !groups.contains(TaskGroups.homeroom(classId))) {
			throw new AccessDeniedException("Class " + classId + " is not the user's to approve");
		}

		List<YearRecord> current = states.currentRecords(classId);
		List<Row> rows = rows(current, states.replacedByPending(classId));

		return new ClassApprovalView(classId, schoolClass.getName(), schoolClass.getSchool().getName(), rows,
				ClassRecordStates.counts(current, states.withdrawnRecords(classId)), board, openTask(user, classId));
	}

	private List<Row> rows(List<YearRecord> current, Set<Long> beingReplaced) {

		Map<Long, String> names = pupils.findAllById(current.stream().map(YearRecord::getPupilId).toList())
			.stream()
			.collect(Collectors.toMap(Pupil::getId, Pupil::getFullName));

		return current.stream()
			.map(record -> row(record, names, beingReplaced.contains(record.getId())))
			.sorted(Comparator.comparing(Row::pupilName, VietnameseOrder.NAMES))
			.toList();
	}

	private Row row(YearRecord record, Map<Long, String> names, boolean beingReplaced) {
		boolean passes = records.check(record.getId()).stream().noneMatch(Finding::isError);
		return new Row(record.getId(), record.getPupilId(), names.getOrDefault(record.getPupilId(), ""),
				record.getState(), record.getConfirmedResult() != null ? record.getConfirmedResult()
						: record.suggestedResult().orElse(null),
				record.isComplete(), passes, beingReplaced);
	}

	/** The open approval task of the class in one of the user's groups (or hers), or null. */
	private TaskViews.TaskDetail openTask(CurrentUser user, long classId) {
		return APPROVAL_TASKS.stream()
			.flatMap(key -> taskList.openFor(user, key, classId).stream())
			.findFirst()
			.map(task -> taskList.detail(user, task))
			.orElse(null);
	}

}
