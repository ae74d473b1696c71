package vn.edu.hocbaso.organisation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The identity fields of a pupil as entered or imported, before they are checked.
 */
public record PupilIdentity(String personalId, String ministryCode, String fullName, Sex sex, LocalDate birthDate,
		String ethnicity, String nationality, String placeOfBirth, String homeTown, String residence) {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/**
	 * The same identity with every text in Unicode NFC, trimmed, with single spaces, and blank as null, so that
	 * text typed with decomposed diacritics is stored and compared like any other.
	 */
	public PupilIdentity normalised() {
		return new PupilIdentity(nfc(personalId), nfc(ministryCode), nfc(fullName), sex, birthDate, nfc(ethnicity),
				nfc(nationality), nfc(placeOfBirth), nfc(homeTown), nfc(residence));
	}

	/** Text in NFC, trimmed and with single spaces; null when blank. */
	public static String nfc(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
	}

}
