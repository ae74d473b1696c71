package vn.edu.hocbaso.signing;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registration of a school's issue certificate (đăng ký chứng thư số phát hành): the clerk requests it,
 * with the password that will protect the school's key, and the department approves or refuses it, saying
 * why, on its requests page.
 */
@Controller
@RequestMapping("/certificates")
class CertificateRequestController {

	private static final String REQUESTS = "redirect:/certificates/requests";

	private final CertificateAuthority authority;

	private final CertificatePages pages;

	private final CertificateAccess access;

	CertificateRequestController(CertificateAuthority authority, CertificatePages pages, CertificateAccess access) {
		this.authority = authority;
		this.pages = pages;
		this.access = access;
	}

	@PostMapping("/school-request")
	String request(@RequestParam long schoolId, @RequestParam String password, @RequestParam String passwordAgain,
			RedirectAttributes redirect) {

		access.checkClerkOf(schoolId);
		try {
			CertificateController.checkPasswords(password, passwordAgain);
			authority.requestSchoolCertificate(schoolId, password.toCharArray());
		}
		catch (SignatureRefused refused) {
			return CertificateController.refused(refused, redirect, "redirect:/certificates");
		}

		redirect.addFlashAttribute("notice", new Notice("certificates.requested"));
		return "redirect:/certificates";
	}

	@GetMapping("/requests")
	String requests(Model model) {
		model.addAttribute("requests", pages.requests(access.departmentSchoolIds()));
		return "certificates/requests";
	}

	@PostMapping("/requests/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {

		SigningCertificate certificate = request(id);
		try {
			authority.approveRegistration(id);
		}
		catch (SignatureRefused refused) {
			return CertificateController.refused(refused, redirect, REQUESTS);
		}

		redirect.addFlashAttribute("notice", new Notice("certificates.approved", certificate.getSubject()));
		return REQUESTS;
	}

	@PostMapping("/requests/{id}/refuse")
	String refuse(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {

		SigningCertificate certificate = request(id);
		try {
			authority.refuseRegistration(id, reason);
		}
		catch (SignatureRefused refused) {
			return CertificateController.refused(refused, redirect, REQUESTS);
		}

		redirect.addFlashAttribute("notice", new Notice("certificates.refusedRequest", certificate.getSubject()));
		return REQUESTS;
	}

	/** A school's issue certificate of the department; anything else is not the department's to decide. */
	private SigningCertificate request(long id) {

		Set<Long> schoolIds = access.departmentSchoolIds();
		SigningCertificate certificate = authority.findOptional(id).orElseThrow(CertificateAccess.NotYours::new);
		if (certificate.getRole() != CertificateRole.SCHOOL_ISSUE || !schoolIds.contains(certificate.getSchoolId())) {
			throw new CertificateAccess.NotYours();
		}

		return certificate;
	}

}
