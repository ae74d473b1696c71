package vn.edu.hocbaso.workflow;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.edu.hocbaso.organisation.School;
import vn.edu.hocbaso.organisation.SchoolRepository;
import vn.edu.hocbaso.schoolyear.SchoolYear;
import vn.edu.hocbaso.schoolyear.SchoolYearRepository;

/**
 * Starts the school year process of every school (which opens the class record books), once per school and
 * school year: a running or finished instance with the business key {@code school-12-2026-2027} means done.
 */
@Service
public class SchoolYearProcesses {

	static final String PROCESS = "schoolYearProcess";

	private static final Logger LOG = LoggerFactory.getLogger(SchoolYearProcesses.class);

	private final RuntimeService runtime;

	private final HistoryService history;

	private final SchoolRepository schools;

	private final SchoolYearRepository years;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate eachSchool;

	SchoolYearProcesses(RuntimeService runtime, HistoryService history, SchoolRepository schools,
			SchoolYearRepository years, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.runtime = runtime;
		this.history = history;
		this.schools = schools;
		this.years = years;
		this.jdbc = jdbc;
		this.eachSchool = new TransactionTemplate(transactions);
		this.eachSchool.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Starts the process for every school of the department that has none for this year; returns how many. Each
	 * school in its own transaction, so that a city's thousand schools do not open in one.
	 */
	public int openYear(long departmentId, long schoolYearId) {

		int opened = 0;
		for (School school : schools.findByDepartment(departmentId)) {
			if (Boolean.TRUE.equals(eachSchool.execute(status -> start(school.getId(), departmentId, schoolYearId)))) {
				opened++;
			}
		}

		LOG.info("School year {} opened for department {}: {} school processes started", schoolYearId,
				departmentId, opened);
		return opened;
	}

	/** Starts the process for one school unless it runs (or ran) already. */
	public boolean openSchool(long schoolId, long schoolYearId) {
		long departmentId = schools.findWithUnitById(schoolId).orElseThrow().getUnit().getDepartment().getId();
		return Boolean.TRUE.equals(eachSchool.execute(status -> start(schoolId, departmentId, schoolYearId)));
	}

	private boolean start(long schoolId, long departmentId, long schoolYearId) {

		SchoolYear year = years.findById(schoolYearId).orElseThrow();
		String businessKey = BusinessKeys.schoolYear(schoolId, year.getName());
		// Two clicks on "open the school year" must start one instance: the second waits here for the first's
		// commit and then finds its instance.
		jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, (long) businessKey.hashCode());
		if (exists(businessKey)) {
			return false;
		}

		runtime.startProcessInstanceByKey(PROCESS, businessKey,
				Map.of(ProcessVariables.DEPARTMENT_ID, departmentId, ProcessVariables.SCHOOL_ID, schoolId,
						ProcessVariables.SCHOOL_YEAR_ID, schoolYearId));
		LOG.info("School year process {} started", businessKey);

		return true;
	}

	private boolean exists(String businessKey) {
		return history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(PROCESS)
			.processInstanceBusinessKey(businessKey)
			.count() > 0;
	}

}
