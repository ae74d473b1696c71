package vn.edu.hocbaso.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * What the public verification shows of a record the registry holds (issue 6): its state, school, school year,
 * class, the pupil's name and date of birth and nothing more personal, the signers with their signatures checked
 * now on the stored bytes, the record's SHA-256, and when it is in the transparency log the inclusion proof with
 * the checkpoint it is proved against.
 *
 * @param reissuedAs the record that re-issues a revoked record (its {@code replaces} names this one); null when
 * there is none
 * @param birthDate null when the record's NGAY_SINH cannot be read as a date
 * @param sha256 the SHA-256 recorded when the registry received the record (lower-case hex)
 * @param storedSha256 the SHA-256 of the bytes the registry holds now; it differs from {@code sha256} only when
 * the stored bytes were altered after intake
 * @param integrityProblem what an altered record means for the reader, in their language; null when intact
 * @param proof null when the record is not (yet) in the log
 * @param checkpoint the signed note the proof is proved against; null without a proof
 */
public record PublicVerificationView(UUID lookupCode, RegistryRecordStatus status, UUID supersededBy,
		UUID replaces, UUID reissuedAs, String schoolName, String schoolCode, String schoolYear, String grade,
		String className, String pupilName, LocalDate birthDate, List<Signer> signers, String sha256,
		String storedSha256, String integrityProblem, Instant acceptedAt, Instant lockedAt, InclusionProof proof,
		SignedCheckpoint checkpoint) {

	/**
	 * One signature of the record, as verified now.
	 *
	 * @param block GVCN, CBQL or KY_PHAT_HANH
	 * @param name the signer's name as in the certificate; null when there is none
	 * @param signingTime the signed signing time in Vietnam time; null when it cannot be read
	 * @param problems what is wrong, in the reader's language; empty for a valid signature
	 */
	public record Signer(String block, String name, OffsetDateTime signingTime, List<String> problems) {

		public boolean valid() {
			return problems.isEmpty();
		}

	}

	/** Whether all three signatures are there and valid now. */
	public boolean signaturesValid() {
		return signers.size() == 3 && signers.stream().allMatch(Signer::valid);
	}

	/** When the registry accepted the record, in Vietnam time. */
	public OffsetDateTime acceptedInVietnam() {
		return vietnam(acceptedAt);
	}

	/** When the record locked, in Vietnam time; null while it is not locked. */
	public OffsetDateTime lockedInVietnam() {
		return vietnam(lockedAt);
	}

	private static OffsetDateTime vietnam(Instant at) {
		return at == null ? null : at.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime();
	}

	/** Whether the bytes held now are those received: the same SHA-256 as recorded at intake. */
	public boolean intact() {
		return sha256.equals(storedSha256);
	}

	/** Withdrawn or superseded before close-off: such a record never locks, so it never enters the log. */
	public boolean neverInLog() {
		return status == RegistryRecordStatus.WITHDRAWN || status == RegistryRecordStatus.SUPERSEDED;
	}

	public boolean inLog() {
		return proof != null && checkpoint != null;
	}

	/** The proof's audit path in hexadecimal, from the leaf's sibling up; empty without a proof. */
	public List<String> auditPathHex() {
		return proof == null ? List.of() : proof.auditPath().stream().map(HexFormat.of()::formatHex).toList();
	}

}
