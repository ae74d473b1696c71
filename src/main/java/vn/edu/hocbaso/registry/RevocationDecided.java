package vn.edu.hocbaso.registry;

import java.util.UUID;

/**
 * The department decided a pending revocation request ({@link RegistryRevocations#decide}): approved, the record
 * is now REVOKED and the school may issue a new one that replaces it; refused, it stays LOCKED. Published inside
 * the deciding transaction, so a listener that fails rolls the decision back.
 */
public record RevocationDecided(UUID lookupCode, boolean approved, String reason, long departmentStaffId) {
}
