package vn.edu.hocbaso.registry;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.edu.hocbaso.system.OwnerDatabase;

/**
 * What the schema's owner can do to a stored record and the application's role cannot: disable the registry's
 * trigger, overwrite the bytes, enable the trigger again. The tests of what the audit and the public pages see
 * after such a change use it, and put the received bytes back the same way.
 */
final class OwnerTampering {

	private OwnerTampering() {
	}

	static void overwrite(OwnerDatabase owner, UUID lookupCode, byte[] xml) {
		JdbcTemplate ownerJdbc = new JdbcTemplate(owner.dataSource());
		ownerJdbc.execute("alter table registry_record disable trigger registry_record_refuse_change");
		try {
			ownerJdbc.update("update registry_record set xml = ? where lookup_code = ?", xml, lookupCode);
		}
		finally {
			ownerJdbc.execute("alter table registry_record enable trigger registry_record_refuse_change");
		}
	}

}
