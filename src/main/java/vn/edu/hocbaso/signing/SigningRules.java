package vn.edu.hocbaso.signing;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The checks before a signature is added, each refusing with its own message: the block is still empty and the
 * one before it is signed (teacher, then principal, then school) no later than now; the certificate is valid now,
 * not revoked, of the block's role and of the record's school; and a person is the one the caller expects (the
 * class's homeroom teacher, the signing principal), which the record names for that block too.
 */
final class SigningRules {

	private static final int FACTS_KEPT = 256;

	private static final Map<X509Certificate, CertificateFacts> FACTS = new ConcurrentHashMap<>();

	private SigningRules() {
	}

	/**
	 * @param expectedPersonalId the personal ID of the person the caller expects to sign; null for the school
	 * @param revokedAt when the certificate was revoked, or null
	 */
	static void check(Document document, CertificateRole role, X509Certificate certificate, Instant revokedAt,
			String expectedPersonalId, OffsetDateTime signingTime) {

		checkOrder(document, role, signingTime);
		checkCertificate(certificate, revokedAt, signingTime);

		CertificateFacts facts = facts(certificate);
		if (facts.role() != role) {
			throw new SignatureRefused("signing.refused.wrongRole", role.block());
		}
		if (facts.schoolCode() == null) {
			throw new SignatureRefused("signing.refused.noSchoolCode", facts.name());
		}
		if (!Objects.equals(facts.schoolCode(), RecordXml.general(document, RecordXml.MA_TRUONG))) {
			throw new SignatureRefused("signing.refused.otherSchool", facts.name());
		}
		if (role.personal()) {
			checkPerson(document, role, facts, expectedPersonalId);
		}
	}

	/**
	 * A batch signs hundreds of records with one certificate; reading its subject once spares an ASN.1 parse per
	 * signature. Certificates are immutable and equal by their encoding; the cache is emptied when it grows.
	 */
	private static CertificateFacts facts(X509Certificate certificate) {

		CertificateFacts facts = FACTS.get(certificate);
		if (facts == null) {
			if (FACTS.size() >= FACTS_KEPT) {
				FACTS.clear();
			}
			facts = CertificateFacts.of(certificate);
			FACTS.put(certificate, facts);
		}
		return facts;
	}

	private static void checkOrder(Document document, CertificateRole role, OffsetDateTime signingTime) {

		if (XmlSignatures.signatureOf(document, role) != null) {
			throw new SignatureRefused("signing.refused.alreadySigned", role.block());
		}
		CertificateRole previous = role.previous();
		if (previous == null) {
			return;
		}

		Element before = XmlSignatures.signatureOf(document, previous);
		if (before == null) {
			throw new SignatureRefused("signing.refused.order", role.block(), previous.block());
		}
		Element time = RecordXml.child((Element) before.getParentNode(), RecordXml.NGAY_KY);
		if (time == null || RecordXml.parseDateTime(time.getTextContent()).isAfter(signingTime)) {
			throw new SignatureRefused("signing.refused.order", role.block(), previous.block());
		}
	}

	private static void checkCertificate(X509Certificate certificate, Instant revokedAt, OffsetDateTime at) {
		try {
			certificate.checkValidity(Date.from(at.toInstant()));
		}
		catch (CertificateExpiredException | CertificateNotYetValidException ex) {
			throw new SignatureRefused("signing.refused.expired", CertificateFacts.of(certificate).name());
		}
		if (revokedAt != null && !revokedAt.isAfter(at.toInstant())) {
			throw new SignatureRefused("signing.refused.revoked", CertificateFacts.of(certificate).name());
		}
	}

	private static void checkPerson(Document document, CertificateRole role, CertificateFacts facts,
			String expectedPersonalId) {

		String named = RecordXml.general(document, role == CertificateRole.TEACHER
				? RecordXml.SO_CCCD_GIAO_VIEN_CHU_NHIEM : RecordXml.SO_CCCD_GIAM_HIEU_KY_HOC_BA);
		if (facts.personalId() == null || !facts.personalId().equals(expectedPersonalId)
				|| !facts.personalId().equals(named)) {
			throw new SignatureRefused("signing.refused.otherPerson", facts.name(), role.block());
		}
	}

}
