package vn.edu.hocbaso.signing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.edu.hocbaso.organisation.Role;

/**
 * The certificates page (chứng thư số) of a school's board and clerk and of the department: every certificate
 * with its holder and standing, who should sign but has none, the import of a certificate whose key is
 * elsewhere, downloads and revocation. A holder's own page issues her a certificate from the built-in
 * authority.
 *
 * <p>The person herself asks for her certificate, not the board for her: she types the password that protects
 * her key, and a password someone else chose would be known to two people, so a signature could no longer be
 * held to be hers.
 */
@Controller
@RequestMapping("/certificates")
class CertificateController {

	private static final String LIST = "redirect:/certificates";

	private static final String MINE = "redirect:/certificates/mine";

	private final CertificateAuthority authority;

	private final CertificatePages pages;

	private final CertificateAccess access;

	CertificateController(CertificateAuthority authority, CertificatePages pages, CertificateAccess access) {
		this.authority = authority;
		this.pages = pages;
		this.access = access;
	}

	@GetMapping
	String list(Model model) {

		Set<Long> schoolIds = access.schoolIds();

		model.addAttribute("certificates", pages.certificates(schoolIds));
		model.addAttribute("signers", pages.signers(schoolIds));
		model.addAttribute("department", access.department());
		model.addAttribute("clerkSchools", access.user().hasRole(Role.SCHOOL_CLERK) ? schoolIds : Set.of());
		model.addAttribute("reasons", RevocationReason.values());

		return "certificates/index";
	}

	@GetMapping("/mine")
	String mine(Model model) {

		model.addAttribute("certificates", pages.holderCertificates(access.user().getStaffId()));
		model.addAttribute("roles", signingRoles());
		// The clerk signs the issue with the school's certificate, not one of her own: the page says she holds it.
		model.addAttribute("schoolIssue", access.user().hasRole(Role.SCHOOL_CLERK)
				? pages.schoolIssueCertificates(access.schoolIds()) : List.of());

		return "certificates/mine";
	}

	/** Issues the signed-in person a certificate from the built-in authority, her key under her password. */
	@PostMapping("/mine")
	String issue(@RequestParam CertificateRole role, @RequestParam String password,
			@RequestParam String passwordAgain, RedirectAttributes redirect) {

		try {
			checkPasswords(password, passwordAgain);
			authority.issueForStaff(access.user().getStaffId(), role, password.toCharArray());
		}
		catch (SignatureRefused refused) {
			return refused(refused, redirect, MINE);
		}

		redirect.addFlashAttribute("notice", new Notice("certificates.issued"));
		return MINE;
	}

	/**
	 * Issues the signed-in person a certificate for an external signer and answers its PKCS#12 (key and
	 * certificate under her password) as a download, this once: the server keeps only the certificate.
	 */
	@PostMapping("/mine/external")
	ResponseEntity<byte[]> issueExternal(@RequestParam CertificateRole role, @RequestParam String password,
			@RequestParam String passwordAgain, HttpServletRequest request, HttpServletResponse response) {

		byte[] pkcs12;
		try {
			checkPasswords(password, passwordAgain);
			pkcs12 = authority.issueExternalForStaff(access.user().getStaffId(), role, password.toCharArray());
		}
		catch (SignatureRefused refused) {
			// A download or, refused, back to her page with the reason, as the other forms do.
			RequestContextUtils.getOutputFlashMap(request).put("refusal", Notice.of(refused));
			RequestContextUtils.saveOutputFlashMap("/certificates/mine", request, response);
			URI mine = ServletUriComponentsBuilder.fromContextPath(request).path("/certificates/mine").build().toUri();
			return ResponseEntity.status(HttpStatus.FOUND).location(mine).build();
		}

		return download(pkcs12, "application/x-pkcs12", "external-" + role.name().toLowerCase() + ".p12");
	}

