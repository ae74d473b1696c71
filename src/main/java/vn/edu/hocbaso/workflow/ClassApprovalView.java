package vn.edu.hocbaso.workflow;

import java.util.List;

import vn.edu.hocbaso.record.OverallResult;
import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.workflow.ClassRecordStates.StateCount;
import vn.edu.hocbaso.workflow.TaskViews.TaskDetail;

/**
 * The whole-class approval page: every pupil's record with where it stands, the counts per state, and the
 * class's open approval task that the user may work (the teacher's or the principal's).
 *
 * @param mayDecide whether the user is on the school's board
 * @param task the open approval task of the class in the user's groups, or null (none open for her)
 */
public record ClassApprovalView(long classId, String className, String schoolName, List<Row> rows,
		List<StateCount> counts, boolean mayDecide, TaskDetail task) {

	public long passing() {
		return rows.stream().filter(Row::passes).count();
	}

	/**
	 * One pupil's record.
	 *
	 * @param result the confirmed overall result, or the one the rules suggest while none is confirmed
	 * @param passes whether the record passes the checks (no errors)
	 * @param beingReplaced whether a replacement of the record is being approved (a correction)
	 */
	public record Row(long recordId, long pupilId, String pupilName, RecordState state, OverallResult result,
			boolean complete, boolean passes, boolean beingReplaced) {
	}

}
