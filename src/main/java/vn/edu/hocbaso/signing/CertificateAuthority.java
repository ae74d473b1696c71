package vn.edu.hocbaso.signing;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.organisation.School;
import vn.edu.hocbaso.organisation.SchoolRepository;
import vn.edu.hocbaso.organisation.Staff;
import vn.edu.hocbaso.organisation.StaffRepository;

/**
 * The built-in certificate authority for demo and test setups and the register of every signing certificate:
 * issues personal certificates to homeroom teachers and principals and issue certificates to schools (a
 * school's waits for the department's approval), imports the public part of certificates from elsewhere,
 * revokes, publishes the CRL and lists staff who should sign but hold no valid certificate.
 *
 * <p>The root is made on first use. Two nodes starting on an empty database at once could each make one; the
 * first in the table is the one used, the other stays unused.
 */
@Service
@Transactional
public class CertificateAuthority {

	private static final Logger LOG = LoggerFactory.getLogger(CertificateAuthority.class);

	private static final String ROOT_NAME = "Học bạ số – CA thử nghiệm";

	private static final EnumSet<Role> SIGNING_ROLES = EnumSet.of(Role.HOMEROOM_TEACHER, Role.PRINCIPAL,
			Role.VICE_PRINCIPAL);

	private final SigningAuthorityRepository authorities;

	private final SigningCertificateRepository certificates;

	private final SigningKeystoreRepository keystores;

	private final StaffRepository staff;

	private final SchoolRepository schools;

	private final MasterKey masterKey;

	private final SigningProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private volatile CertificateIssuer.IssuingKey root;

	private volatile X509CRL crl;

	CertificateAuthority(SigningAuthorityRepository authorities, SigningCertificateRepository certificates,
			SigningKeystoreRepository keystores, StaffRepository staff, SchoolRepository schools, MasterKey masterKey,
			SigningProperties properties, Clock clock) {
		this.authorities = authorities;
		this.certificates = certificates;
		this.keystores = keystores;
		this.staff = staff;
		this.schools = schools;
		this.masterKey = masterKey;
		this.properties = properties;
		this.clock = clock;
	}

	/** The demo root, to trust in verification and to hand to outside checkers such as xmlsec1. */
	public X509Certificate rootCertificate() {
		return issuingKey().certificate();
	}

	/**
	 * The roots a certificate must chain to, for signing, import and verification alike. Only the demo root for
	 * now; the national roots (NEAC, VGCA) join from configuration when real certificates are registered.
	 */
	public List<X509Certificate> trustedRoots() {
		return List.of(rootCertificate());
	}

	/** Whether the certificate chains to a trusted root at that instant. */
	boolean trusted(X509Certificate certificate, Instant at) {
		return RecordVerifier.chainsTo(trustedRoots(), certificate, Date.from(at));
	}

	/**
	 * Issues a certificate and key to a homeroom teacher (TEACHER) or a principal or vice principal (PRINCIPAL)
	 * and keeps the key in a PKCS#12 protected by the password the person gives.
	 */
	public SigningCertificate issueForStaff(long staffId, CertificateRole role, char[] password) {

		Staff person = staff.findWithRolesById(staffId)
			.orElseThrow(() -> new IllegalArgumentException("No staff " + staffId));
		checkStaffMaySign(person, role);
		checkNoActiveCertificate(certificates.findByStaffIdAndRole(staffId, role), person.getFullName(), role);
		School school = person.getSchool();
		Holder holder = new Holder(person.getFullName(), person.getPersonalId(), role, school.getMinistryCode(),
				school.getName());

		return issue(holder, staffId, school.getId(), password);
	}

	/**
	 * Issues a homeroom teacher or principal a certificate for an external signer (a USB token, a signing
	 * service): the key and certificate go to her once, as a PKCS#12 under her password, and the server keeps
	 * only the certificate (no key store), so that she signs elsewhere and uploads the signatures.
	 *
	 * @return the PKCS#12 to hand to her now; it is not kept
	 */
	public byte[] issueExternalForStaff(long staffId, CertificateRole role, char[] password) {

		Staff person = staff.findWithRolesById(staffId)
			.orElseThrow(() -> new IllegalArgumentException("No staff " + staffId));
		checkStaffMaySign(person, role);
		checkNoActiveCertificate(certificates.findByStaffIdAndRole(staffId, role), person.getFullName(), role);
		School school = person.getSchool();
		Holder holder = new Holder(person.getFullName(), person.getPersonalId(), role, school.getMinistryCode(),
				school.getName());

		KeyPair keys = properties.keyType().generate();
		X509Certificate certificate = newCertificate(holder, keys);
		byte[] pkcs12 = Pkcs12.create(keys.getPrivate(), certificate, rootCertificate(), password);
		SigningCertificate saved = certificates.save(new SigningCertificate(role, staffId, school.getId(),
				certificate, SigningCertificate.Origin.ISSUED));
		LOG.info("External certificate {} issued for {} of school {}.", saved.getId(), role, school.getId());

		return pkcs12;
	}

