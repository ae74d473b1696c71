package vn.edu.hocbaso.signing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.edu.hocbaso.organisation.Pupil;
import vn.edu.hocbaso.organisation.PupilRepository;
import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.organisation.School;
import vn.edu.hocbaso.organisation.SchoolClass;
import vn.edu.hocbaso.organisation.SchoolClassRepository;
import vn.edu.hocbaso.organisation.SchoolRepository;
import vn.edu.hocbaso.organisation.Staff;
import vn.edu.hocbaso.organisation.StaffRepository;
import vn.edu.hocbaso.organisation.VietnameseOrder;
import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.record.YearRecordRepository;
import vn.edu.hocbaso.security.CurrentUser;

/**
 * What the signing pages show, read in one transaction: which step the signed-in person signs for a class, a
 * school or one record, what that step will sign and what it will skip and why, and the certificate she signs
 * with. The batch itself checks everything again when it signs; this is what the person sees before she clicks.
 */
@Service
@Transactional(readOnly = true)
class SigningPages {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private static final Set<RecordState> SET_ASIDE = EnumSet.of(RecordState.WITHDRAWN, RecordState.SUPERSEDED,
			RecordState.REVOKED);

	/**
	 * The classes with records of a school's years that still have records not issued: the classes a signing step
	 * may touch, and beside them the classes of the same year already past it, so that a class does not vanish
	 * from the page once it is signed.
	 */
	private static final String CLASSES_OF_YEARS_WITH_WORK = """
			select distinct r.class_id from year_record r join school_class c on c.id = r.class_id
			where c.school_id = ? and c.school_year_id in (
				select w.school_year_id from year_record q join school_class w on w.id = q.class_id
				where w.school_id = ?
				and q.state in ('DRAFT', 'REJECTED', 'SIGNED_BY_TEACHER', 'SIGNED_BY_PRINCIPAL'))""";

	private final YearRecordRepository records;

	private final SchoolClassRepository classes;

	private final SchoolRepository schools;

	private final PupilRepository pupils;

	private final StaffRepository staff;

	private final SigningCertificateRepository certificates;

