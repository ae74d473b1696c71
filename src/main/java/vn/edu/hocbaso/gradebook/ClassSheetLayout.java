package vn.edu.hocbaso.gradebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import vn.edu.hocbaso.record.GradeMatrix;
import vn.edu.hocbaso.record.OverallResult;
import vn.edu.hocbaso.record.RecordField;
import vn.edu.hocbaso.record.Subject;
import vn.edu.hocbaso.record.SubjectLevel;
import vn.edu.hocbaso.record.Trait;
import vn.edu.hocbaso.record.TraitLevel;
import vn.edu.hocbaso.record.YearRecord;

/**
 * The columns of a grade's class sheet (bảng tổng hợp): the pupil's identity, then every field of the record in
 * the order of the học bạ, from {@link GradeMatrix}. Row 1 holds the Vietnamese headers, row 2 the stable keys
 * (hidden in XLSX), so that import finds columns by key whatever their order or header wording.
 */
final class ClassSheetLayout {

	static final String NUMBER = "no";

	static final String PUPIL_CODE = "pupil.code";

	static final String PUPIL_NAME = "pupil.name";

	static final String BIRTH_DATE = "pupil.birthDate";

	static final String VERSION = "record.version";

	/** Identity columns: only code and name are required, the rest is there to help the reader. */
	static final List<String> IDENTITY_KEYS = List.of(NUMBER, PUPIL_CODE, PUPIL_NAME, BIRTH_DATE, VERSION);

	static final List<String> IDENTITY_HEADERS = List.of("STT", "Mã học sinh", "Họ và tên", "Ngày sinh",
			"Phiên bản");

	private final List<SheetColumn> fields;

	private ClassSheetLayout(List<SheetColumn> fields) {
		this.fields = List.copyOf(fields);
	}

	static ClassSheetLayout of(int grade) {

		List<SheetColumn> fields = new ArrayList<>();
		GradeMatrix.subjectsOf(grade).forEach(offer -> addSubject(fields, offer));
		for (Trait trait : Trait.values()) {
			fields.add(trait(trait));
		}
		for (Trait.Block block : Trait.Block.values()) {
			fields.add(text(RecordField.blockComment(block), blockHeader(block), r -> r.blockComment(block),
					(r, v) -> r.commentBlock(block, v)));
		}
		addYear(fields, grade);

		return new ClassSheetLayout(fields);
	}

	List<SheetColumn> fields() {
		return fields;
	}

	Optional<SheetColumn> field(String key) {
		return fields.stream().filter(column -> column.key().equals(key)).findFirst();
	}

	/** Every key and header, identity first, as the sheet's first two rows. */
	List<String> keys() {
		List<String> keys = new ArrayList<>(IDENTITY_KEYS);
		fields.forEach(column -> keys.add(column.key()));
		return keys;
	}

	List<String> headers() {
		List<String> headers = new ArrayList<>(IDENTITY_HEADERS);
		fields.forEach(column -> headers.add(column.header()));
		return headers;
	}

	/** The key of a header as the teacher sees it, for a sheet that lost its key row. */
	Optional<String> keyOfHeader(String header) {
		List<String> headers = headers();
		int index = headers.indexOf(header);
		return index < 0 ? Optional.empty() : Optional.of(keys().get(index));
	}

	String headerOf(String key) {
		int index = keys().indexOf(key);
		return index < 0 ? key : headers().get(index);
	}

	private static void addSubject(List<SheetColumn> fields, GradeMatrix.Offer offer) {

		Subject s = offer.subject();
		String name = s.vietnamese();

		fields.add(new SheetColumn(RecordField.subjectLevel(s), name + " – Mức đạt được", s,
				SheetValue.SUBJECT_LEVEL, r -> code(r.subjectResult(s).level()),
				(r, v) -> r.assessSubject(s, SubjectLevel.ofCode(v).orElse(null))));
		if (offer.tested()) {
			fields.add(new SheetColumn(RecordField.subjectScore(s), name + " – Điểm KTĐK", s, SheetValue.SCORE,
					r -> str(r.subjectResult(s).score()), (r, v) -> r.recordScore(s, integer(v))));
		}
		fields.add(new SheetColumn(RecordField.subjectComment(s), name + " – Nhận xét", s, SheetValue.TEXT,
				r -> r.subjectResult(s).comment(), (r, v) -> r.commentSubject(s, v)));
	}

