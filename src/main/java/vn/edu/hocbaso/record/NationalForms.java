package vn.edu.hocbaso.record;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.Department;
import vn.edu.hocbaso.organisation.Enrolment;
import vn.edu.hocbaso.organisation.EnrolmentRepository;
import vn.edu.hocbaso.organisation.Guardian;
import vn.edu.hocbaso.organisation.Pupil;
import vn.edu.hocbaso.organisation.PupilRepository;
import vn.edu.hocbaso.organisation.School;
import vn.edu.hocbaso.organisation.SchoolClass;
import vn.edu.hocbaso.organisation.SchoolClassRepository;
import vn.edu.hocbaso.organisation.Sex;
import vn.edu.hocbaso.organisation.Staff;
import vn.edu.hocbaso.organisation.StaffRepository;

/**
 * The national form of a stored record, with the school, the pupil's identity, the study history and the
 * signers taken from the organisation.
 */
@Service
@Transactional(readOnly = true)
public class NationalForms {

	/** CHUC_VU_GIAM_HIEU_KY_HOC_BA when the signer's position is not recorded. */
	private static final String DEFAULT_POSITION = "Hiệu trưởng";

	private final YearRecordRepository records;

	private final PupilRepository pupils;

	private final SchoolClassRepository classes;

	private final EnrolmentRepository enrolments;

	private final StaffRepository staff;

	private final Clock clock;

	NationalForms(YearRecordRepository records, PupilRepository pupils, SchoolClassRepository classes,
			EnrolmentRepository enrolments, StaffRepository staff, Clock clock) {
		this.records = records;
		this.pupils = pupils;
		this.classes = classes;
		this.enrolments = enrolments;
		this.staff = staff;
		this.clock = clock;
	}

	/**
	 * @param principalStaffId the principal or delegated manager who signs (CBQL)
	 * @param issuedAt when the school issues the record (NGAY_KY_PHAT_HANH_HOC_BA)
	 */
	public NationalRecord of(long recordId, long principalStaffId, OffsetDateTime issuedAt) {

		YearRecord record = records.findById(recordId)
			.orElseThrow(() -> new IllegalArgumentException("No record " + recordId));
		SchoolClass schoolClass = classes.findWithSchoolById(record.getClassId()).orElseThrow();
		Pupil pupil = pupils.findById(record.getPupilId()).orElseThrow();
		List<Enrolment> history = enrolments.findHistoryOfPupil(pupil.getId());

		String registration = registrationNumber(history, schoolClass);
		List<NationalRecord.StudyYear> years = history.stream().map(NationalForms::studyYear).toList();
		NationalRecords.Context context = new NationalRecords.Context(schoolClass.getSchoolYear().getName(),
				schoolClass.getName(), school(schoolClass.getSchool()), pupil(pupil, registration),
				issue(schoolClass, principalStaffId, issuedAt), years);

		// A replacement (or a re-issue after a revocation) names the record it replaces, for the registry.
		UUID replaces = record.getReplacesId() == null ? null
				: records.findById(record.getReplacesId()).map(YearRecord::getLookupCode).orElse(null);
		return NationalRecords.from(record, context, replaces);
	}

	public byte[] xml(long recordId, long principalStaffId, OffsetDateTime issuedAt) {
		return NationalRecordXml.write(of(recordId, principalStaffId, issuedAt));
	}

	/**
	 * Since the reorganisation of 1 July 2025 wards and communes sit directly under the province, while
	 * specification v1.0 still asks for a district (TEN_QUAN_HUYEN): the province stands in for it until the
	 * updated specification says otherwise.
	 */
	private static NationalRecord.School school(School school) {
		Department department = school.getUnit().getDepartment();
		return new NationalRecord.School(department.getCode(), department.getName(), school.getMinistryCode(),
				school.getName(), department.getProvinceName(), school.getUnit().getName(),
				department.getProvinceName());
	}

	private static NationalRecord.PupilDetails pupil(Pupil pupil, String registrationNumber) {
		return new NationalRecord.PupilDetails(registrationNumber, pupil.getFullName(), pupil.getPersonalId(),
				pupil.getMinistryCode(), pupil.getSex() == Sex.F ? "Nữ" : "Nam", pupil.getBirthDate(), null, null,
				null, null, pupil.getPlaceOfBirth(), pupil.getHomeTown(), pupil.getResidence(), pupil.getEthnicity(),
				pupil.getNationality(), guardian(pupil, Guardian.Relation.FATHER),
				guardian(pupil, Guardian.Relation.MOTHER), guardian(pupil, Guardian.Relation.GUARDIAN));
	}

	private NationalRecord.Issue issue(SchoolClass schoolClass, long principalStaffId, OffsetDateTime issuedAt) {

		Staff principal = staff.findById(principalStaffId)
			.orElseThrow(() -> new IllegalArgumentException("No staff " + principalStaffId));
		Optional<Staff> teacher = staff.findHomeroomTeacher(schoolClass.getId());
		String position = principal.getPosition() == null ? DEFAULT_POSITION : principal.getPosition();
		String place = schoolClass.getSchool().getUnit().getDepartment().getProvinceName();

		return new NationalRecord.Issue(principal.getFullName(), principal.getPersonalId(), position, place,
				OffsetDateTime.now(clock), issuedAt, teacher.map(Staff::getFullName).orElse(null),
				teacher.map(Staff::getPersonalId).orElse(null));
	}

	private static String registrationNumber(List<Enrolment> history, SchoolClass schoolClass) {
		return history.stream()
			.filter(enrolment -> enrolment.getSchoolClass().getId().equals(schoolClass.getId()))
			.reduce((first, second) -> second)
			.map(Enrolment::getRegistrationNumber)
			.orElse(null);
	}

	private static NationalRecord.StudyYear studyYear(Enrolment enrolment) {
		SchoolClass schoolClass = enrolment.getSchoolClass();
		return new NationalRecord.StudyYear(schoolClass.getSchoolYear().getName(), schoolClass.getName(),
				schoolClass.getSchool().getName(), enrolment.getEnrolledOn());
	}

	private static String guardian(Pupil pupil, Guardian.Relation relation) {
		return pupil.getGuardians().stream()
			.filter(guardian -> guardian.getRelation() == relation)
			.map(Guardian::getFullName)
			.findFirst()
			.orElse(null);
	}

}
