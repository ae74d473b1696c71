package vn.edu.hocbaso.browser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.edu.hocbaso.security.AccessScopes;

/**
 * The organisation browser: schools, a school's classes, a class's pupils, a pupil's identity and study
 * history, and pupil search.
 */
@Controller
class BrowserController {

	private final OrganisationBrowser browser;

	private final AccessScopes scopes;

	BrowserController(OrganisationBrowser browser, AccessScopes scopes) {
		this.browser = browser;
		this.scopes = scopes;
	}

	@GetMapping("/schools")
	String listSchools(Model model) {
		model.addAttribute("schools", browser.schools(scopes.current()));
		return "schools/list";
	}

	@GetMapping("/schools/{id}")
	String showSchool(@PathVariable Long id, Model model) {
		model.addAttribute("view", browser.school(id, scopes.current()));
		return "schools/show";
	}

	@GetMapping("/classes/{id}")
	String showClass(@PathVariable Long id, Model model) {
		model.addAttribute("view", browser.schoolClass(id, scopes.current(), scopes.currentUser().getStaffId()));
		return "classes/show";
	}

	@GetMapping("/pupils/{id}")
	String showPupil(@PathVariable Long id, Model model) {
		model.addAttribute("pupil", browser.pupil(id, scopes.current()));
		return "pupils/show";
	}

	@GetMapping("/pupils")
	String searchPupils(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {

		model.addAttribute("q", query);
		model.addAttribute("results", browser.search(query, page, scopes.current()));

		return "pupils/list";
	}

}
