package vn.edu.hocbaso.signing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.organisation.School;
import vn.edu.hocbaso.organisation.SchoolRepository;
import vn.edu.hocbaso.organisation.Staff;
import vn.edu.hocbaso.organisation.StaffRepository;

/**
 * What the certificates pages show, read in one transaction: the certificates of some schools with their
 * holders and how they stand, and per school who should sign but holds no valid certificate.
 */
@Service
@Transactional(readOnly = true)
class CertificatePages {

	/** A certificate this close to its end is shown as expiring, so that a new one is requested in time. */
	static final Duration EXPIRING = Duration.ofDays(30);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private static final EnumSet<Role> TEACHERS = EnumSet.of(Role.HOMEROOM_TEACHER);

	private static final EnumSet<Role> BOARD = EnumSet.of(Role.PRINCIPAL, Role.VICE_PRINCIPAL);

	private final SigningCertificateRepository certificates;

	private final CertificateAuthority authority;

	private final StaffRepository staff;

	private final SchoolRepository schools;

	private final SigningKeystoreRepository keystores;

	private final Clock clock;

	CertificatePages(SigningCertificateRepository certificates, CertificateAuthority authority,
			StaffRepository staff, SchoolRepository schools, SigningKeystoreRepository keystores, Clock clock) {
		this.keystores = keystores;
		this.certificates = certificates;
		this.authority = authority;
		this.staff = staff;
		this.schools = schools;
		this.clock = clock;
	}

	/** How a certificate stands today, as the page says it. */
	enum Standing {
		VALID, EXPIRING, EXPIRED, REVOKED, REQUESTED, REFUSED
	}

	/** One line of the list; {@code holder} is the person's name, or the school's for an issue certificate. */
	record CertificateRow(Long id, String schoolName, Long schoolId, String holder, Long staffId,
			CertificateRole role, String serial, String validity, Standing standing, SigningCertificate.Origin origin,
			String refusalReason, boolean keyOnServer) {

		public boolean revocable() {
			return standing != Standing.REVOKED && standing != Standing.REFUSED && standing != Standing.EXPIRED;
		}

	}

	/** A school's signers without a valid certificate, with the totals the counts are out of. */
	record SchoolSigners(Long schoolId, String schoolName, String schoolCode, List<StaffWithoutCertificate> missing,
			long teachers, long teachersWithout, long board, long boardWithout) {
	}

	List<CertificateRow> certificates(Collection<Long> schoolIds) {
		return rows(certificates.findBySchoolIdInOrderBySchoolIdAscRoleAscIdDesc(schoolIds));
	}

	List<CertificateRow> holderCertificates(long staffId) {
		return rows(certificates.findByStaffIdOrderByIdDesc(staffId));
	}

	/** The issue certificates of the schools, newest first: those the schools' clerk holds for the school. */
	List<CertificateRow> schoolIssueCertificates(Collection<Long> schoolIds) {
		return rows(certificates.findBySchoolIdInOrderBySchoolIdAscRoleAscIdDesc(schoolIds).stream()
			.filter(certificate -> certificate.getRole() == CertificateRole.SCHOOL_ISSUE)
			.toList());
	}

	List<CertificateRow> requests(Collection<Long> schoolIds) {
		return rows(certificates.findBySchoolIdInAndRegistrationOrderByIdAsc(schoolIds,
				SigningCertificate.Registration.REQUESTED));
	}

	/**
	 * Three queries per school: right for a school's board and a department of tens of schools. A department of
	 * a thousand schools would want one grouped query and a page per school; that waits for a department of
	 * that size to use these pages.
	 */
	List<SchoolSigners> signers(Collection<Long> schoolIds) {
		return schools.findWithUnitByIdIn(schoolIds).stream().map(this::signers).toList();
	}

	private SchoolSigners signers(School school) {

		List<StaffWithoutCertificate> missing = authority.staffWithoutCertificate(school.getId());
		long teachersWithout = missing.stream().filter(person -> TEACHERS.contains(person.role())).count();
		long boardWithout = missing.stream().filter(person -> BOARD.contains(person.role())).count();

		return new SchoolSigners(school.getId(), school.getName(), school.getMinistryCode(), missing,
				certificates.countSigners(school.getId(), TEACHERS), teachersWithout,
				certificates.countSigners(school.getId(), BOARD), boardWithout);
	}

	private List<CertificateRow> rows(List<SigningCertificate> found) {

		Map<Long, String> people = staff
			.findAllById(found.stream().map(SigningCertificate::getStaffId).filter(id -> id != null).toList())
			.stream()
			.collect(Collectors.toMap(Staff::getId, Staff::getFullName));
		Map<Long, School> schoolsById = schools
			.findAllById(found.stream().map(SigningCertificate::getSchoolId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(School::getId, Function.identity()));
		Set<Long> keptHere = found.isEmpty() ? Set.of()
				: keystores.findKeptIn(found.stream().map(SigningCertificate::getId).toList());
		Instant now = clock.instant();

		return found.stream().map(certificate -> {
			School school = schoolsById.get(certificate.getSchoolId());
			String holder = certificate.getStaffId() == null ? school.getName()
					: people.get(certificate.getStaffId());
			return new CertificateRow(certificate.getId(), school.getName(), school.getId(), holder,
					certificate.getStaffId(), certificate.getRole(), certificate.getSerialNumber(),
					validity(certificate), standing(certificate, now),
					certificate.getOrigin(), certificate.getRefusalReason(), keptHere.contains(certificate.getId()));
		}).toList();
	}

	/** From and until which day, in Vietnam's time. */
	private static String validity(SigningCertificate certificate) {
		return DAY.format(certificate.getNotBefore()) + " – " + DAY.format(certificate.getNotAfter());
	}

	static Standing standing(SigningCertificate certificate, Instant now) {
		if (certificate.getStatus() == SigningCertificate.Status.REVOKED) {
			return Standing.REVOKED;
		}
		if (certificate.getRegistration() == SigningCertificate.Registration.REFUSED) {
			return Standing.REFUSED;
		}
		if (!now.isBefore(certificate.getNotAfter())) {
			return Standing.EXPIRED;
		}
		if (certificate.getRegistration() == SigningCertificate.Registration.REQUESTED) {
			return Standing.REQUESTED;
		}
		return now.plus(EXPIRING).isBefore(certificate.getNotAfter()) ? Standing.VALID : Standing.EXPIRING;
	}

}
