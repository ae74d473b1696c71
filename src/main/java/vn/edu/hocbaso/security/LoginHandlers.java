package vn.edu.hocbaso.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

import vn.edu.hocbaso.system.Languages;

/**
 * What happens after a login attempt: the counters of {@link LoginAttempts}, the two answers a failed login
 * can get (wrong name or password; temporarily locked), and the user's preferred language.
 */
@Component
class LoginHandlers {

	private final LoginAttempts attempts;

	private final LocaleResolver localeResolver;

	LoginHandlers(LoginAttempts attempts, LocaleResolver localeResolver) {
		this.attempts = attempts;
		this.localeResolver = localeResolver;
	}

	AuthenticationFailureHandler failure() {
		return this::onFailure;
	}

	SavedRequestAwareAuthenticationSuccessHandler success() {
		return new SavedRequestAwareAuthenticationSuccessHandler() {

			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws ServletException, IOException {

				attempts.recordSuccess(authentication.getName());
				applyPreferredLanguage(request, response, authentication);

				super.onAuthenticationSuccess(request, response, authentication);
			}

		};
	}

	private void onFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {

		String username = String.valueOf(request.getParameter("username")).strip();
		boolean locked = failure instanceof LockedException
				|| (failure instanceof BadCredentialsException && attempts.recordFailure(username));
		long minutes = locked ? Math.max(1, attempts.minutesLocked(username)) : 0;

		// Disabled accounts and every other failure get the same answer as a wrong password.
		response.sendRedirect(request.getContextPath() + (locked ? "/login?locked=" + minutes : "/login?error"));
	}

	/** A language chosen on the page (the cookie) wins over the one stored with the account. */
	private void applyPreferredLanguage(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		if (authentication.getPrincipal() instanceof CurrentUser user && user.getPreferredLanguage() != null
				&& WebUtils.getCookie(request, Languages.COOKIE) == null) {
			localeResolver.setLocale(request, response, Locale.forLanguageTag(user.getPreferredLanguage()));
		}
	}

}
