package vn.edu.hocbaso.workflow;

import java.security.SecureRandom;
import java.util.Base64;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's administrator group from being empty. While it is empty, the Camunda webapps send every
 * visitor to a first-run page that creates a Camunda-only administrator login, outside our accounts and their
 * lockout. Our administrators sign in with our own login (security's CamundaWebappAuthentication) and are not
 * Camunda users, so the group gets one technical member whose random password nobody knows (ids may hold only
 * letters and digits).
 */
@Component
class CamundaAdminGroup {

	static final String TECHNICAL_USER = "hocbasosystem";

	private final IdentityService identity;

	CamundaAdminGroup(IdentityService identity) {
		this.identity = identity;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensureMember() {
		if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
			return;
		}

		if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
			Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
			group.setName("Camunda administrators");
			group.setType(Groups.GROUP_TYPE_SYSTEM);
			identity.saveGroup(group);
		}
		if (identity.createUserQuery().userId(TECHNICAL_USER).count() == 0) {
			User user = identity.newUser(TECHNICAL_USER);
			user.setFirstName("Học bạ số");
			user.setLastName("system");
			user.setPassword(randomPassword());
			identity.saveUser(user);
		}

		identity.createMembership(TECHNICAL_USER, Groups.CAMUNDA_ADMIN);
	}

	private static String randomPassword() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

}
