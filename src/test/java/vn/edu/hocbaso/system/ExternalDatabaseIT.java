package vn.edu.hocbaso.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * With {@code app.database.url} set ({@code DB_URL} in a deployment), the application uses that database
 * instead of starting its own: here a second PostgreSQL, on its own port, stands in for a real server. Its owner
 * ({@code DB_USER}) is an ordinary role that owns the database and may create roles, as a hosting provider would
 * give; the migrations create the application's role ({@code DB_APP_USER}), which the application then works as.
 */
@SpringBootTest
@DirtiesContext
class ExternalDatabaseIT {

	private static final String DATABASE = "hocbaso_external";

	private static final String OWNER = "hocbaso_owner";

	private static final String OWNER_PASSWORD = "external-secret";

	private static final String APP_USER = "hocbaso_external_app";

	@RegisterExtension
	static final ExternalServer external = new ExternalServer();

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry registry) {
		registry.add("app.database.url", () -> "jdbc:postgresql://localhost:" + external.port() + "/" + DATABASE);
		registry.add("app.database.username", () -> OWNER);
		registry.add("app.database.password", () -> OWNER_PASSWORD);
		registry.add("app.database.app-username", () -> APP_USER);
		registry.add("app.database.app-password", () -> "external-app-secret");
	}

	@Test
	void migratesAndUsesTheExternalDatabase() throws SQLException {

		JdbcTemplate server = new JdbcTemplate(external.database(DATABASE));
		assertThat(server.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isPositive();
		assertThat(server.queryForObject("select count(*) from flyway_schema_history where not success",
				Integer.class))
			.isZero();
		assertThat(server.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
		assertThat(tableOwner(server, "flyway_schema_history")).isEqualTo(OWNER);
		assertThat(tableOwner(server, "registry_record")).isEqualTo(OWNER);
		// The engine created its tables at its first start, through the application's pool.
		assertThat(tableOwner(server, "act_ru_job")).isEqualTo(APP_USER);
		assertThat(server.queryForObject("select rolsuper or rolbypassrls or rolcreaterole from pg_roles "
				+ "where rolname = ?", Boolean.class, APP_USER)).isFalse();

		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getURL()).contains(":" + external.port() + "/" + DATABASE);
			assertThat(connection.getMetaData().getUserName()).isEqualTo(APP_USER);
		}
		assertThat(context.getBeanNamesForType(EmbeddedPostgresServer.Lease.class)).isEmpty();
	}

	private static String tableOwner(JdbcTemplate server, String table) {
		return server.queryForObject("select tableowner from pg_tables where tablename = ?", String.class, table);
	}

	/**
	 * Starts the stand-in server before the application context, and stops it only after the context has
	 * closed: JUnit closes stored resources after every after-all callback, Spring's included.
	 */
	static final class ExternalServer implements BeforeAllCallback {

		private EmbeddedPostgres server;

		@Override
		public void beforeAll(ExtensionContext context) throws IOException {

			server = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
			context.getStore(ExtensionContext.Namespace.create(ExternalServer.class))
				.put(EmbeddedPostgres.class, (ExtensionContext.Store.CloseableResource) this::stop);

			JdbcTemplate admin = new JdbcTemplate(server.getPostgresDatabase());
			admin.execute("create role " + OWNER + " login createrole password '" + OWNER_PASSWORD + "'");
			admin.execute("create database " + DATABASE + " owner " + OWNER);
		}

		int port() {
			return server.getPort();
		}

		DataSource database(String name) {
			return server.getDatabase("postgres", name, Map.of());
		}

		private void stop() {
			try {
				server.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The stand-in external PostgreSQL did not stop", ex);
			}
		}

	}

}
