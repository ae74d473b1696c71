package vn.edu.hocbaso.registry;

import java.util.List;
import java.util.UUID;

/**
 * The check of an uploaded record file against the registry: whether it is byte for byte the record the registry
 * holds for its lookup code, and whether its own signatures are valid.
 *
 * @param problem the message when the file could not be checked at all (not XML, no lookup code, unknown code);
 * null when it was checked
 * @param lookupCode the file's MA_TRA_CUU_UUID; null when it has none
 * @param fileSha256 SHA-256 of the file as uploaded (lower-case hex)
 * @param identical whether the file is the registry's record byte for byte (an XML declaration before the record
 * aside, which the registry does not keep)
 * @param held what the registry holds for the lookup code; null when it holds nothing
 * @param signers the file's own signatures, verified
 */
public record PublicVerificationUpload(String problem, UUID lookupCode, String fileSha256, boolean identical,
		PublicVerificationView held, List<PublicVerificationView.Signer> signers) {

	static PublicVerificationUpload refused(String problem, UUID lookupCode, String fileSha256) {
		return new PublicVerificationUpload(problem, lookupCode, fileSha256, false, null, List.of());
	}

	public boolean signaturesValid() {
		return signers.size() == 3 && signers.stream().allMatch(PublicVerificationView.Signer::valid);
	}

	/** The file is the registry's record and every signature in it is valid. */
	public boolean verified() {
		return problem == null && identical && signaturesValid();
	}

}
