package vn.edu.hocbaso.registry;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.edu.hocbaso.signing.CertificateAuthority;
import vn.edu.hocbaso.signing.CertificateRole;
import vn.edu.hocbaso.signing.SampleRecordFiles;
import vn.edu.hocbaso.signing.ServerKeySigner;
import vn.edu.hocbaso.signing.SignatureRequest;
import vn.edu.hocbaso.signing.SigningCertificate;
import vn.edu.hocbaso.signing.SigningTestKeys;
import vn.edu.hocbaso.testing.OrganisationFixture;

/**
 * A fixture school as a sending school system sees it: its homeroom teacher and principal with personal IDs and
 * certificates, its issue certificate (approved by the department, or not) with the key, and what it sends:
 * records of its pupils signed in order, and signed transactions.
 */
final class RegistrySchool {

	static final char[] PASSWORD = "Mat-khau-2027".toCharArray();

	final OrganisationFixture org;

	final OrganisationFixture.SchoolFixture fixture;

	final String code;

	final int year;

	final SigningTestKeys.Key issueKey;

	private final ServerKeySigner signer;

	private final JdbcTemplate jdbc;

	private final long teacherId;

	private final long principalId;

	private final SigningCertificate teacher;

	private final SigningCertificate principal;

	private final SigningCertificate issue;

	RegistrySchool(OrganisationFixture org, OrganisationFixture.SchoolFixture fixture, boolean approved,
			CertificateAuthority authority, ServerKeySigner signer, JdbcTemplate jdbc) {
		this.org = org;
		this.fixture = fixture;
		this.signer = signer;
		this.jdbc = jdbc;
		this.code = jdbc.queryForObject("select ministry_code from school where id = ?", String.class, fixture.id);
		this.year = jdbc.queryForObject("select start_year from school_year where id = ?", Integer.class,
				org.yearId);
		this.teacherId = org.staffId(fixture.homeroomTeacher);
		this.principalId = org.staffId(fixture.principal);
		this.teacher = authority.issueForStaff(teacherId, CertificateRole.TEACHER, PASSWORD);
		this.principal = authority.issueForStaff(principalId, CertificateRole.PRINCIPAL, PASSWORD);
		this.issue = authority.requestSchoolCertificate(fixture.id, PASSWORD);
		if (approved) {
			authority.approveRegistration(issue.getId());
		}
		this.issueKey = SigningTestKeys.unlock(authority, issue.getId(), PASSWORD);
	}

	/** A new pupil of the school's class 4A. */
	SampleRecordFiles.Pupil pupil(String name) {
		long id = org.pupil(fixture.class4a, name);
		return new SampleRecordFiles.Pupil(name, org.personalIdOf(id), org.ministryCodeOf(id));
	}

	/** The pupil's record of this school, not yet signed. */
	byte[] record(SampleRecordFiles.Pupil pupil) {
		return SampleRecordFiles.of(UUID.randomUUID(), code, year, personalId(teacherId), personalId(principalId),
				pupil);
	}

	byte[] signedRecord(SampleRecordFiles.Pupil pupil) {
		return signedUpTo(record(pupil), CertificateRole.SCHOOL_ISSUE);
	}

	/** The pupil's signed record of this school in the school year starting in {@code startYear}. */
	byte[] signedRecord(SampleRecordFiles.Pupil pupil, int startYear) {
		return signedUpTo(SampleRecordFiles.of(UUID.randomUUID(), code, startYear, personalId(teacherId),
				personalId(principalId), pupil), CertificateRole.SCHOOL_ISSUE);
	}

	/**
	 * A signed record of the pupil that replaces the record with that lookup code: MA_TRA_CUU_UUID_THAY_THE
	 * right after MA_TRA_CUU_UUID, as the school side writes it, before the signatures.
	 */
	byte[] signedReplacement(SampleRecordFiles.Pupil pupil, UUID replaces) {
		String xml = new String(record(pupil), StandardCharsets.UTF_8);
		int at = xml.indexOf("</MA_TRA_CUU_UUID>") + "</MA_TRA_CUU_UUID>".length();
		xml = xml.substring(0, at) + "<MA_TRA_CUU_UUID_THAY_THE>" + replaces + "</MA_TRA_CUU_UUID_THAY_THE>"
				+ xml.substring(at);
		return signedUpTo(xml.getBytes(StandardCharsets.UTF_8), CertificateRole.SCHOOL_ISSUE);
	}

	/** A type-5 transaction (function "RUT" or "THU_HOI") for these items, signed with the school's issue key. */
	TransactionRequest revocation(String messageId, String function, RevocationItem... items) {
		AuthenticationRequest sender = new AuthenticationRequest(null, null, null, code, year, messageId,
				TransactionType.REVOKE, function);
		return signed(sender, TransactionContent.encode(RevocationContent.write(List.of(items))));
	}

	/** A type-2 or type-6 query for these lookup codes, signed with the school's issue key. */
	TransactionRequest query(TransactionType type, UUID... lookupCodes) {
		AuthenticationRequest sender = AuthenticationRequest.of(code, year, "q-" + UUID.randomUUID(), type);
		List<RevocationItem> items = Arrays.stream(lookupCodes)
			.map(lookupCode -> new RevocationItem(lookupCode.toString(), null, null, null, null))
			.toList();
		return signed(sender, TransactionContent.encode(RevocationContent.write(items)));
	}

	/** The record signed by the teacher, then the principal, then the school, stopping after {@code last}. */
	byte[] signedUpTo(byte[] xml, CertificateRole last) {
		byte[] signed = sign(xml, CertificateRole.TEACHER, teacher, teacherId);
		if (last != CertificateRole.TEACHER) {
			signed = sign(signed, CertificateRole.PRINCIPAL, principal, principalId);
		}
		if (last == CertificateRole.SCHOOL_ISSUE) {
			signed = sign(signed, CertificateRole.SCHOOL_ISSUE, issue, fixture.id);
		}
		return signed;
	}

	/** An envelope of a submission with a new message id. */
	AuthenticationRequest envelope() {
		return AuthenticationRequest.of(code, year, "msg-" + UUID.randomUUID(), TransactionType.SUBMIT);
	}

	/** A submission of these record files, signed with the school's issue key. */
	TransactionRequest transaction(String messageId, byte[]... records) {
		return transaction(messageId, year, records);
	}

	/** A submission of these record files in the school year starting in {@code startYear}. */
	TransactionRequest transaction(String messageId, int startYear, byte[]... records) {
		AuthenticationRequest sender = AuthenticationRequest.of(code, startYear, messageId, TransactionType.SUBMIT);
		return signed(sender, TransactionContent.encode(RecordList.of(List.of(records))));
	}

	TransactionRequest signed(AuthenticationRequest sender, String content) {
		return TransactionSignature.sign(new TransactionRequest(sender, content, null), issueKey.key(),
				issueKey.certificate());
	}

	private byte[] sign(byte[] xml, CertificateRole role, SigningCertificate certificate, long holder) {
		return signer.sign(new SignatureRequest(xml, role, certificate.getId(), holder, PASSWORD)).xml();
	}

	private String personalId(long staffId) {
		return jdbc.queryForObject("select personal_id from staff where id = ?", String.class, staffId);
	}

}
