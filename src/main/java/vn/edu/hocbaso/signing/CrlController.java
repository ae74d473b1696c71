package vn.edu.hocbaso.signing;

import java.nio.charset.StandardCharsets;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The built-in authority's CRL, DER-encoded, for anyone: a verifier elsewhere fetches it without an account,
 * as it would fetch a public authority's (security.SecurityConfiguration lets this one path through). Its root
 * certificate, for signed-in users, is the trust anchor to check a downloaded record with {@code xmlsec1}.
 */
@Controller
class CrlController {

	private final CertificateAuthority authority;

	CrlController(CertificateAuthority authority) {
		this.authority = authority;
	}

	@GetMapping("/certificates/crl")
	ResponseEntity<byte[]> crl() throws CRLException {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/pkix-crl"))
			.header("Content-Disposition", "attachment; filename=\"hocbaso.crl\"")
			.body(authority.crl().getEncoded());
	}

	@GetMapping("/certificates/root.pem")
	ResponseEntity<byte[]> root() throws CertificateEncodingException {
		String pem = "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
					.encodeToString(authority.rootCertificate().getEncoded())
				+ "\n-----END CERTIFICATE-----\n";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/x-pem-file"))
			.header("Content-Disposition", "attachment; filename=\"hocbaso-root.pem\"")
			.body(pem.getBytes(StandardCharsets.US_ASCII));
	}

}