	/** Issues a school's issue certificate; it may sign only once the department approves it. */
	public SigningCertificate requestSchoolCertificate(long schoolId, char[] password) {

		School school = schools.findById(schoolId)
			.orElseThrow(() -> new IllegalArgumentException("No school " + schoolId));
		checkNoActiveCertificate(certificates.findBySchoolIdAndRole(schoolId, CertificateRole.SCHOOL_ISSUE),
				school.getName(), CertificateRole.SCHOOL_ISSUE);
		Holder holder = new Holder(school.getName(), null, CertificateRole.SCHOOL_ISSUE, school.getMinistryCode(),
				school.getName());

		return issue(holder, null, schoolId, password);
	}

	/** Registers the public part (PEM or DER) of a certificate whose key is elsewhere: a token, a remote service. */
	public SigningCertificate importCertificate(Long staffId, long schoolId, CertificateRole role, byte[] pemOrDer) {

		X509Certificate certificate = parse(pemOrDer);
		KeyType.of(certificate.getPublicKey());
		checkSigningCertificate(certificate);
		checkImportable(staffId, schoolId, role, certificate);
		SigningCertificate imported = new SigningCertificate(role, staffId, schoolId, certificate,
				SigningCertificate.Origin.IMPORTED);

		return certificates.save(imported);
	}

	/** The department approves a school's issue certificate: from now on it may sign. */
	public void approveRegistration(long certificateId) {
		find(certificateId).approve();
		LOG.info("School issue certificate {} approved.", certificateId);
	}

	/** The department refuses a school's issue certificate, saying why; the school may request another. */
	public void refuseRegistration(long certificateId, String reason) {

		if (reason == null || reason.isBlank()) {
			throw new SignatureRefused("certificates.refused.reasonMissing");
		}

		find(certificateId).refuse(reason.strip());
		LOG.info("School issue certificate {} refused.", certificateId);
	}

	public void revoke(long certificateId, RevocationReason reason) {
		find(certificateId).revoke(clock.instant(), reason);
		crl = null;
		LOG.info("Certificate {} revoked ({}).", certificateId, reason);
	}

	/** The current CRL of the built-in authority, signed again after every revocation and before its update. */
	public X509CRL crl() {

		X509CRL current = crl;
		if (current != null && current.getNextUpdate().toInstant().isAfter(clock.instant().plusSeconds(3600))) {
			return current;
		}

		SigningAuthority authority = authorities.findFirstForUpdate().orElseThrow();
		List<CertificateIssuer.Revocation> revoked = certificates.findByStatus(SigningCertificate.Status.REVOKED)
			.stream()
			.filter(certificate -> certificate.getOrigin() == SigningCertificate.Origin.ISSUED)
			.map(certificate -> new CertificateIssuer.Revocation(new BigInteger(certificate.getSerialNumber(), 16),
					certificate.getRevokedAt(), RevocationReason.valueOf(reason(certificate)).code()))
			.toList();
		Instant now = clock.instant();
		current = CertificateIssuer.crl(issuingKey(), revoked, BigInteger.valueOf(authority.nextCrlNumber()), now,
				now.plus(properties.crlValidity()));
		crl = current;

		return current;
	}

	@Transactional(readOnly = true)
	public List<StaffWithoutCertificate> staffWithoutCertificate(long schoolId) {
		return certificates.findStaffWithoutCertificate(schoolId, SIGNING_ROLES, clock.instant());
	}

	@Transactional(readOnly = true)
	public SigningCertificate find(long certificateId) {
		return certificates.findById(certificateId)
			.orElseThrow(() -> new IllegalArgumentException("No certificate " + certificateId));
	}

