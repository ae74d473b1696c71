package vn.edu.hocbaso.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user and her {@link AccessScope}, for the modules that query what she may see.
 */
@Component
public class AccessScopes {

	/** The user of the current request; fails when nobody with an account is signed in. */
	public CurrentUser currentUser() {

		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return user;
		}

		throw new AccessDeniedException("No signed-in member of staff");
	}

	public AccessScope current() {
		return currentUser().getScope();
	}

}
