package vn.edu.hocbaso.signing;

import java.security.cert.CRLException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The built-in authority's CRL, DER-encoded, for anyone: a verifier elsewhere fetches it without an account,
 * as it would fetch a public authority's (security.SecurityConfiguration lets this one path through).
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

}
