package vn.edu.hocbaso.submission;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.system.OwnerDatabase;

/**
 * Failures of the embedded registry and of the outbox for tests, made with triggers: DDL, which only the schema's
 * owner may run (the application's role may not). Each failure lasts until it is closed, so that a test holds it
 * in a try-with-resources block and cannot leave it behind for the next test.
 */
@Component
class RegistryFailures {

	private final JdbcTemplate owner;

	RegistryFailures(OwnerDatabase ownerDatabase) {
		this.owner = new JdbcTemplate(ownerDatabase.dataSource());
	}

	/** A failure in place; closing it removes it. */
	final class Failure implements AutoCloseable {

		private final String trigger;

		private final String table;

		private Failure(String trigger, String table) {
			this.trigger = trigger;
			this.table = table;
		}

		@Override
		public void close() {
			owner.execute("drop trigger %1$s on %2$s; drop function %1$s()".formatted(trigger, table));
		}

	}

	/** The registry fails while it stores a transaction of the school: for the school, no answer. */
	Failure registryDown(long schoolId) {
		return raise("registry_down_" + schoolId, "before insert on registry_transaction",
				"new.school_id = " + schoolId, "registry down");
	}

	/** The outbox fails when it records that the school's process was told an answer. */
	Failure tellingFails(long schoolId) {
		return raise("tell_fails_" + schoolId, "before update on registry_submission",
				"new.school_id = " + schoolId + " and new.correlated_at is not null", "stopped");
	}

	private Failure raise(String trigger, String event, String condition, String message) {
		owner.execute("""
				create function %1$s() returns trigger language plpgsql as $$
				begin
					if %3$s then raise exception '%4$s'; end if;
					return new;
				end $$;
				create trigger %1$s %2$s for each row execute function %1$s()"""
			.formatted(trigger, event, condition, message));
		return new Failure(trigger, event.substring(event.lastIndexOf(' ') + 1));
	}

}
