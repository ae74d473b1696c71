package vn.edu.hocbaso.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.Staff;
import vn.edu.hocbaso.organisation.StaffRepository;
import vn.edu.hocbaso.organisation.StaffRole;

/**
 * Loads an account with the staff member's roles and scope.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final StaffRepository staff;

	private final Clock clock = Clock.systemUTC();

	AccountUserDetailsService(AccountRepository accounts, StaffRepository staff) {
		this.accounts = accounts;
		this.staff = staff;
	}

	/** Usernames are stored in lower case; a name typed with a capital (as phones like to) still finds them. */
	@Override
	@Transactional(readOnly = true)
	public CurrentUser loadUserByUsername(String username) {

		Account account = accounts.findByUsername(Usernames.normalise(username))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		Staff member = staff.findWithRolesById(account.getStaffId())
			.orElseThrow(() -> new UsernameNotFoundException("Account without staff"));

		return new CurrentUser(account, account.isLockedAt(clock.instant()), member.getFullName(),
				member.getRoles().stream().map(StaffRole::getRole).toList(), AccessScope.of(member));
	}

}
