package vn.edu.hocbaso.security;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import vn.edu.hocbaso.organisation.Role;

/**
 * Who may open what. Two chains: the Camunda webapps (administrators only) and the application itself. Both
 * share the login form, the session and the headers; CSRF protection is Spring's except for Camunda's REST API.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // the command-line city generation runs without a web server
class SecurityConfiguration {

	/**
	 * Our pages load nothing from elsewhere and run no script of their own. Camunda's pages are not covered:
	 * its header filter sends its own policy (with a nonce for its inline scripts).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	@Bean
	@Order(1)
	SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {

		// Path patterns, not MVC patterns: most of /camunda/** is served by Camunda's own servlets, which MVC
		// matchers (tied to the DispatcherServlet) would silently not match.
		http.securityMatcher(PATHS.matcher("/camunda/**"))
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.ADMINISTRATOR.name()))
			// The Cockpit, Tasklist and Admin pages call /camunda/api/** with Camunda's own CSRF token (cookie
			// XSRF-TOKEN, header X-XSRF-TOKEN), checked by Camunda's CsrfPreventionFilter that the webapp
			// starter puts in front of that API. Spring's token would be a second, different one the
			// AngularJS client does not send, so Spring leaves that path to Camunda's filter.
			.csrf(csrf -> csrf.ignoringRequestMatchers(PATHS.matcher("/camunda/api/**")))
			// No policy of ours here: Camunda's header filter sends one that fits its pages.
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.exceptionHandling(
					errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));

		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain application(HttpSecurity http, LoginHandlers handlers) throws Exception {

		http.authorizeHttpRequests(requests -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
			.requestMatchers("/login", "/error", "/css/**", "/favicon.ico", "/actuator/health").permitAll()
			// The built-in authority's CRL is public: verifiers elsewhere fetch it without an account.
			.requestMatchers("/certificates/crl").permitAll()
			// The registry's transaction interface: each transaction is authenticated by its own signature.
			.requestMatchers(HttpMethod.POST, "/registry/transactions").permitAll()
			// The transparency log's department key and latest checkpoint are public, for offline verification.
			.requestMatchers(HttpMethod.GET, "/registry/log/**").permitAll()
			// Public verification of registry records (issue 6), with the root its offline command chains to.
			.requestMatchers("/verify", "/verify/**", "/certificates/root.pem").permitAll()
			.anyRequest().authenticated())
			.formLogin(login -> login.loginPage("/login")
				.successHandler(handlers.success())
				.failureHandler(handlers.failure())
				.permitAll())
			// No session and no browser behind a transaction: its signature, not a CSRF token, guards it.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/registry/transactions"))
			// With CSRF on, logout is a POST carrying the token; a link cannot log anyone out.
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(errors -> errors.accessDeniedHandler(new ExpiredSessionHandler()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));

		return http.build();
	}

}