	private final SigningKeystoreRepository keystores;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	SigningPages(YearRecordRepository records, SchoolClassRepository classes, SchoolRepository schools,
			PupilRepository pupils, StaffRepository staff, SigningCertificateRepository certificates,
			SigningKeystoreRepository keystores, Clock clock, JdbcTemplate jdbc) {
		this.records = records;
		this.classes = classes;
		this.schools = schools;
		this.pupils = pupils;
		this.staff = staff;
		this.certificates = certificates;
		this.keystores = keystores;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** What the step does with one record. */
	enum Outcome {
		/** The step signs it. */
		SIGN,
		/** It is not ready for the step: left as it is, with the reason. */
		SKIP,
		/** The step signed it already. */
		DONE
	}

	/** One record on a signing page. */
	record RecordRow(long recordId, long pupilId, String pupilName, RecordState state, Outcome outcome,
			String reasonKey) {
	}

	/**
	 * The certificate the person signs with; {@code keyOnServer} when its key is kept here (a password opens it),
	 * otherwise the batch hands out digests for an external signer.
	 */
	record SignerCertificate(long id, String subject, String serial, String validity, boolean keyOnServer) {
	}

	/**
	 * A class's page: the step (role) the person signs, the other steps she could sign here, the records.
	 *
	 * @param certificate her usable certificate for the role, or null
	 */
	record ClassSigning(long classId, String className, long schoolId, String schoolName, CertificateRole role,
			List<CertificateRole> roles, List<RecordRow> records, long withdrawn, SignerCertificate certificate) {

		public long toSign() {
			return count(records, Outcome.SIGN);
		}

		public long toSkip() {
			return count(records, Outcome.SKIP);
		}

		public long done() {
			return count(records, Outcome.DONE);
		}

	}

	/**
	 * One class on the school's page, with how many of its records the step signs, how many are not ready for it
	 * (skipped when the class is signed) and how many are signed at this step or past it.
	 */
	record ClassLine(long classId, String className, int grade, long toSign, long toSkip, long done) {

		boolean waits() {
			return toSign > 0;
		}

	}

	record SchoolSigning(long schoolId, String schoolName, CertificateRole role, List<CertificateRole> roles,
			List<ClassLine> classes, SignerCertificate certificate) {

		public long toSign() {
			return classes.stream().mapToLong(ClassLine::toSign).sum();
		}

		/** The classes with records waiting for this signature: those chosen at first. */
		public long classesToSign() {
			return classes.stream().filter(ClassLine::waits).count();
		}

		/** The records of the waiting classes that are not ready for this signature: signing those skips them. */
		public long toSkip() {
			return classes.stream().filter(ClassLine::waits).mapToLong(ClassLine::toSkip).sum();
		}

		/** The records of the other classes, none ready for this signature yet (an earlier one is missing). */
		public long notReadyElsewhere() {
			return classes.stream().filter(line -> !line.waits()).mapToLong(ClassLine::toSkip).sum();
		}

	}

	record RecordSigning(long recordId, long classId, String className, String schoolName, CertificateRole role,
			List<CertificateRole> roles, RecordRow record, SignerCertificate certificate) {
	}

	ClassSigning classPage(long classId, CurrentUser user, CertificateRole asked) {

		SchoolClass schoolClass = classes.findWithSchoolById(classId).orElseThrow(Missing::new);
		List<CertificateRole> roles = rolesInClass(user, schoolClass);
		List<YearRecord> current = currentRecords(classId);
		Map<Long, String> names = pupilNames(current);
		CertificateRole role = chosen(asked, roles,
				candidate -> current.stream().anyMatch(r -> outcome(r, candidate, true) == Outcome.SIGN));

		List<RecordRow> rows = current.stream()
			.map(record -> row(record, names, role, true))
			.sorted(Comparator.comparing(RecordRow::pupilName, VietnameseOrder.NAMES))
			.toList();
		School school = schoolClass.getSchool();

		return new ClassSigning(classId, schoolClass.getName(), school.getId(), school.getName(), role, roles, rows,
				withdrawn(classId), certificate(user, school.getId(), role).orElse(null));
	}

	SchoolSigning schoolPage(long schoolId, CurrentUser user, CertificateRole asked) {

		School school = schools.findById(schoolId).orElseThrow(Missing::new);
		List<CertificateRole> roles = boardRoles(user, schoolId);
		if (roles.isEmpty()) {
			throw new NotYours();
		}
		Map<SchoolClass, List<YearRecord>> byClass = recordsOfSchool(schoolId);
		CertificateRole role = chosen(asked, roles, candidate -> byClass.values().stream()
			.flatMap(List::stream)
			.anyMatch(r -> outcome(r, candidate, true) == Outcome.SIGN));

		List<ClassLine> lines = byClass.entrySet().stream()
			.map(entry -> line(entry.getKey(), entry.getValue(), role))
			.sorted(Comparator.comparingInt(ClassLine::grade).thenComparing(ClassLine::className))
			.toList();

		return new SchoolSigning(schoolId, school.getName(), role, roles, lines,
				certificate(user, schoolId, role).orElse(null));
	}

	/** The class's name when it is a class of the school (listed on its page or not); empty otherwise. */
	Optional<String> classOfSchool(long classId, long schoolId) {
		return classes.findWithSchoolById(classId)
			.filter(schoolClass -> schoolClass.getSchool().getId() == schoolId)
			.map(SchoolClass::getName);
	}

	RecordSigning recordPage(long recordId, CurrentUser user, CertificateRole asked) {

		YearRecord record = records.findById(recordId).orElseThrow(Missing::new);
		SchoolClass schoolClass = classes.findWithSchoolById(record.getClassId()).orElseThrow(Missing::new);
		List<CertificateRole> roles = rolesInClass(user, schoolClass);
		CertificateRole role = chosen(asked, roles, candidate -> outcome(record, candidate, false) == Outcome.SIGN);
		School school = schoolClass.getSchool();

		return new RecordSigning(recordId, schoolClass.getId(), schoolClass.getName(), school.getName(), role, roles,
				row(record, pupilNames(List.of(record)), role, false),
				certificate(user, school.getId(), role).orElse(null));
	}

	/**
	 * The steps the person may sign in a class: the homeroom teacher's, the board's (principal, vice principal),
	 * the school's issue (its clerk). None: the class is not hers, answered 403.
	 */
	private List<CertificateRole> rolesInClass(CurrentUser user, SchoolClass schoolClass) {

		List<CertificateRole> roles = new ArrayList<>();
		boolean homeroom = staff.findHomeroomTeacher(schoolClass.getId())
			.map(Staff::getId)
			.filter(id -> id.equals(user.getStaffId()))
			.isPresent();
		if (homeroom) {
			roles.add(CertificateRole.TEACHER);
		}
		roles.addAll(boardRoles(user, schoolClass.getSchool().getId()));
		if (roles.isEmpty()) {
			throw new NotYours();
		}

		return roles;
	}

	private static List<CertificateRole> boardRoles(CurrentUser user, long schoolId) {

		List<CertificateRole> roles = new ArrayList<>();
		if (!user.getScope().schoolIds().contains(schoolId)) {
			return roles;
		}
		if (user.hasRole(Role.PRINCIPAL) || user.hasRole(Role.VICE_PRINCIPAL)) {
			roles.add(CertificateRole.PRINCIPAL);
		}
		if (user.hasRole(Role.SCHOOL_CLERK)) {
			roles.add(CertificateRole.SCHOOL_ISSUE);
		}

		return roles;
	}

	/**
	 * The step asked for when the person may sign it; otherwise the first of hers that has something to sign,
	 * or her first: a principal who is also a homeroom teacher sees the step her records wait for.
	 */
	private static CertificateRole chosen(CertificateRole asked, List<CertificateRole> roles,
			Predicate<CertificateRole> hasWork) {
		if (asked != null && roles.contains(asked)) {
			return asked;
		}
		return roles.stream().filter(hasWork).findFirst().orElse(roles.get(0));
	}

	/** The usable certificate of the signer for the role: hers, or her school's for the issue signature. */
	Optional<SignerCertificate> certificate(CurrentUser user, long schoolId, CertificateRole role) {

		Instant now = clock.instant();
		List<SigningCertificate> held = role.personal() ? certificates.findByStaffIdAndRole(user.getStaffId(), role)
				: certificates.findBySchoolIdAndRole(schoolId, role);

		return held.stream()
			.filter(certificate -> certificate.getSchoolId() == schoolId && certificate.usableAt(now))
			.max(Comparator.comparing(SigningCertificate::getId))
			.map(certificate -> new SignerCertificate(certificate.getId(), certificate.getSubject(),
					certificate.getSerialNumber(),
					DAY.format(certificate.getNotBefore()) + " – " + DAY.format(certificate.getNotAfter()),
					keystores.existsById(certificate.getId())));
	}

	private ClassLine line(SchoolClass schoolClass, List<YearRecord> inClass, CertificateRole role) {
		List<Outcome> outcomes = inClass.stream().map(record -> outcome(record, role, true)).toList();
		return new ClassLine(schoolClass.getId(), schoolClass.getName(), schoolClass.getGrade(),
				outcomes.stream().filter(Outcome.SIGN::equals).count(),
				outcomes.stream().filter(Outcome.SKIP::equals).count(),
				outcomes.stream().filter(Outcome.DONE::equals).count());
	}

	private static RecordRow row(YearRecord record, Map<Long, String> names, CertificateRole role,
			boolean classWide) {
		Outcome outcome = outcome(record, role, classWide);
		return new RecordRow(record.getId(), record.getPupilId(), names.getOrDefault(record.getPupilId(), ""),
				record.getState(), outcome, outcome == Outcome.SKIP ? skipReason(record, role, classWide) : null);
	}

	/**
	 * What the step does with the record, as the approval steps rule (DESIGN.md §5): the teacher signs complete
	 * records being prepared, the board what the teacher signed, the school what the board signed. A class-wide
	 * batch leaves the records held for supplementary evaluation: they are signed one by one later.
	 */
	static Outcome outcome(YearRecord record, CertificateRole role, boolean classWide) {

		RecordState state = record.getState();
		if (classWide && record.isHeldForSupplementary() && state.isInPreparation()) {
			return Outcome.SKIP;
		}

		return switch (role) {
			case TEACHER -> state.isInPreparation() ? (record.isComplete() ? Outcome.SIGN : Outcome.SKIP)
					: Outcome.DONE;
			case PRINCIPAL -> state == RecordState.SIGNED_BY_TEACHER ? Outcome.SIGN
					: state.isInPreparation() ? Outcome.SKIP : Outcome.DONE;
			case SCHOOL_ISSUE -> state == RecordState.SIGNED_BY_PRINCIPAL ? Outcome.SIGN
					: state.isInPreparation() || state == RecordState.SIGNED_BY_TEACHER ? Outcome.SKIP
							: Outcome.DONE;
		};
	}

	private static String skipReason(YearRecord record, CertificateRole role, boolean classWide) {
		if (classWide && record.isHeldForSupplementary()) {
			return "signing.page.skip.held";
		}
		return switch (role) {
			case TEACHER -> "signing.page.skip.incomplete";
			case PRINCIPAL -> "signing.page.skip.notSignedByTeacher";
			case SCHOOL_ISSUE -> "signing.page.skip.notSignedByPrincipal";
		};
	}

	/** The class's records that are the pupils' records of the year (not set aside, no pending replacement). */
	private List<YearRecord> currentRecords(long classId) {
		return records.findByClassIdOrderById(classId)
			.stream()
			.filter(record -> !SET_ASIDE.contains(record.getState()) && !record.isPendingReplacement())
			.toList();
	}

	/**
	 * The withdrawn records of the class, which no step signs any more: a replacement set aside before it was
	 * accepted never was a pupil's record and is not counted.
	 */
	private long withdrawn(long classId) {
		return records.findByClassIdOrderById(classId)
			.stream()
			.filter(record -> record.getState() == RecordState.WITHDRAWN && !record.isPendingReplacement())
			.count();
	}

	/**
	 * The school's classes of the school years with records not yet issued, each with its current records: those
	 * waiting, those not ready and those past the step alike.
	 */
	private Map<SchoolClass, List<YearRecord>> recordsOfSchool(long schoolId) {

		Map<SchoolClass, List<YearRecord>> byClass = new LinkedHashMap<>();
		for (long classId : jdbc.queryForList(CLASSES_OF_YEARS_WITH_WORK, Long.class, schoolId, schoolId)) {
			SchoolClass schoolClass = classes.findWithSchoolById(classId).orElseThrow(Missing::new);
			List<YearRecord> current = currentRecords(classId);
			if (!current.isEmpty()) {
				byClass.put(schoolClass, current);
			}
		}

		return byClass;
	}

	private Map<Long, String> pupilNames(List<YearRecord> of) {
		return pupils.findAllById(of.stream().map(YearRecord::getPupilId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Pupil::getId, Pupil::getFullName));
	}

	private static long count(List<RecordRow> rows, Outcome outcome) {
		return rows.stream().filter(row -> row.outcome() == outcome).count();
	}

	/** No such class, school or record. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class Missing extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Missing() {
			super("Nothing to sign with that id");
		}

	}

	/** A class, school or record whose signature is not the person's: 403, as elsewhere in the application. */
	@ResponseStatus(HttpStatus.FORBIDDEN)
	static class NotYours extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotYours() {
			super("The person signs no step here");
		}

	}

}
