package vn.edu.hocbaso.signing;

import vn.edu.hocbaso.organisation.Role;

/**
 * A member of staff who should sign records but has no valid certificate: a homeroom teacher, a principal
 * or a vice principal.
 */
public record StaffWithoutCertificate(Long staffId, String fullName, Role role) {
}
