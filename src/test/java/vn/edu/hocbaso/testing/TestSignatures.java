package vn.edu.hocbaso.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.DocumentToSign;
import vn.edu.hocbaso.record.RecordApproval;
import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.signing.CertificateAuthority;
import vn.edu.hocbaso.signing.CertificateRole;
import vn.edu.hocbaso.signing.ServerKeySigner;
import vn.edu.hocbaso.signing.SignatureRequest;
import vn.edu.hocbaso.signing.SigningCertificate;

/**
 * Signs records in tests the way the signing module does for a person: what the step signs
 * ({@link RecordApprovals#documentToSign}), a signature with the key on the server ({@link ServerKeySigner}), and
 * the signed XML stored ({@link RecordApprovals#recordSignature}). The signers get a certificate when they have
 * none (key password {@link #PASSWORD}; a school's issue certificate is approved at once); a certificate that
 * was there already (the demo's) is opened with the demo password.
 *
 * <p>The class-wide methods sign the records of the class book (not held for supplementary evaluation) that are
 * where the step comes, and answer how many they signed; a record the step cannot sign makes the call fail.
 */
@Component
public class TestSignatures {

	public static final String PASSWORD = "test-password";

	private static final String DEMO_PASSWORD = "hocbaso2026";

	private final RecordApprovals approvals;

	private final ServerKeySigner signer;

	private final CertificateAuthority authority;

	private final JdbcTemplate jdbc;

	/** The password of each certificate this fixture issued. */
	private final Map<Long, String> passwords = new ConcurrentHashMap<>();

	TestSignatures(RecordApprovals approvals, ServerKeySigner signer, CertificateAuthority authority,
			JdbcTemplate jdbc) {
		this.approvals = approvals;
		this.signer = signer;
		this.authority = authority;
		this.jdbc = jdbc;
	}

	/** The homeroom teacher signs every record of the class book in preparation. */
	public int signClassAsTeacher(long classId) {
		return signClass(classId, RecordApproval.Step.TEACHER, "'DRAFT', 'REJECTED'");
	}

	/** The school's signing manager (principal, else vice principal) signs what the teacher signed. */
	public int signClassAsPrincipal(long classId) {
		return signClass(classId, RecordApproval.Step.PRINCIPAL, "'SIGNED_BY_TEACHER'");
	}

	/** The clerk adds the school's issue signature to what the principal signed. */
	public int issueClass(long classId) {
		return signClass(classId, RecordApproval.Step.ISSUE, "'SIGNED_BY_PRINCIPAL'");
	}

	/** Teacher, principal and issue signatures for the class, in that order. */
	public void signAndIssueClass(long classId) {
		signClassAsTeacher(classId);
		signClassAsPrincipal(classId);
		issueClass(classId);
	}

	public void signAsTeacher(long recordId) {
		sign(recordId, RecordApproval.Step.TEACHER);
	}

	public void signAsPrincipal(long recordId) {
		sign(recordId, RecordApproval.Step.PRINCIPAL);
	}

	public void issue(long recordId) {
		sign(recordId, RecordApproval.Step.ISSUE);
	}

	/** One signature of one record by the person who signs that step for its class. */
	public void sign(long recordId, RecordApproval.Step step) {
		long classId = jdbc.queryForObject("select class_id from year_record where id = ?", Long.class, recordId);
		sign(recordId, step, signerOf(classId, step));
	}

	/** One signature of one record by the person given, with her certificate for the step. */
	public void sign(long recordId, RecordApproval.Step step, long staffId) {

		long classId = jdbc.queryForObject("select class_id from year_record where id = ?", Long.class, recordId);
		long certificateId = certificateFor(classId, step, staffId);
		DocumentToSign document = approvals.documentToSign(recordId, step, staffId);
		SignatureRequest request = new SignatureRequest(document.xml(), roleOf(step), certificateId,
				step == RecordApproval.Step.ISSUE ? schoolOf(classId) : staffId, passwordOf(certificateId));

		byte[] signed = signer.sign(request).xml();
		approvals.recordSignature(document, staffId, certificateId, signed);
	}

	/** Who signs the step for the class: the homeroom teacher, the signing manager, the clerk. */
	public long signerOf(long classId, RecordApproval.Step step) {
		return switch (step) {
			case TEACHER -> jdbc.queryForObject("""
					select staff_id from staff_role where role = 'HOMEROOM_TEACHER' and class_id = ?""", Long.class,
					classId);
			case PRINCIPAL -> jdbc.queryForObject("""
					select staff_id from staff_role where school_id = ? and role in ('PRINCIPAL', 'VICE_PRINCIPAL')
					order by case role when 'PRINCIPAL' then 0 else 1 end, staff_id limit 1""", Long.class,
					schoolOf(classId));
			case ISSUE -> jdbc.queryForObject("""
					select staff_id from staff_role where school_id = ? and role = 'SCHOOL_CLERK'
					order by staff_id limit 1""", Long.class, schoolOf(classId));
		};
	}

	/** The certificate the person signs the step with, issued (and for a school approved) when missing. */
	public long certificateFor(long classId, RecordApproval.Step step, long staffId) {

		CertificateRole role = roleOf(step);
		List<Long> held = step == RecordApproval.Step.ISSUE
				? jdbc.queryForList("""
						select id from signing_certificate where school_id = ? and role = 'SCHOOL_ISSUE'
						and status = 'VALID' and registration = 'APPROVED' and not_after > now()
						order by id desc""", Long.class, schoolOf(classId))
				: jdbc.queryForList("""
						select id from signing_certificate where staff_id = ? and role = ? and status = 'VALID'
						and not_after > now() order by id desc""", Long.class, staffId, role.name());
		if (!held.isEmpty()) {
			return held.get(0);
		}

		SigningCertificate issued = step == RecordApproval.Step.ISSUE
				? authority.requestSchoolCertificate(schoolOf(classId), PASSWORD.toCharArray())
				: authority.issueForStaff(staffId, role, PASSWORD.toCharArray());
		if (step == RecordApproval.Step.ISSUE) {
			authority.approveRegistration(issued.getId());
		}
		passwords.put(issued.getId(), PASSWORD);
		return issued.getId();
	}

	private int signClass(long classId, RecordApproval.Step step, String states) {

		List<Long> recordIds = jdbc.queryForList("""
				select id from year_record where class_id = ? and not held_for_supplementary
				and not pending_replacement and state in (%s) order by id""".formatted(states), Long.class, classId);
		long staffId = signerOf(classId, step);
		recordIds.forEach(recordId -> sign(recordId, step, staffId));
		return recordIds.size();
	}

	private long schoolOf(long classId) {
		return jdbc.queryForObject("select school_id from school_class where id = ?", Long.class, classId);
	}

	private char[] passwordOf(long certificateId) {
		return passwords.getOrDefault(certificateId, DEMO_PASSWORD).toCharArray();
	}

	private static CertificateRole roleOf(RecordApproval.Step step) {
		return switch (step) {
			case TEACHER -> CertificateRole.TEACHER;
			case PRINCIPAL -> CertificateRole.PRINCIPAL;
			case ISSUE -> CertificateRole.SCHOOL_ISSUE;
		};
	}

}
