package vn.edu.hocbaso.browser;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.edu.hocbaso.browser.Views.HomeView;
import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.security.AccessScope;
import vn.edu.hocbaso.security.AccessScopes;
import vn.edu.hocbaso.security.CurrentUser;

/**
 * The home page: what needs the user now, by role. A teacher sees her classes, the school board and clerk
 * their school grade by grade, the department its schools. Records and tasks join these lists when they exist.
 */
@Controller
class HomeController {

	private final OrganisationBrowser browser;

	private final AccessScopes scopes;

	HomeController(OrganisationBrowser browser, AccessScopes scopes) {
		this.browser = browser;
		this.scopes = scopes;
	}

	@GetMapping("/")
	String showHome(Model model) {

		CurrentUser user = scopes.currentUser();
		AccessScope scope = user.getScope();
		Role mainRole = user.getMainRole();

		boolean teacher = user.hasRole(Role.HOMEROOM_TEACHER) || user.hasRole(Role.SUBJECT_TEACHER);

		model.addAttribute("home", new HomeView(mainRole == null ? "NONE" : mainRole.name(),
				browser.currentYearName(), teacher, browser.classesOf(scope), browser.schoolSummaries(scope),
				scope.isDepartmentWide(), scope.isDepartmentWide() ? browser.schools(scope) : List.of()));

		return "home";
	}

}
