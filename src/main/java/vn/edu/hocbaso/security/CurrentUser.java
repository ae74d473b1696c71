package vn.edu.hocbaso.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.edu.hocbaso.organisation.Role;

/**
 * The signed-in member of staff: the principal of every authenticated request. Carries the roles and the
 * {@link AccessScope} as they were at login.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	/** Which role names a person whose roles are several: the widest first. */
	private static final List<Role> PRECEDENCE = List.of(Role.ADMINISTRATOR, Role.DEPARTMENT_OFFICER,
			Role.PRINCIPAL, Role.VICE_PRINCIPAL, Role.SCHOOL_CLERK, Role.HOMEROOM_TEACHER, Role.SUBJECT_TEACHER);

	private final String username;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final Long staffId;

	private final String fullName;

	private final List<Role> roles;

	private final AccessScope scope;

	private final String preferredLanguage;

	CurrentUser(Account account, boolean locked, String fullName, Collection<Role> roles, AccessScope scope) {
		this.username = account.getUsername();
		this.passwordHash = account.getPasswordHash();
		this.enabled = account.isEnabled();
		this.locked = locked;
		this.staffId = account.getStaffId();
		this.fullName = fullName;
		this.roles = roles.stream().distinct().sorted(Comparator.comparingInt(PRECEDENCE::indexOf)).toList();
		this.scope = scope;
		this.preferredLanguage = account.getPreferredLanguage();
	}

	public Long getStaffId() {
		return staffId;
	}

	public String getFullName() {
		return fullName;
	}

	public List<Role> getRoles() {
		return roles;
	}

	/** The role the person is greeted with and whose home page she sees, or null without any role. */
	public Role getMainRole() {
		return roles.isEmpty() ? null : roles.get(0);
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public AccessScope getScope() {
		return scope;
	}

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.username.equals(username);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}

	@Override
	public String toString() {
		return "CurrentUser[" + username + "]";
	}

}
