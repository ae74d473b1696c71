package vn.edu.hocbaso.signing;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.springframework.util.Assert;

/**
 * Whom a certificate names: a person with their personal ID (số CCCD) and role at a school, or a school. The
 * subject carries the name in UTF-8 (CN), the personal ID (serialNumber, as {@code CCCD:} and the twelve
 * digits), the role (OU), the school (O) and the school code MA_TRUONG (organizationIdentifier), so that a
 * verifier can match a signature with the record without this system's database.
 *
 * @param name the person's or the school's name, with diacritics
 * @param personalId the twelve-digit personal ID of a person; null for a school
 * @param role what the certificate signs for
 * @param schoolCode the school code (MA_TRUONG)
 * @param schoolName the school's name
 */
record Holder(String name, String personalId, CertificateRole role, String schoolCode, String schoolName) {

	static final String PERSONAL_ID_PREFIX = "CCCD:";

	Holder {
		Assert.hasText(name, "A holder needs a name");
		Assert.hasText(schoolCode, "A holder needs a school code");
		Assert.isTrue(!role.personal() || personalId != null && personalId.matches("\\d{12}"),
				"A person's certificate needs a twelve-digit personal ID");
	}

	X500Name subject() {

		X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
		subject.addRDN(BCStyle.O, schoolName).addRDN(BCStyle.ORGANIZATION_IDENTIFIER, schoolCode);
		subject.addRDN(BCStyle.OU, role.name());
		if (personalId != null) {
			subject.addRDN(BCStyle.SERIALNUMBER, PERSONAL_ID_PREFIX + personalId);
		}

		return subject.addRDN(BCStyle.CN, name).build();
	}

}
