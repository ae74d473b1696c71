package vn.edu.hocbaso.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.edu.hocbaso.organisation.Role;

/**
 * Tells Camunda's webapps who is logged in, from Spring Security. Our roles become Camunda group ids (so that
 * Tasklist can offer tasks to candidate groups such as {@code PRINCIPAL}); administrators are also members of
 * {@code camunda-admin}, Camunda's group for its Admin app.
 * <p>
 * Public with a no-argument constructor because Camunda's filter creates it by class name.
 */
public class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

	static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {

		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		// Spring Security already keeps everyone else out of /camunda/**; checked again so that a mistake in
		// one place does not open the engine.
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken || !isAdministrator(authentication)) {
			return AuthenticationResult.unsuccessful();
		}

		AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
		result.setGroups(groupsOf(authentication));
		result.setTenants(List.of());

		return result;
	}

	private static boolean isAdministrator(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_" + Role.ADMINISTRATOR.name()));
	}

	private static List<String> groupsOf(Authentication authentication) {

		List<String> groups = new ArrayList<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String role = authority.getAuthority().replaceFirst("^ROLE_", "");
			groups.add(role);
			if (role.equals(Role.ADMINISTRATOR.name())) {
				groups.add(CAMUNDA_ADMIN_GROUP);
			}
		}

		return groups;
	}

}
