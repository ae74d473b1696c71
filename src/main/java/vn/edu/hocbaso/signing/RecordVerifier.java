package vn.edu.hocbaso.signing;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.w3c.dom.Document;

/**
 * Verifies the signatures of a record's national XML: each signature valid over the data and its signing time
 * (naming the block whose signature is broken), its certificate chained to a trusted root and valid at the
 * signing time, not revoked by then according to the CRLs given, its holder fit for the block (role, school and,
 * for a person, the personal ID the record names for that block), and the order teacher, principal, school.
 *
 * <p>The signing time is the one the signer declares; without a timestamp from a timestamp authority it is
 * believed as written, so a key revoked later could still sign with an earlier time. Timestamps are for later.
 */
final class RecordVerifier {

	private final Set<TrustAnchor> anchors;

	private final List<X509CRL> crls;

	RecordVerifier(List<X509Certificate> trustedRoots, List<X509CRL> crls) {
		this.anchors = trustedRoots.stream().map(root -> new TrustAnchor(root, null)).collect(Collectors.toSet());
		this.crls = List.copyOf(crls);
	}

	VerificationResult verify(byte[] xml) {

		Document document = RecordXml.parse(xml);
		List<VerificationResult.SignatureCheck> checks = new ArrayList<>();
		OffsetDateTime previous = null;
		for (CertificateRole role : CertificateRole.values()) {
			VerificationResult.SignatureCheck check = check(document, role, previous);
			checks.add(check);
			previous = check.signingTime();
		}

		return new VerificationResult(checks);
	}

	private VerificationResult.SignatureCheck check(Document document, CertificateRole role,
			OffsetDateTime previous) {

		if (XmlSignatures.signatureOf(document, role) == null) {
			return new VerificationResult.SignatureCheck(role.block(), null, null,
					List.of(Finding.of("signing.verify.missing", role.block())));
		}
		SignatureReading reading = SignatureReading.of(document, role);
		if (reading.certificate() == null) {
			return new VerificationResult.SignatureCheck(role.block(), null, reading.signingTime(),
					List.of(Finding.of("signing.verify.broken", role.block())));
		}

		List<Finding> findings = new ArrayList<>();
		if (!reading.valid()) {
			findings.add(Finding.of("signing.verify.broken", role.block()));
		}
		if (reading.signingTime() == null) {
			findings.add(Finding.of("signing.verify.noSigningTime", role.block()));
		}
		else {
			findings.addAll(certificateFindings(reading.certificate(), reading.signingTime(), role));
			if (previous != null && reading.signingTime().isBefore(previous)) {
				findings.add(Finding.of("signing.verify.order", role.block(), role.previous().block()));
			}
		}
		findings.addAll(holderFindings(document, role, reading));

		return new VerificationResult.SignatureCheck(role.block(),
				CertificateFacts.of(reading.certificate()).name(), reading.signingTime(), findings);
	}

	private List<Finding> certificateFindings(X509Certificate certificate, OffsetDateTime at, CertificateRole role) {

		List<Finding> findings = new ArrayList<>();
		Date date = Date.from(at.toInstant());
		try {
			certificate.checkValidity(date);
		}
		catch (CertificateExpiredException | CertificateNotYetValidException ex) {
			findings.add(Finding.of("signing.verify.expired", role.block()));
		}
		if (!chainsToTrustedRoot(certificate, date)) {
			findings.add(Finding.of("signing.verify.untrusted", role.block()));
		}
		X509CRLEntry revoked = revocation(certificate);
		if (revoked != null && !revoked.getRevocationDate().after(date)) {
			findings.add(Finding.of("signing.verify.revoked", role.block()));
		}

		return findings;
	}

	private static List<Finding> holderFindings(Document document, CertificateRole role, SignatureReading reading) {

		List<Finding> findings = new ArrayList<>();
		CertificateFacts facts = CertificateFacts.of(reading.certificate());
		if (facts.role() != role) {
			findings.add(Finding.of("signing.verify.wrongRole", role.block()));
		}
		if (!Objects.equals(facts.schoolCode(), RecordXml.general(document, RecordXml.MA_TRUONG))) {
			findings.add(Finding.of("signing.verify.otherSchool", role.block()));
		}
		if (role.personal() && !samePerson(document, role, facts, reading)) {
			findings.add(Finding.of("signing.verify.otherPerson", role.block()));
		}

		return findings;
	}

	/** The certificate's personal ID is the block's SO_CCCD and the one the record names for that role. */
	private static boolean samePerson(Document document, CertificateRole role, CertificateFacts facts,
			SignatureReading reading) {
		String named = RecordXml.general(document, role == CertificateRole.TEACHER
				? RecordXml.SO_CCCD_GIAO_VIEN_CHU_NHIEM : RecordXml.SO_CCCD_GIAM_HIEU_KY_HOC_BA);
		return facts.personalId() != null && facts.personalId().equals(reading.personalId())
				&& facts.personalId().equals(named);
	}

	private boolean chainsToTrustedRoot(X509Certificate certificate, Date at) {
		return chainsTo(anchors, certificate, at);
	}

	/** Whether the certificate chains to one of the roots at that time; the same test for signing and import. */
	static boolean chainsTo(List<X509Certificate> roots, X509Certificate certificate, Date at) {
		return chainsTo(roots.stream().map(root -> new TrustAnchor(root, null)).collect(Collectors.toSet()),
				certificate, at);
	}

	private static boolean chainsTo(Set<TrustAnchor> anchors, X509Certificate certificate, Date at) {
		try {
			PKIXParameters parameters = new PKIXParameters(anchors);
			parameters.setRevocationEnabled(false);
			parameters.setDate(at);
			CertificateFactory factory = CertificateFactory.getInstance("X.509");
			CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(List.of(certificate)), parameters);
			return true;
		}
		catch (CertPathValidatorException ex) {
			return false;
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	/** The certificate's entry in a CRL of its issuer, checked to be signed by that issuer. */
	private X509CRLEntry revocation(X509Certificate certificate) {
		for (X509CRL crl : crls) {
			if (crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal()) && signedByAnchor(crl)) {
				X509CRLEntry entry = crl.getRevokedCertificate(certificate);
				if (entry != null) {
					return entry;
				}
			}
		}
		return null;
	}

	private boolean signedByAnchor(X509CRL crl) {
		for (TrustAnchor anchor : anchors) {
			try {
				crl.verify(anchor.getTrustedCert().getPublicKey());
				return true;
			}
			catch (GeneralSecurityException ex) {
				// Not this anchor's CRL; try the next one.
			}
		}
		return false;
	}

}
