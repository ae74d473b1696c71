package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index on the engine's job due dates, which its schema lacks. The job executor's acquisition query looks
 * for jobs due by now (application.yml: every job has a due date and jobs are taken oldest first); with tens of
 * thousands of timers waiting for the close-offs it would otherwise read the whole job table every few seconds.
 * <p>
 * Not a Flyway migration: on a fresh database Flyway runs before the engine creates its tables, so the index
 * is created here, once the engine has started (and with it its schema), and is a no-op on later starts.
 */
@Component
class JobDueDateIndex implements SmartInitializingSingleton {

	private static final Logger LOG = LoggerFactory.getLogger(JobDueDateIndex.class);

	private final JdbcTemplate jdbc;

	JobDueDateIndex(JdbcTemplate jdbc, ProcessEngine engine) {
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		jdbc.execute("create index if not exists act_ru_job_duedate_idx on act_ru_job (duedate_)");
		LOG.debug("Index act_ru_job_duedate_idx on the engine's job due dates is in place");
	}

}
