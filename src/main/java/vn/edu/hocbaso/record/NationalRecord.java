package vn.edu.hocbaso.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A year record in the content of the national XML (DOMAIN.md §5, specification v1.0 of May 2024), grouped
 * as the fields appear: what {@link NationalRecordXml} writes and reads back. {@code null} stands for an
 * element left out. Tag names are in {@link HocBaTags}, not here.
 *
 * <p>v1.0 has no per-subject comment; the subject comments of the paper template are therefore not part of
 * this form.
 */
public record NationalRecord(Header header, School school, PupilDetails pupil, Issue issue, ClassYear classYear,
		List<StudyYear> history, Summary summary, List<SubjectRow> subjects, Map<Trait, TraitLevel> traits,
		String qualityComment, String generalCompetencyComment, String specificCompetencyComment) {

	public NationalRecord {
		history = List.copyOf(history);
		subjects = List.copyOf(subjects);
		Map<Trait, TraitLevel> copy = new EnumMap<>(Trait.class);
		copy.putAll(traits);
		traits = Collections.unmodifiableMap(copy);
	}

	/**
	 * PHIEN_BAN, THONG_TU, MA_TRA_CUU_UUID, MA_TRA_CUU_UUID_THAY_THE, TEN_NAM_HOC, MA_CAP_HOC.
	 *
	 * @param replacesLookupCode the lookup code of the record this one replaces (a replacement before close-off,
	 * a re-issue after a revocation), written right after the record's own [project decision: the registry
	 * supersedes the old record when it accepts this one]; null for a record that replaces none
	 */
	public record Header(String specVersion, String circular, UUID lookupCode, UUID replacesLookupCode,
			String schoolYearName, String educationLevel) {

		/** The header of a record that replaces none. */
		public Header(String specVersion, String circular, UUID lookupCode, String schoolYearName,
				String educationLevel) {
			this(specVersion, circular, lookupCode, null, schoolYearName, educationLevel);
		}

	}

	/** The department and the school with its place (MA_SO_GIAO_DUC … TEN_TINH_THANH_PHO). */
	public record School(String departmentCode, String departmentName, String code, String name, String district,
			String ward, String province) {
	}

	/**
	 * The pupil from SO_SO_DANG_BO to HO_VA_TEN_NGUOI_GIAM_HO, with the year's height, weight and absences.
	 * Decimals are kept without trailing zeros, so that a value reads back equal to what was written.
	 */
	public record PupilDetails(String registrationNumber, String fullName, String personalId, String pupilCode,
			String sex, LocalDate birthDate, BigDecimal weight, BigDecimal height, Integer absencesWithPermission,
			Integer absencesWithoutPermission, String placeOfBirth, String homeTown, String residence,
			String ethnicity, String nationality, String fatherName, String motherName, String guardianName) {

		public PupilDetails {
			weight = plain(weight);
			height = plain(height);
		}

		private static BigDecimal plain(BigDecimal value) {
			if (value == null) {
				return null;
			}
			BigDecimal stripped = value.stripTrailingZeros();
			return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
		}

	}

	/** The principal who signs, where and when the record is made and issued, and the homeroom teacher. */
	public record Issue(String principalName, String principalPersonalId, String principalPosition, String place,
			OffsetDateTime createdAt, OffsetDateTime issuedAt, String homeroomTeacherName,
			String homeroomTeacherPersonalId) {
	}

	/** MA_KHOI, TEN_LOP, NAM_HOC. */
	public record ClassYear(int grade, String className, String schoolYear) {
	}

	/** One row of the study history (QUA_TRINH_HOC_TAP). */
	public record StudyYear(String schoolYear, String className, String schoolName, LocalDate enrolledOn) {
	}

	/** The year's outcome (TONG_KET) apart from the subject table and the qualities and competencies. */
	public record Summary(OverallResult result, Boolean promoted, String completionText, Boolean completedGrade,
			Boolean completedPrimary, String commendation, String adHocCommendation, String teacherRemark) {
	}

	/** One row of the subject table: MA_MON_HOC, TEN_MON_HOC (the subject's name), MUC_DAT_DUOC, the score. */
	public record SubjectRow(Subject subject, SubjectLevel level, Integer score) {
	}

}
