package vn.edu.hocbaso.signing;

import java.util.List;

import org.springframework.util.Assert;

/**
 * A batch of signatures one person makes in one action: a homeroom teacher signs a class, a principal the school's
 * classes (all or chosen ones), the clerk adds the school's issue signature to them; or the same for chosen records
 * (supplementary evaluation, replacement).
 *
 * @param staffId who signs (the clerk, for the school's issue signature)
 * @param role which signature: the step of every record in the batch
 * @param scope what {@code ids} are
 * @param ids class IDs, one school ID, or record IDs
 * @param certificateId the certificate to sign with; null: the signer's active certificate for the role
 * @param password the key password for a key on the server; null for a certificate whose key is elsewhere (the
 * batch then hands out digests and waits for an external signer)
 */
public record BatchRequest(long staffId, CertificateRole role, Scope scope, List<Long> ids, Long certificateId,
		char[] password) {

	public enum Scope {
		CLASSES, SCHOOL, RECORDS
	}

	public BatchRequest {
		Assert.notNull(role, "The role must not be null");
		Assert.notNull(scope, "The scope must not be null");
		Assert.notEmpty(ids, "A batch needs at least one class, school or record");
		ids = List.copyOf(ids);
	}

	@Override
	public String toString() {
		return "BatchRequest[staff=" + staffId + ", role=" + role + ", scope=" + scope + ", ids=" + ids + "]";
	}

}
