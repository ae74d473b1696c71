package vn.edu.hocbaso.record;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds the national form of a year record from the record and what the organisation knows: the school, the
 * pupil's identity, who signs, the class and the study history.
 */
public final class NationalRecords {

	private NationalRecords() {
	}

	/**
	 * @param record the year record, normally one that passed the checks
	 * @param context what the record does not hold itself; the pupil's height, weight and absences in it are
	 * replaced by the record's
	 */
	public static NationalRecord from(YearRecord record, Context context) {
		return from(record, context, null);
	}

	/** The same for a record that replaces the one with {@code replacesLookupCode} (null: none). */
	public static NationalRecord from(YearRecord record, Context context, UUID replacesLookupCode) {

		NationalRecord.Header header = new NationalRecord.Header(HocBaTags.SPEC_VERSION, HocBaTags.CIRCULAR,
				record.getLookupCode(), replacesLookupCode, context.schoolYearName(), HocBaTags.PRIMARY);
		NationalRecord.ClassYear classYear = new NationalRecord.ClassYear(record.getGrade(), context.className(),
				context.schoolYearName());

		return new NationalRecord(header, context.school(), pupil(record, context.pupil()), context.issue(),
				classYear, context.history(), summary(record), subjects(record), record.traitLevels(),
				record.blockComment(Trait.Block.QUALITY), record.blockComment(Trait.Block.GENERAL_COMPETENCY),
				record.blockComment(Trait.Block.SPECIFIC_COMPETENCY));
	}

	private static NationalRecord.PupilDetails pupil(YearRecord record, NationalRecord.PupilDetails identity) {
		return new NationalRecord.PupilDetails(identity.registrationNumber(), identity.fullName(),
				identity.personalId(), identity.pupilCode(), identity.sex(), identity.birthDate(), record.getWeight(),
				record.getHeight(), record.getAbsencesWithPermission(), record.getAbsencesWithoutPermission(),
				identity.placeOfBirth(), identity.homeTown(), identity.residence(), identity.ethnicity(),
				identity.nationality(), identity.fatherName(), identity.motherName(), identity.guardianName());
	}

	private static NationalRecord.Summary summary(YearRecord record) {
		return new NationalRecord.Summary(record.getConfirmedResult(), record.getPromoted(), completionText(record),
				record.getCompletedGrade(), record.getCompletedPrimary(), record.getCommendation(),
				record.getAdHocCommendation(), record.getTeacherRemark());
	}

	/** The wording of the paper template: "Hoàn thành chương trình lớp 4", "… chương trình tiểu học". */
	static String completionText(YearRecord record) {

		boolean lastGrade = record.getGrade() == GradeMatrix.LAST_GRADE;
		Boolean completed = lastGrade ? record.getCompletedPrimary() : record.getCompletedGrade();
		if (completed == null) {
			return null;
		}
		String programme = lastGrade ? "chương trình tiểu học" : "chương trình lớp " + record.getGrade();

		return (completed ? "Hoàn thành " : "Chưa hoàn thành ") + programme;
	}

	/** The subjects the pupil was assessed in, in the order of the record. */
	private static List<NationalRecord.SubjectRow> subjects(YearRecord record) {

		List<NationalRecord.SubjectRow> rows = new ArrayList<>();
		for (GradeMatrix.Offer offer : GradeMatrix.subjectsOf(record.getGrade())) {
			SubjectResult result = record.subjectResult(offer.subject());
			if (result.level() != null) {
				Integer score = offer.tested() ? result.score() : null;
				rows.add(new NationalRecord.SubjectRow(offer.subject(), result.level(), score));
			}
		}

		return rows;
	}

	/**
	 * What the national form needs beyond the year record.
	 *
	 * @param pupil the pupil's identity; height, weight and absences are taken from the record
	 */
	public record Context(String schoolYearName, String className, NationalRecord.School school,
			NationalRecord.PupilDetails pupil, NationalRecord.Issue issue, List<NationalRecord.StudyYear> history) {
	}

}
