package vn.edu.hocbaso.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Signs the Camunda webapps (Cockpit, Tasklist, Admin under {@code /camunda}) in with our own login, through
 * Camunda's container-based authentication: a filter that runs after Spring Security, asks
 * {@link SpringSecurityAuthenticationProvider} who is logged in, and puts that user into the session where
 * Camunda's own authentication filter looks. Spring Security has already let only administrators through.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappAuthentication {

	/** Camunda's webapps; with the engine's authorization checks off, each is open to whoever is signed in. */
	private static final Set<String> APPS = Set.of("welcome", "cockpit", "tasklist", "admin");

	@Bean
	FilterRegistrationBean<SessionUserFilter> camundaContainerAuthentication() {

		FilterRegistrationBean<SessionUserFilter> registration = new FilterRegistrationBean<>(new SessionUserFilter());
		registration.setName("camundaContainerAuthentication");
		registration.setInitParameters(
				Map.of("authentication-provider", SpringSecurityAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		// After Spring Security's filter chain, which knows the user; Camunda's own filters come later still.
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);

		return registration;
	}

	/**
	 * The stock filter builds the webapp session from Camunda's own user table and gives up when the user is
	 * not there. Our users live in the {@code account} table only, so this one builds it from what Spring
	 * Security knows. For the same reason the starter's periodic re-check of that session against Camunda's
	 * user table is switched off ({@code camunda.bpm.webapp.auth.cache.ttl-enabled: false}).
	 */
	static class SessionUserFilter extends ContainerBasedAuthenticationFilter {

		@Override
		protected UserAuthentication createAuthentication(ProcessEngine engine, String username,
				List<String> groups, List<String> tenants) {

			UserAuthentication authentication = new UserAuthentication(username, engine.getName());
			authentication.setGroupIds(groups == null ? List.of() : groups);
			authentication.setTenantIds(tenants == null ? List.of() : tenants);
			authentication.setAuthorizedApps(APPS);

			return authentication;
		}

	}

}
