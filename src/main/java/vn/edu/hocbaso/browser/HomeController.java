package vn.edu.hocbaso.browser;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import vn.edu.hocbaso.browser.Views.HomeView;
import vn.edu.hocbaso.notification.Notices;
import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.security.AccessScope;
import vn.edu.hocbaso.security.AccessScopes;
import vn.edu.hocbaso.security.CurrentUser;
import vn.edu.hocbaso.workflow.TaskList;

/**
 * The home page: what needs the user now, by role. A teacher sees her classes, the school board and clerk
 * their school grade by grade, the department its schools; everyone her task counts and unread notices.
 */
@Controller
class HomeController {

	private final OrganisationBrowser browser;

	private final AccessScopes scopes;

	private final TaskList tasks;

	private final Notices notices;

	HomeController(OrganisationBrowser browser, AccessScopes scopes, TaskList tasks, Notices notices) {
		this.browser = browser;
		this.scopes = scopes;
		this.tasks = tasks;
		this.notices = notices;
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
		model.addAttribute("taskCounts", tasks.counts(user));
		model.addAttribute("notices", notices.unread(user.getStaffId()));

		return "home";
	}

	/** Marks one of the user's notices read; someone else's notice is left alone. */
	@PostMapping("/notices/{id}/read")
	String markNoticeRead(@PathVariable long id) {
		notices.markRead(scopes.currentUser().getStaffId(), id);
		return "redirect:/";
	}

}
