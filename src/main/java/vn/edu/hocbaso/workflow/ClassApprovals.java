package vn.edu.hocbaso.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.task.Task;
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
 * Reads the whole-class approval page. The school's board sees it with the principal's open task; the class's
 * homeroom teacher may look at it; nobody else.
 */
@Service
class ClassApprovals {

	static final String PRINCIPAL_TASK = "Task_ApproveClassAsPrincipal";

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
		List<Row> rows = rows(current);

		return new ClassApprovalView(classId, schoolClass.getName(), schoolClass.getSchool().getName(), rows,
				ClassRecordStates.counts(current), board, board ? principalTask(user, classId) : null);
	}

	private List<Row> rows(List<YearRecord> current) {

		Map<Long, String> names = pupils.findAllById(current.stream().map(YearRecord::getPupilId).toList())
			.stream()
			.collect(Collectors.toMap(Pupil::getId, Pupil::getFullName));

		return current.stream()
			.map(record -> row(record, names))
			.sorted(Comparator.comparing(Row::pupilName, VietnameseOrder.NAMES))
			.toList();
	}

	private Row row(YearRecord record, Map<Long, String> names) {
		boolean passes = records.check(record.getId()).stream().noneMatch(Finding::isError);
		return new Row(record.getId(), record.getPupilId(), names.getOrDefault(record.getPupilId(), ""),
				record.getState(), record.getConfirmedResult() != null ? record.getConfirmedResult()
						: record.suggestedResult().orElse(null),
				record.isComplete(), passes);
	}

	private TaskViews.TaskDetail principalTask(CurrentUser user, long classId) {
		List<Task> open = taskList.openFor(user, PRINCIPAL_TASK, classId);
		return open.isEmpty() ? null : taskList.detail(user, open.get(0));
	}

}
