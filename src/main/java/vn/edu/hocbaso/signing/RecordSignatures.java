package vn.edu.hocbaso.signing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.PupilRepository;
import vn.edu.hocbaso.organisation.SchoolClassRepository;
import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.record.SignedRecord;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.record.YearRecordRepository;
import vn.edu.hocbaso.security.AccessScope;
import vn.edu.hocbaso.security.CurrentUser;

/**
 * The pupil page's "Chữ ký số" section, read by the template as {@code @recordSignatures.of(pupil.id)}: for each
 * current record of the pupil that carries signatures, every signature of its stored XML as the verifier sees it
 * (block, signer, signing time, valid or what is wrong), the XML's SHA-256 and its download. The pupil page's
 * controller already checked that the pupil is in the user's reach; the download checks it again.
 */
@Component("recordSignatures")
public class RecordSignatures {

	private final YearRecordRepository records;

	private final RecordApprovals approvals;

	private final RecordVerification verification;

	private final SchoolClassRepository classes;

	private final PupilRepository pupils;

	RecordSignatures(YearRecordRepository records, RecordApprovals approvals, RecordVerification verification,
			SchoolClassRepository classes, PupilRepository pupils) {
		this.records = records;
		this.approvals = approvals;
		this.verification = verification;
		this.classes = classes;
		this.pupils = pupils;
	}

	/**
	 * The pupil's signed records, the latest school year first; empty for a user who cannot see the pupil. Not
	 * read-only: the verification may refresh the authority's CRL.
	 */
	@Transactional
	public List<Signed> of(long pupilId) {

		if (!inReach(pupilId)) {
			return List.of();
		}

		// A record being prepared has no valid signature: an edit voids them.
		return records.findCurrentOfPupil(pupilId)
			.stream()
			.filter(record -> !record.getState().isInPreparation())
			.flatMap(record -> approvals.signedRecord(record.getId()).map(signed -> signed(record, signed)).stream())
			.toList();
	}

	/** The stored XML of the record's last signature, if the user may see the record's pupil. */
	@Transactional(readOnly = true)
	Optional<SignedRecord> signedXml(long recordId) {
		return records.findById(recordId)
			.filter(record -> inReach(record.getPupilId()))
			.flatMap(record -> approvals.signedRecord(record.getId()));
	}

	private Signed signed(YearRecord record, SignedRecord signed) {

		String className = classes.findWithSchoolById(record.getClassId())
			.map(schoolClass -> schoolClass.getName() + " · " + schoolClass.getSchool().getName())
			.orElse("");
		List<VerificationResult.SignatureCheck> checks = verification.verify(signed.xml()).signatures();

		return new Signed(record.getId(), className, signed.sha256(), signed.signedAt(), checks);
	}

	private boolean inReach(long pupilId) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return false;
		}
		AccessScope scope = user.getScope();
		return pupils.isInReach(pupilId, scope.departmentReach(), scope.schoolReach(), scope.classReach());
	}

	/**
	 * One signed record: its signatures in signing order, each valid or with its findings.
	 *
	 * @param className the class and school the record is of
	 */
	public record Signed(long recordId, String className, String sha256, Instant signedAt,
			List<VerificationResult.SignatureCheck> signatures) {

		/** A block that is not there yet (the next step has not signed) is no error of the record. */
		public boolean missingOnly(VerificationResult.SignatureCheck check) {
			return !check.findings().isEmpty() && check.findings().stream()
				.allMatch(finding -> "signing.verify.missing".equals(finding.messageKey()));
		}

	}

}
