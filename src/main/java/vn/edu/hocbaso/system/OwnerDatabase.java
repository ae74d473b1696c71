package vn.edu.hocbaso.system;

import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The owner of the schema: the role that migrates it at start, and that the city generator loads a city with
 * (it puts indexes and constraints aside during the load). The running application never works through it: it
 * connects as its own role (app.database.app-username, created by migration V78), which may not change the
 * schema, disable a trigger or edit a locked registry record. Connections here are not pooled, so none stays
 * open once the migration or the load is over.
 * <p>
 * Tests use it for what only the owner may do, e.g. {@code new JdbcTemplate(owner.dataSource())} to disable a
 * trigger.
 */
public final class OwnerDatabase {

	private static final Logger LOG = LoggerFactory.getLogger(OwnerDatabase.class);

	private static final String MIGRATIONS = "classpath:db/migration";

	private final DataSource dataSource;

	private final String appUsername;

	private final String appPassword;

	OwnerDatabase(DataSource dataSource, String appUsername, String appPassword) {
		this.dataSource = dataSource;
		this.appUsername = appUsername;
		this.appPassword = appPassword;
	}

	/** Connections as the owner, one per {@code getConnection()}. */
	public DataSource dataSource() {
		return dataSource;
	}

	/** The role the application connects as. */
	public String appUsername() {
		return appUsername;
	}

	/** Migrates the schema to the latest version; the application's role is created by it if missing. */
	void migrate() {
		migrate(dataSource);
	}

	/**
	 * Migrates another database of the same server (a scratch database of a test) the same way, with the same
	 * application role.
	 */
	public void migrate(DataSource database) {

		MigrateResult result = Flyway.configure()
			.dataSource(database)
			.locations(MIGRATIONS)
			.placeholders(Map.of("appUser", appUsername, "appPassword", appPassword))
			.load()
			.migrate();

		LOG.info("Database schema at version {} ({} migrations applied now); the application connects as {}",
				result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
				result.migrationsExecuted, appUsername);
	}

}
