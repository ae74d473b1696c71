package vn.edu.hocbaso.record;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which subjects each grade teaches, which are electives and which end with a periodic test (DOMAIN.md §2.2,
 * Circular 27/2020 Art. 7, Decision 2904 splitting Informatics and Technology into two rows). This table is
 * the only place that knows; a change of programme is an edit here.
 */
public final class GradeMatrix {

	public static final int FIRST_GRADE = 1;

	public static final int LAST_GRADE = 5;

	/**
	 * One cell per grade 1–5: {@code T} taught and tested at the end of the year, {@code C} taught, no test,
	 * {@code E} elective, no test (only electives a pupil takes are recorded), {@code .} not taught.
	 */
	private static final Map<Subject, String> TABLE = table(
			Subject.TV,        "TTTTT",
			Subject.TOAN,      "TTTTT",
			Subject.NN1,       "EETTT",
			Subject.LSDL,      "...TT",
			Subject.KH,        "...TT",
			Subject.TIN_HOC,   "..TTT",
			Subject.CONG_NGHE, "..TTT",
			Subject.DAO_DUC,   "CCCCC",
			Subject.TNXH,      "CCC..",
			Subject.GDTC,      "CCCCC",
			Subject.AM_NHAC,   "CCCCC",
			Subject.MI_THUAT,  "CCCCC",
			Subject.HDTN,      "CCCCC",
			Subject.TIENG_DT,  "EEEEE");

	/** The Informatics and Technology competencies are assessed only from the grade that teaches them. */
	private static final int FIRST_GRADE_OF_ICT_COMPETENCIES = 3;

	private GradeMatrix() {
	}

	/** The subjects of a grade in the order of the record, electives included. */
	public static List<Offer> subjectsOf(int grade) {

		checkGrade(grade);
		List<Offer> offers = new ArrayList<>();
		TABLE.forEach((subject, cells) -> offerOf(subject, cells.charAt(grade - 1)).ifPresent(offers::add));

		return offers;
	}

	public static Optional<Offer> offer(Subject subject, int grade) {
		checkGrade(grade);
		return offerOf(subject, TABLE.get(subject).charAt(grade - 1));
	}

	/** Whether a quality or competency must be assessed in a grade; the others may be left blank. */
	public static boolean isRequired(Trait trait, int grade) {

		checkGrade(grade);
		boolean ictCompetency = trait == Trait.CONG_NGHE || trait == Trait.TIN_HOC;

		return !ictCompetency || grade >= FIRST_GRADE_OF_ICT_COMPETENCIES;
	}

	public static boolean isGrade(int grade) {
		return grade >= FIRST_GRADE && grade <= LAST_GRADE;
	}

	private static Optional<Offer> offerOf(Subject subject, char cell) {
		return switch (cell) {
			case 'T' -> Optional.of(new Offer(subject, false, true));
			case 'C' -> Optional.of(new Offer(subject, false, false));
			case 'E' -> Optional.of(new Offer(subject, true, false));
			default -> Optional.empty();
		};
	}

	private static void checkGrade(int grade) {
		if (!isGrade(grade)) {
			throw new IllegalArgumentException("Primary grades are 1 to 5, not " + grade);
		}
	}

	private static Map<Subject, String> table(Object... cells) {

		Map<Subject, String> table = new EnumMap<>(Subject.class);
		for (int i = 0; i < cells.length; i += 2) {
			table.put((Subject) cells[i], (String) cells[i + 1]);
		}
		if (table.size() != Subject.values().length) {
			throw new IllegalStateException("Every subject needs a row in the grade matrix");
		}

		return table;
	}

	/**
	 * A subject as a grade offers it.
	 *
	 * @param subject the subject
	 * @param elective whether pupils may take it or not; an elective not taken is not recorded
	 * @param tested whether the end-of-year periodic test score (điểm KTĐK) goes into the record
	 */
	public record Offer(Subject subject, boolean elective, boolean tested) {
	}

}