	/** Registers the public part of a certificate whose key is on a token or with a remote signing service. */
	@PostMapping("/import")
	String importCertificate(@RequestParam long staffId, @RequestParam CertificateRole role,
			@RequestParam MultipartFile file, RedirectAttributes redirect) throws IOException {

		long schoolId = ownSchool();
		try {
			if (role == CertificateRole.SCHOOL_ISSUE) {
				throw new SignatureRefused("certificates.refused.importPersonal");
			}
			authority.importCertificate(staffId, schoolId, role, file.getBytes());
		}
		catch (SignatureRefused refused) {
			return refused(refused, redirect, LIST);
		}

		redirect.addFlashAttribute("notice", new Notice("certificates.imported"));
		return LIST;
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam RevocationReason reason, RedirectAttributes redirect) {

		SigningCertificate certificate = certificate(id);
		if (!access.mayRevoke(certificate)) {
			throw new CertificateAccess.NotYours();
		}
		try {
			authority.revoke(id, reason);
		}
		catch (SignatureRefused refused) {
			return refused(refused, redirect, LIST);
		}

		redirect.addFlashAttribute("notice", new Notice("certificates.revoked", certificate.getSubject()));
		return LIST;
	}

	/** The certificate alone (public): anyone who may see it downloads it to check signatures elsewhere. */
	@GetMapping("/{id}/pem")
	ResponseEntity<byte[]> pem(@PathVariable long id) {

		SigningCertificate certificate = visible(id);
		String pem = "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
					.encodeToString(certificate.encoded())
				+ "\n-----END CERTIFICATE-----\n";

		return download(pem.getBytes(StandardCharsets.US_ASCII), "application/x-pem-file",
				"certificate-" + certificate.getSerialNumber() + ".pem");
	}

	/** The key with its certificate, still under the holder's password: for the holder and nobody else. */
	@GetMapping("/{id}/pkcs12")
	ResponseEntity<byte[]> pkcs12(@PathVariable long id) {

		SigningCertificate certificate = certificate(id);
		if (!access.isHolder(certificate)) {
			throw new CertificateAccess.NotYours();
		}

		// An external certificate's key never was on the server (its one-time file was handed out at issue).
		byte[] pkcs12;
		try {
			pkcs12 = authority.holderPkcs12(id);
		}
		catch (SignatureRefused noKeyOnServer) {
			throw new SigningPages.Missing();
		}
		return download(pkcs12, "application/x-pkcs12", "certificate-" + certificate.getSerialNumber() + ".p12");
	}

	static void checkPasswords(String password, String again) {
		if (!password.equals(again)) {
			throw new SignatureRefused("certificates.refused.passwordMismatch");
		}
	}

	static String refused(SignatureRefused refused, RedirectAttributes redirect, String to) {
		redirect.addFlashAttribute("refusal", Notice.of(refused));
		return to;
	}

	private SigningCertificate visible(long id) {
		SigningCertificate certificate = certificate(id);
		if (!access.maySee(certificate)) {
			throw new CertificateAccess.NotYours();
		}
		return certificate;
	}

	/** An unknown id is answered as one of another school, so that ids tell nothing. */
	private SigningCertificate certificate(long id) {
		return authority.findOptional(id).orElseThrow(CertificateAccess.NotYours::new);
	}

	/** A school's board imports for its own staff; the department picks no school here. */
	private long ownSchool() {
		Set<Long> own = access.user().getScope().schoolIds();
		if (own.size() != 1) {
			throw new CertificateAccess.NotYours();
		}
		return own.iterator().next();
	}

	/** The certificates the signed-in person may ask for: a homeroom teacher's, a principal's, or both. */
	private List<CertificateRole> signingRoles() {

		List<CertificateRole> roles = new ArrayList<>();
		if (access.user().hasRole(Role.HOMEROOM_TEACHER)) {
			roles.add(CertificateRole.TEACHER);
		}
		if (access.user().hasRole(Role.PRINCIPAL) || access.user().hasRole(Role.VICE_PRINCIPAL)) {
			roles.add(CertificateRole.PRINCIPAL);
		}

		return roles;
	}

	private static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
