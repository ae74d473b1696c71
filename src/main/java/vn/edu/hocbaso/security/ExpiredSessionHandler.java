package vn.edu.hocbaso.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent after its session has expired (or lost its cookie) carries a CSRF token that no session knows.
 * That is not an attack to refuse but a user to send back to the login page with a word of explanation: for the
 * login and logout forms, and for any form of a user who is no longer signed in. Every other refusal stays a 403.
 */
class ExpiredSessionHandler implements AccessDeniedHandler {

	static final String EXPIRED_URL = "/login?expired";

	private final AccessDeniedHandler refusal = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {

		if (denied instanceof CsrfException && (isLoginOrLogout(request) || !signedIn())) {
			response.sendRedirect(request.getContextPath() + EXPIRED_URL);
			return;
		}

		refusal.handle(request, response, denied);
	}

	private static boolean isLoginOrLogout(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/login") || path.equals("/logout");
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser;
	}

}
