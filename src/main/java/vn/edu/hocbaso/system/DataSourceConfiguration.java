package vn.edu.hocbaso.system;

import javax.sql.DataSource;

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

	@Bean
	HikariDataSource dataSource(DatabaseProperties properties) {

		HikariConfig config = new HikariConfig();
		config.setPoolName("hocbaso");
		config.setMaximumPoolSize(20);

		if (properties.external()) {
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.username());
			config.setPassword(properties.password());
		}
		else {
			DataSource embedded = EmbeddedPostgresServer.dataSource(properties.embeddedDirectory(),
					properties.embeddedClean());
			config.setDataSource(embedded);
		}

		return new HikariDataSource(config);
	}

}
