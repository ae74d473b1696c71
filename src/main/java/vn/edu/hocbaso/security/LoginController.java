package vn.edu.hocbaso.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page; Spring Security handles the form's POST.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String showLoginForm() {
		return "login";
	}

}
