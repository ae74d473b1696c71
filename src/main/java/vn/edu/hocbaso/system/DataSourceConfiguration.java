package vn.edu.hocbaso.system;

import java.util.Properties;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The database, on an external PostgreSQL when {@code DB_URL} is set and on the embedded PostgreSQL otherwise,
 * reached by two roles: the schema's owner ({@link OwnerDatabase}: Flyway at start, the city generator) and the
 * application's own role, whose pool is the application's one {@code DataSource} (JPA, JdbcTemplate and the
 * Camunda engine all use it).
 * <p>
 * Spring Boot's own Flyway set-up is off (application.yml): it would migrate through the application's pool, as
 * the application's role, which the migrations themselves create.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression("'${app.database.url:}'.isBlank()")
	EmbeddedPostgresServer.Lease embeddedPostgres(DatabaseProperties properties) {
		return EmbeddedPostgresServer.lease(properties.embeddedDirectory(), properties.embeddedClean());
	}

	/** The owner: the external database's {@code DB_USER}, or the embedded server's superuser. */
	@Bean
	OwnerDatabase ownerDatabase(DatabaseProperties properties, ObjectProvider<EmbeddedPostgresServer.Lease> embedded) {

		DataSource owner;
		if (properties.external()) {
			SimpleDriverDataSource external = new SimpleDriverDataSource(new org.postgresql.Driver(), properties.url(),
					properties.username(), properties.password());
			Properties connection = new Properties();
			connection.setProperty("ApplicationName", "hocbaso-owner");
			external.setConnectionProperties(connection);
			owner = external;
		}
		else {
			owner = embedded.getObject().ownerDataSource();
		}

		return new OwnerDatabase(owner, properties.appUsername(), properties.appPassword());
	}

	/**
	 * The application's pool, as the application's role. The schema is migrated first: the migrations create
	 * that role, so none of the pool's connections could open before, and nothing that uses the pool (the engine
	 * creating its tables, Hibernate validating the schema) runs on an old schema. Depends on the embedded
	 * server's lease, so the pool closes before the server stops.
	 */
	@Bean
	HikariDataSource dataSource(DatabaseProperties properties, OwnerDatabase owner,
			ObjectProvider<EmbeddedPostgresServer.Lease> embedded) {

		owner.migrate();

		HikariConfig config = new HikariConfig();
		config.setPoolName("hocbaso");
		config.setMaximumPoolSize(20);
		config.setJdbcUrl(properties.external() ? properties.url() : embedded.getObject().jdbcUrl());
		config.setUsername(properties.appUsername());
		config.setPassword(properties.appPassword());
		config.addDataSourceProperty("ApplicationName", "hocbaso");

		return new HikariDataSource(config);
	}

}
