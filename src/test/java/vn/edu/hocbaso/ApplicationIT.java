package vn.edu.hocbaso;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RepositoryService;
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

	@Autowired
	RepositoryService repositoryService;

	@Test
	void runsOnPostgresql17WithTheSchemaMigrated() {

		JdbcTemplate jdbc = new JdbcTemplate(dataSource);

		assertThat(jdbc.queryForObject("show server_version_num", Integer.class)).isBetween(170000, 179999);
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isPositive();
		assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
	}

	@Test
	void engineDeploysProcessesAndCamundaFormsFromTheirFolders() {

		String deploymentId = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey("deploymentCheckProcess")
			.latestVersion()
			.singleResult()
			.getDeploymentId();

		assertThat(repositoryService.getDeploymentResourceNames(deploymentId))
			.anySatisfy(name -> assertThat(name).endsWith("deploymentCheckForm.form"));
	}

}
