package vn.edu.hocbaso.signing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.Pupil;
import vn.edu.hocbaso.organisation.PupilRepository;
import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.organisation.SchoolClass;
import vn.edu.hocbaso.organisation.SchoolClassRepository;
import vn.edu.hocbaso.organisation.Staff;
import vn.edu.hocbaso.organisation.StaffRepository;
import vn.edu.hocbaso.organisation.StaffRole;
import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.record.YearRecordRepository;
import vn.edu.hocbaso.schoolyear.SchoolYearRepository;

/**
 * What a batch will do, worked out before anything is stored: the certificate (the signer's, usable now), whether
 * its key is on the server, and the records in signing order. A class contributes the records of its class book at
 * the batch's step: for the homeroom teacher every record being prepared, complete or not (an incomplete one is
 * then skipped with the reason, so that the teacher sees it); for the principal those the teacher signed; for the
 * school's issue signature those the principal signed.
 */
@Component
@Transactional(readOnly = true)
class BatchPlanner {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final SigningCertificateRepository certificates;

	private final SigningKeystoreRepository keystores;

	private final StaffRepository staff;

	private final SchoolClassRepository classes;

	private final SchoolYearRepository years;

	private final YearRecordRepository records;

	private final PupilRepository pupils;

	private final Clock clock;

	BatchPlanner(SigningCertificateRepository certificates, SigningKeystoreRepository keystores,
			StaffRepository staff, SchoolClassRepository classes, SchoolYearRepository years,
			YearRecordRepository records, PupilRepository pupils, Clock clock) {
		this.certificates = certificates;
		this.keystores = keystores;
		this.staff = staff;
		this.classes = classes;
		this.years = years;
		this.records = records;
		this.pupils = pupils;
		this.clock = clock;
	}

	/**
	 * @param expectedHolderId the signer (staff ID), or the certificate's school for the issue signature
	 * @param keyOnServer whether the key is kept here (signed with the password) or elsewhere (external signer)
	 */
	record Plan(SigningCertificate certificate, long expectedHolderId, boolean keyOnServer,
			List<BatchRecord> records) {
	}

	/** The plan, or {@link SignatureRefused} when the batch cannot start; nothing is stored either way. */
	Plan plan(BatchRequest request) {

		Staff signer = staff.findWithRolesById(request.staffId())
			.orElseThrow(() -> new SignatureRefused("signing.batch.noCertificate", request.role().block()));
		SigningCertificate certificate = certificate(request, signer);
		checkUsable(certificate);
		long holder = request.role().personal() ? signer.getId() : certificate.getSchoolId();

		List<BatchRecord> chosen = records(request, signer, certificate.getSchoolId());
		if (chosen.isEmpty()) {
			throw new SignatureRefused("signing.batch.nothingToSign", request.role().block());
		}

		return new Plan(certificate, holder, keystores.existsById(certificate.getId()), chosen);
	}

	/** The certificate asked for, or the signer's (the school's, for the clerk) that is usable now. */
	private SigningCertificate certificate(BatchRequest request, Staff signer) {

		CertificateRole role = request.role();
		Long issueSchool = role.personal() ? null : clerkSchool(signer);
		if (request.certificateId() != null) {
			SigningCertificate asked = certificates.findById(request.certificateId())
				.orElseThrow(() -> new SignatureRefused("signing.batch.noCertificate", role.block()));
			checkHolder(asked, role, signer, issueSchool);
			return asked;
		}

		List<SigningCertificate> held = role.personal() ? certificates.findByStaffIdAndRole(signer.getId(), role)
				: certificates.findBySchoolIdAndRole(issueSchool, role);
		Instant now = clock.instant();
		// The usable one if there is one; else the latest, so that the refusal says what is wrong with it.
		return held.stream()
			.filter(certificate -> certificate.usableAt(now))
			.max(Comparator.comparing(SigningCertificate::getId))
			.or(() -> held.stream().max(Comparator.comparing(SigningCertificate::getId)))
			.orElseThrow(() -> new SignatureRefused("signing.batch.noCertificate", role.block()));
	}

	/** The school whose issue signature the clerk adds; only a clerk adds it. */
	private static Long clerkSchool(Staff signer) {
		return signer.getRoles()
			.stream()
			.filter(role -> role.getRole() == Role.SCHOOL_CLERK)
			.map(role -> role.getSchool() != null ? role.getSchool() : signer.getSchool())
			.filter(Objects::nonNull)
			.map(school -> school.getId())
			.findFirst()
			.orElseThrow(() -> new SignatureRefused("signing.refused.notASigner", signer.getFullName(),
					CertificateRole.SCHOOL_ISSUE.block()));
	}

	private static void checkHolder(SigningCertificate certificate, CertificateRole role, Staff signer,
			Long issueSchool) {

		if (certificate.getRole() != role) {
			throw new SignatureRefused("signing.refused.wrongRole", role.block());
		}
		if (role.personal() && !signer.getId().equals(certificate.getStaffId())) {
			throw new SignatureRefused("signing.refused.otherPerson", certificate.getSubject(), role.block());
		}
		if (!role.personal() && !certificate.getSchoolId().equals(issueSchool)) {
			throw new SignatureRefused("signing.refused.otherSchool", certificate.getSubject());
		}
	}

