package vn.edu.hocbaso.organisation;

import java.time.LocalDate;

/**
 * A pupil found by search, with her current class and school (null once she has left every class), so that
 * two pupils of the same name can be told apart.
 */
public record PupilHit(Long id, String fullName, LocalDate birthDate, Sex sex, String personalId,
		String ministryCode, Long classId, String className, String schoolName) {
}
