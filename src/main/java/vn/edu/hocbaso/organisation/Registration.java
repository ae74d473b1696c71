package vn.edu.hocbaso.organisation;

import java.time.LocalDate;

/**
 * A pupil to enrol in a class, as the school enters it from the birth certificate: the identity, the names of
 * the parents or guardian (at least one), the registration number (số đăng bộ) and the date of enrolment.
 * Blank names stand for "none". A personal ID that already belongs to a pupil makes this a transfer in.
 */
public record Registration(Long classId, PupilIdentity identity, String fatherName, String motherName,
		String guardianName, String registrationNumber, LocalDate enrolledOn) {
}
