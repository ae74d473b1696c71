package vn.edu.hocbaso.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The application's one connection pool, on an external PostgreSQL when {@code DB_URL} is set and on the
 * embedded PostgreSQL otherwise. JPA, Flyway and the Camunda engine all use it.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression("'${app.database.url:}'.isBlank()")
	EmbeddedPostgresServer.Lease embeddedPostgres(DatabaseProperties properties) {
		return EmbeddedPostgresServer.lease(properties.embeddedDirectory(), properties.embeddedClean());
	}

	/** Depends on the embedded server's lease, so the pool closes before the server stops. */
	@Bean
	HikariDataSource dataSource(DatabaseProperties properties,
			ObjectProvider<EmbeddedPostgresServer.Lease> embedded) {

		HikariConfig config = new HikariConfig();
		config.setPoolName("hocbaso");
		config.setMaximumPoolSize(20);

		if (properties.external()) {
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.username());
			config.setPassword(properties.password());
		}
		else {
			config.setDataSource(embedded.getObject().dataSource());
		}

		return new HikariDataSource(config);
	}

}