	@Transactional(readOnly = true)
	public Optional<SigningCertificate> findOptional(long certificateId) {
		return certificates.findById(certificateId);
	}

	/**
	 * The holder's PKCS#12 as she protected it, for her own download; still locked with her password, so that
	 * the master key's wrapping is the only layer taken off.
	 */
	byte[] holderPkcs12(long certificateId) {
		return keystores.findById(certificateId)
			.map(keystore -> masterKey.decrypt(keystore.pkcs12Encrypted()))
			.orElseThrow(() -> new SignatureRefused("signing.refused.noKeyOnServer"));
	}

	/** The holder's key, unlocked with their password; a wrong password is refused. */
	Pkcs12.Unlocked unlock(long certificateId, char[] password) {
		SigningKeystore keystore = keystores.findById(certificateId)
			.orElseThrow(() -> new SignatureRefused("signing.refused.noKeyOnServer"));
		return Pkcs12.unlock(masterKey.decrypt(keystore.pkcs12Encrypted()), password);
	}

	private SigningCertificate issue(Holder holder, Long staffId, long schoolId, char[] password) {

		KeyPair keys = properties.keyType().generate();
		X509Certificate certificate = newCertificate(holder, keys);
		byte[] pkcs12 = Pkcs12.create(keys.getPrivate(), certificate, rootCertificate(), password);

		SigningCertificate saved = certificates.save(new SigningCertificate(holder.role(), staffId, schoolId,
				certificate, SigningCertificate.Origin.ISSUED));
		keystores.save(new SigningKeystore(saved.getId(), masterKey.encrypt(pkcs12)));
		LOG.info("Certificate {} issued for {} of school {}.", saved.getId(), holder.role(), schoolId);

		return saved;
	}

	private X509Certificate newCertificate(Holder holder, KeyPair keys) {
		Instant now = clock.instant();
		return CertificateIssuer.issue(issuingKey(), holder, keys.getPublic(), serial(), now.minusSeconds(60),
				now.plus(properties.certificateValidity()));
	}

	private static void checkStaffMaySign(Staff person, CertificateRole role) {

		EnumSet<Role> allowed = role == CertificateRole.TEACHER ? EnumSet.of(Role.HOMEROOM_TEACHER)
				: EnumSet.of(Role.PRINCIPAL, Role.VICE_PRINCIPAL);
		boolean holds = person.getRoles().stream().anyMatch(granted -> allowed.contains(granted.getRole()));
		if (role == CertificateRole.SCHOOL_ISSUE || !holds || person.getSchool() == null) {
			throw new SignatureRefused("signing.refused.notASigner", person.getFullName(), role.block());
		}
		if (person.getPersonalId() == null) {
			throw new SignatureRefused("signing.refused.noPersonalId", person.getFullName());
		}
	}

	/** One certificate per holder and role at a time: a new one comes after the old one is revoked or expired. */
	private void checkNoActiveCertificate(List<SigningCertificate> held, String holder, CertificateRole role) {
		Instant now = clock.instant();
		if (held.stream().anyMatch(certificate -> certificate.activeAt(now))) {
			throw new SignatureRefused("certificates.refused.alreadyHolds", holder, role.block());
		}
	}

	/** A person's certificate goes to a signer of that school, and the same certificate is registered once. */
	private void checkImportable(Long staffId, long schoolId, CertificateRole role, X509Certificate certificate) {

		String issuer = certificate.getIssuerX500Principal().getName();
		if (certificates.existsByIssuerAndSerialNumber(issuer, certificate.getSerialNumber().toString(16))) {
			throw new SignatureRefused("certificates.refused.alreadyRegistered");
		}
		CertificateFacts facts = CertificateFacts.of(certificate);
		if (staffId == null) {
			School school = schools.findById(schoolId).orElseThrow(() -> new IllegalArgumentException("No school"));
			checkFacts(facts, role, school, null);
			return;
		}
		Staff person = staff.findWithRolesById(staffId)
			.orElseThrow(() -> new SignatureRefused("certificates.refused.otherSchool"));
		if (person.getSchool() == null || person.getSchool().getId() != schoolId) {
			throw new SignatureRefused("certificates.refused.otherSchool");
		}
		checkStaffMaySign(person, role);
		checkFacts(facts, role, person.getSchool(), person.getPersonalId());
		checkNoActiveCertificate(certificates.findByStaffIdAndRole(staffId, role), person.getFullName(), role);
	}

