package vn.edu.hocbaso.signing;

import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * What a certificate's subject says about its holder, read as {@link Holder} writes it: the name, the role,
 * the school code and a person's personal ID. A certificate from elsewhere may lack some; they are then null.
 */
record CertificateFacts(String name, CertificateRole role, String schoolCode, String personalId,
		String organisation) {

	static CertificateFacts of(X509Certificate certificate) {

		X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
		String serialNumber = value(subject, BCStyle.SERIALNUMBER);
		String personalId = serialNumber != null && serialNumber.startsWith(Holder.PERSONAL_ID_PREFIX)
				? serialNumber.substring(Holder.PERSONAL_ID_PREFIX.length()) : null;

		return new CertificateFacts(value(subject, BCStyle.CN), role(value(subject, BCStyle.OU)),
				value(subject, BCStyle.ORGANIZATION_IDENTIFIER), personalId, value(subject, BCStyle.O));
	}

	/**
	 * The subject as a person reads it: the name, the organisation, the personal ID and the school code, decoded
	 * (not the OIDs and hex of RFC 2253), e.g. "Dương Thùy My – Trường TH A – CCCD 001180004321 – mã 79000101".
	 */
	String readable() {

		StringBuilder text = new StringBuilder(name == null ? "?" : name);
		if (organisation != null && !organisation.equals(name)) {
			text.append(" – ").append(organisation);
		}
		if (personalId != null) {
			text.append(" – CCCD ").append(personalId);
		}
		if (schoolCode != null) {
			text.append(" – MA_TRUONG ").append(schoolCode);
		}
		return text.toString();
	}

	private static CertificateRole role(String text) {
		for (CertificateRole role : CertificateRole.values()) {
			if (role.name().equals(text)) {
				return role;
			}
		}
		return null;
	}

	private static String value(X500Name name, ASN1ObjectIdentifier type) {
		RDN[] rdns = name.getRDNs(type);
		return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
	}

}