	private static SheetColumn trait(Trait t) {
		String prefix = t.block() == Trait.Block.QUALITY ? "Phẩm chất – " : "Năng lực – ";
		return new SheetColumn(RecordField.trait(t), prefix + t.vietnamese(), null, SheetValue.TRAIT_LEVEL,
				r -> r.traitLevel(t) == null ? null : r.traitLevel(t).code(),
				(r, v) -> r.assessTrait(t, TraitLevel.ofCode(v).orElse(null)));
	}

	private static void addYear(List<SheetColumn> fields, int grade) {

		fields.add(new SheetColumn(RecordField.HEIGHT, "Chiều cao (cm)", null, SheetValue.DECIMAL,
				r -> SheetValue.decimal(r.getHeight()), (r, v) -> r.recordHeight(decimal(v))));
		fields.add(new SheetColumn(RecordField.WEIGHT, "Cân nặng (kg)", null, SheetValue.DECIMAL,
				r -> SheetValue.decimal(r.getWeight()), (r, v) -> r.recordWeight(decimal(v))));
		fields.add(new SheetColumn(RecordField.ABSENCES_WITH_PERMISSION, "Nghỉ có phép (buổi)", null, SheetValue.COUNT,
				r -> str(r.getAbsencesWithPermission()), (r, v) -> r.recordAbsencesWithPermission(integer(v))));
		fields.add(new SheetColumn(RecordField.ABSENCES_WITHOUT_PERMISSION, "Nghỉ không phép (buổi)", null,
				SheetValue.COUNT, r -> str(r.getAbsencesWithoutPermission()),
				(r, v) -> r.recordAbsencesWithoutPermission(integer(v))));
		fields.add(new SheetColumn(RecordField.RESULT, "Kết quả giáo dục", null, SheetValue.RESULT,
				r -> r.getConfirmedResult() == null ? null : r.getConfirmedResult().code(),
				(r, v) -> r.confirmResult(OverallResult.ofCode(v).orElse(null), r.getResultReason())));
		fields.add(text(RecordField.RESULT_REASON, "Lý do kết quả khác gợi ý", YearRecord::getResultReason,
				(r, v) -> r.confirmResult(r.getConfirmedResult(), v)));
		fields.add(text(RecordField.COMMENDATION, "Khen thưởng", YearRecord::getCommendation, YearRecord::commend));
		fields.add(text(RecordField.AD_HOC_COMMENDATION, "Khen thưởng đột xuất", YearRecord::getAdHocCommendation,
				YearRecord::commendAdHoc));
		fields.add(yesNo(RecordField.COMPLETED_GRADE, "Hoàn thành chương trình lớp học", YearRecord::getCompletedGrade,
				YearRecord::recordGradeCompletion));
		if (grade == GradeMatrix.LAST_GRADE) {
			fields.add(yesNo(RecordField.COMPLETED_PRIMARY, "Hoàn thành chương trình tiểu học",
					YearRecord::getCompletedPrimary, YearRecord::recordPrimaryCompletion));
		}
		fields.add(yesNo(RecordField.PROMOTED, "Được lên lớp", YearRecord::getPromoted, YearRecord::recordPromotion));
		fields.add(text(RecordField.TEACHER_REMARK, "Nhận xét của giáo viên chủ nhiệm", YearRecord::getTeacherRemark,
				YearRecord::remark));
	}

	private static SheetColumn text(String key, String header, Function<YearRecord, String> get,
			BiConsumer<YearRecord, String> set) {
		return new SheetColumn(key, header, null, SheetValue.TEXT, get, set);
	}

	private static SheetColumn yesNo(String key, String header, Function<YearRecord, Boolean> get,
			BiConsumer<YearRecord, Boolean> set) {
		return new SheetColumn(key, header, null, SheetValue.YES_NO, r -> SheetValue.yesNo(get.apply(r)),
				(r, v) -> set.accept(r, SheetValue.isYes(v)));
	}

	private static String blockHeader(Trait.Block block) {
		return switch (block) {
			case QUALITY -> "Nhận xét phẩm chất";
			case GENERAL_COMPETENCY -> "Nhận xét năng lực chung";
			case SPECIFIC_COMPETENCY -> "Nhận xét năng lực đặc thù";
		};
	}

	private static String code(SubjectLevel level) {
		return level == null ? null : level.code();
	}

	private static String str(Integer value) {
		return value == null ? null : value.toString();
	}

	private static BigDecimal decimal(String value) {
		return value == null ? null : new BigDecimal(value);
	}

	private static Integer integer(String value) {
		return value == null ? null : Integer.valueOf(value);
	}

}
