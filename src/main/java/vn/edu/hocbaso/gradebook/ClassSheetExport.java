package vn.edu.hocbaso.gradebook;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.Enrolment;
import vn.edu.hocbaso.organisation.EnrolmentRepository;
import vn.edu.hocbaso.organisation.Pupil;
import vn.edu.hocbaso.organisation.SchoolClass;
import vn.edu.hocbaso.organisation.VietnameseOrder;
import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.record.YearRecord;

/**
 * The class sheet as a file: one row per pupil of the class, every field of the grade. For a class without
 * results it is the grade's template with the pupils filled in. Opens the records that do not exist yet, as the
 * class grid does, so that the sheet carries each record's version.
 */
@Service
@Transactional
class ClassSheetExport {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final RecordManagement records;

	private final EnrolmentRepository enrolments;

	ClassSheetExport(RecordManagement records, EnrolmentRepository enrolments) {
		this.records = records;
		this.enrolments = enrolments;
	}

	byte[] xlsx(SchoolClass schoolClass, long staffId) {
		ClassSheetLayout layout = ClassSheetLayout.of(schoolClass.getGrade());
		List<Integer> hidden = List.of(ClassSheetLayout.IDENTITY_KEYS.indexOf(ClassSheetLayout.VERSION));
		return SpreadsheetWriter.xlsx(schoolClass.getName(), layout.headers(), layout.keys(),
				rows(schoolClass, staffId, layout), hidden);
	}

	byte[] csv(SchoolClass schoolClass, long staffId) {
		ClassSheetLayout layout = ClassSheetLayout.of(schoolClass.getGrade());
		return SpreadsheetWriter.csv(layout.headers(), layout.keys(), rows(schoolClass, staffId, layout));
	}

	private List<List<Object>> rows(SchoolClass schoolClass, long staffId, ClassSheetLayout layout) {

		Map<Long, YearRecord> byPupil = records.openClass(schoolClass.getId(), staffId).stream()
			.collect(Collectors.toMap(YearRecord::getPupilId, Function.identity()));
		// The grid's order, so that the row numbers in the file are the grid's.
		List<Pupil> pupils = enrolments.findCurrentByClass(schoolClass.getId()).stream().map(Enrolment::getPupil)
			.sorted(Comparator.comparing(Pupil::getFullName, VietnameseOrder.NAMES))
			.toList();

		List<List<Object>> rows = new ArrayList<>();
		for (Pupil pupil : pupils) {
			rows.add(row(rows.size() + 1, pupil, byPupil.get(pupil.getId()), layout));
		}

		return rows;
	}

	private static List<Object> row(int number, Pupil pupil, YearRecord record, ClassSheetLayout layout) {

		List<Object> row = new ArrayList<>();
		row.add(number);
		row.add(pupil.getMinistryCode());
		row.add(pupil.getFullName());
		row.add(pupil.getBirthDate() == null ? null : DATE.format(pupil.getBirthDate()));
		row.add(record.getVersion());
		layout.fields().forEach(column -> row.add(cell(column, record)));

		return row;
	}

	private static Object cell(SheetColumn column, YearRecord record) {

		String text = column.current().apply(record);
		if (text == null) {
			return null;
		}

		return switch (column.value()) {
			case SCORE, COUNT -> Integer.valueOf(text);
			case DECIMAL -> new java.math.BigDecimal(text);
			default -> text;
		};
	}

}