	/**
	 * A certificate that may sign records: an end entity (CA:FALSE) whose key signs (digitalSignature or
	 * nonRepudiation), valid now and chained to a trusted root, so that its signatures verify here and elsewhere.
	 */
	private void checkSigningCertificate(X509Certificate certificate) {

		if (certificate.getBasicConstraints() >= 0) {
			throw new SignatureRefused("signing.certificate.authority");
		}
		boolean[] usage = certificate.getKeyUsage();
		if (usage == null || !(usage[0] || usage[1])) {
			throw new SignatureRefused("signing.certificate.keyUsage");
		}
		Instant now = clock.instant();
		try {
			certificate.checkValidity(Date.from(now));
		}
		catch (java.security.cert.CertificateExpiredException
				| java.security.cert.CertificateNotYetValidException ex) {
			throw new SignatureRefused("signing.certificate.notValidNow");
		}
		if (!trusted(certificate, now)) {
			throw new SignatureRefused("signing.certificate.untrusted",
					certificate.getIssuerX500Principal().getName());
		}
	}

	/** The subject names the role, the school by its Ministry code and a person by her personal ID. */
	private static void checkFacts(CertificateFacts facts, CertificateRole role, School school, String personalId) {

		if (facts.role() != role) {
			throw new SignatureRefused("signing.certificate.wrongRole", role.name(), role.block());
		}
		if (facts.schoolCode() == null) {
			throw new SignatureRefused("signing.certificate.noSchoolCode", school.getMinistryCode());
		}
		if (!facts.schoolCode().equals(school.getMinistryCode())) {
			throw new SignatureRefused("signing.certificate.otherSchoolCode", facts.schoolCode(),
					school.getMinistryCode());
		}
		if (!role.personal()) {
			return;
		}
		if (facts.personalId() == null) {
			throw new SignatureRefused("signing.certificate.noPersonalId", personalId);
		}
		if (!facts.personalId().equals(personalId)) {
			throw new SignatureRefused("signing.certificate.otherPersonalId", facts.personalId(), personalId);
		}
	}

	private CertificateIssuer.IssuingKey issuingKey() {
		CertificateIssuer.IssuingKey current = root;
		if (current == null) {
			current = loadOrCreateRoot();
			root = current;
		}
		return current;
	}

	private synchronized CertificateIssuer.IssuingKey loadOrCreateRoot() {

		SigningAuthority authority = authorities.findFirstByOrderByIdAsc().orElseGet(this::createRoot);
		try {
			X509Certificate certificate = parse(authority.certificateDer());
			byte[] pkcs8 = masterKey.decrypt(authority.keyEncrypted());
			String algorithm = certificate.getPublicKey().getAlgorithm();
			return new CertificateIssuer.IssuingKey(certificate,
					KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read the authority's root key", ex);
		}
	}

	private SigningAuthority createRoot() {

		KeyPair keys = properties.keyType().generate();
		Instant now = clock.instant();
		X509Certificate certificate = CertificateIssuer.root(ROOT_NAME, keys, serial(), now.minusSeconds(60),
				now.plus(properties.rootValidity()));
		LOG.info("Built-in certificate authority created: {}.", certificate.getSubjectX500Principal().getName());
		try {
			return authorities.saveAndFlush(new SigningAuthority(certificate.getEncoded(),
					masterKey.encrypt(keys.getPrivate().getEncoded())));
		}
		catch (java.security.cert.CertificateEncodingException ex) {
			throw new IllegalStateException("Cannot encode the root certificate", ex);
		}
	}

	private BigInteger serial() {
		return new BigInteger(127, random).setBit(126);
	}

	private static String reason(SigningCertificate certificate) {
		return certificate.getRevokedAt() == null ? RevocationReason.CESSATION_OF_OPERATION.name()
				: certificate.revocationReasonName();
	}

	static X509Certificate parse(byte[] pemOrDer) {
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(pemOrDer));
		}
		catch (CertificateException | ClassCastException ex) {
			String start = new String(pemOrDer, 0, Math.min(pemOrDer.length, 30), StandardCharsets.US_ASCII);
			throw new SignatureRefused("signing.refused.certificate", start.startsWith("-----") ? "PEM" : "DER");
		}
	}

}
