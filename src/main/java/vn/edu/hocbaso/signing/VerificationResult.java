package vn.edu.hocbaso.signing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The verification of a record's signatures: one entry per block of the signature list, in signing order,
 * each with its findings. The record is valid when all three are present and none has a finding.
 */
public record VerificationResult(List<SignatureCheck> signatures) {

	public boolean valid() {
		return signatures.size() == CertificateRole.values().length
				&& signatures.stream().allMatch(SignatureCheck::valid);
	}

	/** The blocks whose signature has a problem, for instance {@code [GVCN]}. */
	public List<String> failedBlocks() {
		return signatures.stream().filter(check -> !check.valid()).map(SignatureCheck::block).toList();
	}

	/**
	 * @param block GVCN, CBQL or KY_PHAT_HANH
	 * @param signer the name in the signer's certificate, or null when there is none
	 * @param signingTime the signed signing time, or null when it cannot be read
	 * @param findings what is wrong; empty for a valid signature
	 */
	public record SignatureCheck(String block, String signer, OffsetDateTime signingTime, List<Finding> findings) {

		public boolean valid() {
			return findings.isEmpty();
		}

	}

}
