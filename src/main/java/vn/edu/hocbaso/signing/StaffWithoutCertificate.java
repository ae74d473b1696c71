package vn.edu.hocbaso.signing;

import vn.edu.hocbaso.organisation.Role;

/**
 * A member of staff who should sign records but has no valid certificate: a homeroom teacher, a principal
 * or a vice principal, with the personal ID her certificate must carry.
 */
public record StaffWithoutCertificate(Long staffId, String fullName, Role role, String personalId) {
}
