package vn.edu.hocbaso.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page; Spring Security handles the form's POST.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String showLoginForm(@RequestParam(name = "locked", required = false) String locked, Model model) {
		if (locked != null) {
			model.addAttribute("lockMinutes", lockMinutes(locked));
		}
		return "login";
	}

	/** The minutes come from our own redirect but travel in the URL, so anything odd is read as a full lock. */
	private static long lockMinutes(String value) {

		long full = LoginAttempts.LOCK_TIME.toMinutes();
		if (!value.matches("\\d{1,3}")) {
			return full;
		}

		return Math.min(Math.max(Long.parseLong(value), 1), full);
	}

}