	private void checkUsable(SigningCertificate certificate) {

		Instant now = clock.instant();
		if (certificate.getStatus() == SigningCertificate.Status.REVOKED) {
			throw new SignatureRefused("signing.refused.revoked", certificate.getSubject());
		}
		if (now.isBefore(certificate.getNotBefore()) || !now.isBefore(certificate.getNotAfter())) {
			throw new SignatureRefused("signing.refused.expired", certificate.getSubject());
		}
		if (!certificate.usableAt(now)) {
			throw new SignatureRefused("signing.refused.notApproved", certificate.getSubject());
		}
	}

	private List<BatchRecord> records(BatchRequest request, Staff signer, long schoolId) {
		return switch (request.scope()) {
			case CLASSES -> ofClasses(request, signer, schoolId, classesById(request.ids()));
			case SCHOOL -> ofClasses(request, signer, schoolId, classesOfSchool(request.ids(), schoolId));
			case RECORDS -> ofRecords(request, signer, schoolId);
		};
	}

	private List<SchoolClass> classesById(List<Long> classIds) {

		Map<Long, SchoolClass> found = classes.findAllById(classIds)
			.stream()
			.collect(Collectors.toMap(SchoolClass::getId, Function.identity()));
		return classIds.stream()
			.distinct()
			.map(id -> {
				SchoolClass schoolClass = found.get(id);
				if (schoolClass == null) {
					throw new SignatureRefused("signing.batch.unknownClass", id);
				}
				return schoolClass;
			})
			.toList();
	}

	/** Every class of the school's current year; a school other than the certificate's is refused. */
	private List<SchoolClass> classesOfSchool(List<Long> ids, long certificateSchool) {

		if (ids.size() != 1 || ids.get(0) != certificateSchool) {
			throw new SignatureRefused("signing.batch.otherSchool");
		}
		return years.findCurrent(LocalDate.now(clock.withZone(VIETNAM)))
			.map(year -> classes.findBySchoolAndYear(certificateSchool, year.getId()))
			.orElse(List.of());
	}

	private List<BatchRecord> ofClasses(BatchRequest request, Staff signer, long schoolId,
			List<SchoolClass> chosen) {

		List<YearRecord> atStep = new ArrayList<>();
		for (SchoolClass schoolClass : chosen) {
			checkClass(request.role(), signer, schoolId, schoolClass);
			records.findInClassBook(schoolClass.getId())
				.stream()
				.filter(record -> atStep(request.role(), record.getState()))
				.forEach(atStep::add);
		}
		return named(atStep, chosen);
	}

	private List<BatchRecord> ofRecords(BatchRequest request, Staff signer, long schoolId) {

		Map<Long, YearRecord> found = records.findAllById(request.ids())
			.stream()
			.collect(Collectors.toMap(YearRecord::getId, Function.identity()));
		List<YearRecord> chosen = request.ids().stream().distinct().map(id -> {
			YearRecord record = found.get(id);
			if (record == null) {
				throw new SignatureRefused("signing.batch.unknownRecord", id);
			}
			return record;
		}).toList();

		List<SchoolClass> ofRecords = classesById(chosen.stream().map(YearRecord::getClassId).distinct().toList());
		ofRecords.forEach(schoolClass -> checkClass(request.role(), signer, schoolId, schoolClass));
		return named(chosen, ofRecords);
	}

	/**
	 * Whose class it is: the homeroom teacher signs her own classes, the principal and the clerk those of the
	 * certificate's school. Checked before any pupil's name is put in the batch.
	 */
	private void checkClass(CertificateRole role, Staff signer, long schoolId, SchoolClass schoolClass) {

		boolean allowed = schoolClass.getSchool().getId() == schoolId;
		if (role == CertificateRole.TEACHER) {
			allowed = allowed && signer.getRoles()
				.stream()
				.filter(granted -> granted.getRole() == Role.HOMEROOM_TEACHER)
				.map(StaffRole::getSchoolClass)
				.anyMatch(own -> own != null && own.getId().equals(schoolClass.getId()));
		}
		if (!allowed) {
			throw new SignatureRefused("signing.batch.notYourClass", schoolClass.getName());
		}
	}

	private static boolean atStep(CertificateRole role, RecordState state) {
		return switch (role) {
			case TEACHER -> state.isInPreparation();
			case PRINCIPAL -> state == RecordState.SIGNED_BY_TEACHER;
			case SCHOOL_ISSUE -> state == RecordState.SIGNED_BY_PRINCIPAL;
		};
	}

	private List<BatchRecord> named(List<YearRecord> chosen, Collection<SchoolClass> of) {

		Map<Long, String> classNames = new LinkedHashMap<>();
		of.forEach(schoolClass -> classNames.put(schoolClass.getId(), schoolClass.getName()));
		Map<Long, String> pupilNames = pupils.findAllById(chosen.stream().map(YearRecord::getPupilId).toList())
			.stream()
			.collect(Collectors.toMap(Pupil::getId, Pupil::getFullName));

		return chosen.stream()
			.map(record -> new BatchRecord(record.getId(), record.getClassId(),
					pupilNames.getOrDefault(record.getPupilId(), ""), classNames.get(record.getClassId())))
			.toList();
	}

}
