package vn.edu.hocbaso.gradebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.Enrolment;
import vn.edu.hocbaso.organisation.EnrolmentRepository;
import vn.edu.hocbaso.organisation.Pupil;
import vn.edu.hocbaso.record.Parsed;
import vn.edu.hocbaso.record.RecordInput;
import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.record.YearRecord;

/**
 * Brings a class sheet back: checks every row and cell first and changes nothing if anything is wrong; then
 * applies, in one transaction and through {@link RecordManagement#change}, only the cells that differ from the
 * records, so that importing the file just exported changes nothing and writes no audit row.
 */
@Service
@Transactional
class ClassSheetImport {

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private final RecordManagement records;

	private final EnrolmentRepository enrolments;

	ClassSheetImport(RecordManagement records, EnrolmentRepository enrolments) {
		this.records = records;
		this.enrolments = enrolments;
	}

	/**
	 * @throws SheetRefused with every problem found; the transaction rolls back, also the records it opened
	 */
	ImportSummary importSheet(SheetRights rights, long staffId, byte[] file, String fileName) {

		long classId = rights.schoolClass().getId();
		ClassSheetLayout layout = ClassSheetLayout.of(rights.schoolClass().getGrade());
		SheetTable table = SpreadsheetReader.read(file, fileName);
		SheetColumns columns = SheetColumns.find(table, layout);

		Map<String, Pupil> pupils = enrolments.findCurrentByClass(classId).stream().map(Enrolment::getPupil)
			.collect(Collectors.toMap(p -> codeKey(p.getMinistryCode()), Function.identity(), (a, b) -> a));
		Map<Long, YearRecord> byPupil = records.openClass(classId, staffId).stream()
			.collect(Collectors.toMap(YearRecord::getPupilId, Function.identity()));

		var plan = new Plan(layout, columns, rights);
		table.rows().stream().skip(columns.firstDataRow()).filter(row -> !columns.isBlank(row))
			.forEach(row -> plan.row(row, pupils, byPupil));
		if (!plan.problems.isEmpty()) {
			throw new SheetRefused(plan.problems);
		}

		return apply(plan, staffId);
	}

	private ImportSummary apply(Plan plan, long staffId) {

		Map<String, Integer> fields = new LinkedHashMap<>();
		plan.layout.fields().forEach(column -> fields.put(column.header(), 0));
		plan.changes.forEach((record, changes) -> {
			records.change(record.getId(), record.getVersion(), staffId,
					r -> changes.forEach(change -> change.column().apply().accept(r, change.value())));
			changes.forEach(change -> fields.merge(change.column().header(), 1, Integer::sum));
		});
		fields.values().removeIf(count -> count == 0);

		return new ImportSummary(plan.rows, plan.changes.size(), fields);
	}

	/**
	 * A pupil code as compared: a code of digits without its leading zeros, which Excel drops when it opens a
	 * CSV file and the teacher saves it again.
	 */
	static String codeKey(String code) {
		return DIGITS.matcher(code).matches() ? code.replaceFirst("^0+(?=.)", "") : code;
	}

	record Change(SheetColumn column, String value) {
	}

	/** The checks of every row, with what each would change. */
	private static final class Plan {

		private final ClassSheetLayout layout;

		private final SheetColumns columns;

		private final SheetRights rights;

		private final List<SheetProblem> problems = new ArrayList<>();

		private final Map<YearRecord, List<Change>> changes = new LinkedHashMap<>();

		private final Map<String, Integer> seen = new HashMap<>();

		private int rows;

		Plan(ClassSheetLayout layout, SheetColumns columns, SheetRights rights) {
			this.layout = layout;
			this.columns = columns;
			this.rights = rights;
		}

		void row(SheetTable.Row row, Map<String, Pupil> pupils, Map<Long, YearRecord> byPupil) {

			rows++;
			String code = RecordInput.text(columns.cell(row, ClassSheetLayout.PUPIL_CODE));
			Pupil pupil = code == null ? null : pupils.get(codeKey(code));
			if (!identified(row, code, pupil)) {
				return;
			}
			YearRecord record = byPupil.get(pupil.getId());

			List<Change> found = new ArrayList<>();
			layout.fields().forEach(column -> cell(row, column, record, found));
			if (!found.isEmpty()) {
				check(row, record);
				changes.put(record, found);
			}
		}

		private boolean identified(SheetTable.Row row, String code, Pupil pupil) {

			if (code == null) {
				return problem("sheet.row.noCode", row.number());
			}
			if (pupil == null) {
				return problem("sheet.row.notInClass", row.number(), code);
			}
			Integer first = seen.putIfAbsent(codeKey(code), row.number());
			if (first != null) {
				return problem("sheet.row.duplicate", row.number(), code, first);
			}
			String name = RecordInput.text(columns.cell(row, ClassSheetLayout.PUPIL_NAME));
			if (name == null || !SheetValue.fold(name).equals(SheetValue.fold(pupil.getFullName()))) {
				return problem("sheet.row.nameMismatch", row.number(), code, name == null ? "" : name,
						pupil.getFullName());
			}

			return true;
		}

		private void cell(SheetTable.Row row, SheetColumn column, YearRecord record, List<Change> found) {

			Parsed<String> parsed = column.value().normalise(columns.cell(row, column.key()));
			if (!parsed.isAccepted()) {
				problems.add(SheetProblem.cell(row.number(), column.header(), parsed.errorKey()));
			}
			else if (column.differs(record, parsed.value())) {
				if (rights.mayChange(column)) {
					found.add(new Change(column, parsed.value()));
				}
				else {
					problems.add(new SheetProblem("sheet.error.notYours", row.number(), column.header()));
				}
			}
		}

		/** A row that changes something must be of an editable record, unchanged since the export. */
		private void check(SheetTable.Row row, YearRecord record) {

			if (!record.getState().isEditable()) {
				problem("sheet.row.notEditable", row.number());
			}
			String version = RecordInput.text(columns.cell(row, ClassSheetLayout.VERSION));
			if (version != null && !version.equals(String.valueOf(record.getVersion()))) {
				problem("sheet.row.stale", row.number());
			}
		}

		private boolean problem(String code, Object... arguments) {
			problems.add(new SheetProblem(code, arguments));
			return false;
		}

	}

}
