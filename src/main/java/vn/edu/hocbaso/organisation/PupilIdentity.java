package vn.edu.hocbaso.organisation;

import java.time.LocalDate;

/**
 * The identity fields of a pupil as entered or imported, before they are checked.
 */
public record PupilIdentity(String personalId, String ministryCode, String fullName, Sex sex, LocalDate birthDate,
		String ethnicity, String nationality, String placeOfBirth, String homeTown, String residence) {
}
