package vn.edu.hocbaso;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application starts on a fresh embedded PostgreSQL 17 with the schema migrated.
 */
@SpringBootTest
class ApplicationIT {

	@Autowired
	DataSource dataSource;

	@Test
	void runsOnPostgresql17WithTheSchemaMigrated() {

		JdbcTemplate jdbc = new JdbcTemplate(dataSource);

		assertThat(jdbc.queryForObject("show server_version_num", Integer.class)).isBetween(170000, 179999);
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isPositive();
		assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
	}

}
