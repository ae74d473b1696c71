package vn.edu.hocbaso.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.edu.hocbaso.browser.Views.EnrolTarget;
import vn.edu.hocbaso.organisation.PupilRegistration;
import vn.edu.hocbaso.organisation.Registered;
import vn.edu.hocbaso.organisation.RegistrationRefused;
import vn.edu.hocbaso.security.AccessScopes;

/**
 * Enrolling a pupil in a class (thêm học sinh), by the principal, vice-principal or clerk of the school: a new
 * pupil, or one moving in from another school who keeps her identity.
 */
@Controller
@RequestMapping("/classes/{classId}/pupils/new")
class EnrolmentController {

	private static final String FORM = "pupils/new";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final OrganisationBrowser browser;

	private final AccessScopes scopes;

	private final PupilRegistration registration;

	private final Clock clock;

	EnrolmentController(OrganisationBrowser browser, AccessScopes scopes, PupilRegistration registration,
			Clock clock) {
		this.browser = browser;
		this.scopes = scopes;
		this.registration = registration;
		this.clock = clock;
	}

	/** Runs before the form is bound, so that users outside the school learn nothing from validation. */
	@ModelAttribute("target")
	EnrolTarget target(@PathVariable Long classId) {
		return browser.enrolTarget(classId, scopes.current());
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder, @PathVariable Long classId) {
		binder.addValidators(new EnrolmentFormValidator(registration, classId));
	}

	@GetMapping
	String initCreationForm(@ModelAttribute("form") EnrolmentForm form) {
		form.setEnrolledOn(LocalDate.now(clock.withZone(VIETNAM)));
		return FORM;
	}

	@PostMapping
	String processCreationForm(@PathVariable Long classId, @Valid @ModelAttribute("form") EnrolmentForm form,
			BindingResult result, RedirectAttributes redirect) {

		if (result.hasErrors()) {
			return FORM;
		}

		Registered registered;
		try {
			registered = registration.register(form.toRegistration(classId));
		}
		catch (RegistrationRefused ex) {
			// Another user saved something in between that this registration now contradicts.
			ex.problems().forEach(problem -> result.rejectValue(problem.field(), problem.messageKey()));
			return FORM;
		}
		catch (DataIntegrityViolationException ex) {
			result.reject("enrol.conflict");
			return FORM;
		}

		redirect.addFlashAttribute("registered", registered);
		return "redirect:/pupils/" + registered.pupilId();
	}

}
