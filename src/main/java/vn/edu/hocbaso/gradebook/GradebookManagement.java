package vn.edu.hocbaso.gradebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import vn.edu.hocbaso.organisation.Enrolment;
import vn.edu.hocbaso.organisation.EnrolmentRepository;
import vn.edu.hocbaso.organisation.Pupil;
import vn.edu.hocbaso.organisation.VietnameseOrder;
import vn.edu.hocbaso.record.Finding;
import vn.edu.hocbaso.record.RecordChecks;
import vn.edu.hocbaso.record.RecordHasErrors;
import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.record.RecordNotEditable;
import vn.edu.hocbaso.record.YearRecord;

/**
 * Shows, saves and completes a class grid. Each row is saved on its own, through {@link RecordManagement} with
 * the version it was typed on: a row another person changed in between is refused with a message, the other
 * rows are saved; within a row, every valid cell is saved and every refused one is kept as typed.
 */
@Service
class GradebookManagement {

	static final String CONFLICT = "grid.conflict";

	static final String NOT_ALLOWED = "grid.input.notAllowed";

	private final RecordManagement records;

	private final EnrolmentRepository enrolments;

	GradebookManagement(RecordManagement records, EnrolmentRepository enrolments) {
		this.records = records;
		this.enrolments = enrolments;
	}

	/** The grid, opening the records that do not exist yet, with what the last save refused. */
	Gradebook show(GradebookClass schoolClass, long staffId, GradebookEdits edits) {

		List<GradebookColumn> columns = GradebookColumn.of(schoolClass.grade());
		Map<Long, Pupil> pupils = pupilsOf(schoolClass.id());
		List<Gradebook.Row> rows = records.openClass(schoolClass.id(), staffId).stream()
			.sorted(Comparator.comparing(record -> pupils.get(record.getPupilId()).getFullName(),
					VietnameseOrder.NAMES))
			.map(record -> row(record, pupils.get(record.getPupilId()), columns, schoolClass.access(), edits))
			.toList();

		return new Gradebook(schoolClass, columns, rows);
	}

	/** Saves what was posted, row by row; a record that was not posted is left as it is. */
	GradebookEdits save(GradebookClass schoolClass, long staffId, Map<Long, GradebookRowInput> input) {

		GradebookAccess access = schoolClass.access();
		if (!access.canEditAny()) {
			throw new GradebookOutOfScope(schoolClass.id());
		}

		List<GradebookColumn> columns = GradebookColumn.of(schoolClass.grade());
		GradebookEdits edits = new GradebookEdits();
		for (YearRecord record : records.openClass(schoolClass.id(), staffId)) {
			GradebookRowInput row = input.get(record.getId());
			if (row != null) {
				saveRow(record, row, columns, access, staffId, edits);
			}
		}

		return edits;
	}

	/**
	 * Marks complete every record of the class whose checks find no error; the others stay as they are.
	 *
	 * @return how many records were marked now, and the pupils whose records are still not complete
	 */
	GradebookCompletion completeAll(GradebookClass schoolClass, long staffId) {

		if (!schoolClass.access().homeroom()) {
			throw new GradebookOutOfScope(schoolClass.id());
		}

		Map<Long, Pupil> pupils = pupilsOf(schoolClass.id());
		int marked = 0;
		List<String> remaining = new ArrayList<>();
		for (YearRecord record : records.openClass(schoolClass.id(), staffId)) {
			Pupil pupil = pupils.get(record.getPupilId());
			boolean clean = RecordChecks.check(record, pupil.getPersonalId()).stream().noneMatch(Finding::isError);
			if (record.isComplete()) {
				continue;
			}
			if (clean && markComplete(record, staffId)) {
				marked++;
			}
			else {
				remaining.add(pupil.getFullName());
			}
		}
		remaining.sort(VietnameseOrder.NAMES);

		return new GradebookCompletion(marked, remaining);
	}

	private boolean markComplete(YearRecord record, long staffId) {
		try {
			records.markComplete(record.getId(), record.getVersion(), staffId);
			return true;
		}
		catch (RecordHasErrors | RecordNotEditable | ObjectOptimisticLockingFailureException ex) {
			// Changed or issued since it was read: it stays in the list of records not yet complete.
			return false;
		}
	}

	private void saveRow(YearRecord record, GradebookRowInput row, List<GradebookColumn> columns,
			GradebookAccess access, long staffId, GradebookEdits edits) {

		long id = record.getId();
		Map<GradebookColumn, Object> changes = new LinkedHashMap<>();
		for (GradebookColumn column : columns) {
			String raw = row.values().get(column.field());
			if (raw == null) {
				continue;
			}
			GradebookCells.Cell cell = GradebookCells.parse(column, raw);
			if (cell.isAccepted() && GradebookCells.isUnchanged(record, column, cell)) {
				continue;
			}
			if (!access.canEdit(column)) {
				edits.refuse(id, column.field(), raw, NOT_ALLOWED);
			}
			else if (!cell.isAccepted()) {
				edits.refuse(id, column.field(), raw, cell.errorKey());
			}
			else {
				changes.put(column, cell.value());
			}
		}

		if (!changes.isEmpty()) {
			apply(record, row.version(), changes, staffId, edits);
		}
	}

	private void apply(YearRecord record, long version, Map<GradebookColumn, Object> changes, long staffId,
			GradebookEdits edits) {
		try {
			boolean wasChecked = record.isComplete() || record.getState().isApproved();
			boolean wasSigned = record.getState().isApproved();
			YearRecord saved = records.change(record.getId(), version, staffId,
					changed -> changes.forEach((column, value) -> GradebookCells.write(changed, column, value)));
			edits.saved(wasChecked && !saved.isComplete(), wasSigned && saved.getState().isInPreparation());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			edits.refuseRow(record.getId(), CONFLICT);
		}
		catch (RecordNotEditable ex) {
			edits.refuseRow(record.getId(), ex.messageKey());
		}
	}

	private Gradebook.Row row(YearRecord record, Pupil pupil, List<GradebookColumn> columns, GradebookAccess access,
			GradebookEdits edits) {

		long id = record.getId();
		List<Gradebook.Cell> cells = new ArrayList<>();
		for (GradebookColumn column : columns) {
			String typed = edits.typed(id, column.field());
			String value = typed != null ? typed : GradebookCells.read(record, column);
			cells.add(new Gradebook.Cell(column, "f." + id + "." + column.field(), value,
					edits.error(id, column.field()), access.canEdit(column) && record.getState().isEditable()));
		}

		return new Gradebook.Row(id, record.getVersion(), pupil.getFullName(), record.isComplete(),
				record.suggestedResult().orElse(null), cells, checks(record, pupil, columns), edits.rowMessage(id),
				record.getState().isApproved());
	}

	private static List<Gradebook.Check> checks(YearRecord record, Pupil pupil, List<GradebookColumn> columns) {

		Map<String, GradebookColumn> byField = columns.stream()
			.collect(Collectors.toMap(GradebookColumn::field, Function.identity()));

		return RecordChecks.check(record, pupil.getPersonalId()).stream()
			.map(f -> new Gradebook.Check(f.isError(), byField.get(f.field()), f.messageKey()))
			.toList();
	}

	private Map<Long, Pupil> pupilsOf(long classId) {
		return enrolments.findCurrentByClass(classId).stream()
			.map(Enrolment::getPupil)
			.collect(Collectors.toMap(Pupil::getId, Function.identity(), (a, b) -> a));
	}

}
