package vn.edu.hocbaso.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.organisation.Department;
import vn.edu.hocbaso.organisation.DepartmentRepository;
import vn.edu.hocbaso.schoolyear.Deadlines;
import vn.edu.hocbaso.schoolyear.SchoolYearRepository;
import vn.edu.hocbaso.workflow.SchoolYearProcesses;

/**
 * Fills an empty database with the demo city at first start, so that a new user can log in at once. A database
 * that holds any school is left alone, which makes restarts keep their data.
 * <p>
 * It runs as a lifecycle step before the web server starts, not as a runner after it: otherwise the login page
 * answers while the city is still being filled, a teacher who signs in then finds no tasks, and a first start
 * stopped in those seconds leaves a city whose school year never opened.
 */
@Component
class DemoCitySeeder implements SmartLifecycle {

	/**
	 * Before the phase in which Spring Boot starts the web server ({@code DEFAULT_PHASE - 2048}), so that nobody is
	 * served before the demo is complete.
	 */
	private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private static final Logger LOG = LoggerFactory.getLogger(DemoCitySeeder.class);

	private final CityGenerator generator;

	private final DemoRecords records;

	private final DemoCertificates certificates;

	private final DemoRegistryHistory history;

	private final DemoHomerooms homerooms;

	private final DemoProperties properties;

	private final SchoolYearProcesses schoolYears;

	private final DepartmentRepository departments;

	private final SchoolYearRepository years;

	private final Clock clock;

	private final ApplicationArguments args;

	private volatile boolean running;

	DemoCitySeeder(CityGenerator generator, DemoRecords records, DemoCertificates certificates,
			DemoRegistryHistory history, DemoHomerooms homerooms, DemoProperties properties,
			SchoolYearProcesses schoolYears, DepartmentRepository departments, SchoolYearRepository years, Clock clock,
			ApplicationArguments args) {
		this.generator = generator;
		this.records = records;
		this.certificates = certificates;
		this.history = history;
		this.homerooms = homerooms;
		this.properties = properties;
		this.schoolYears = schoolYears;
		this.departments = departments;
		this.years = years;
		this.clock = clock;
		this.args = args;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public void start() {

		running = true;
		if (!properties.enabled() || CityGenerationCommand.requested(args.getSourceArgs())) {
			return;
		}
		seed();
	}

	private void seed() {

		try {
			GenerationReport report = generator.generate(CitySize.demo(), properties.seed(), progress -> {
			});
			LOG.info("Demo city created: {} schools, {} classes, {} staff, {} pupils. Demo logins: admin, canbo.so, "
					+ "hieutruong1, vanthu1, gvcn1.4a, gvbm1.tienganh (password in the README).", report.schools(),
					report.classes(), report.staff(), report.pupils());
			// Only into the city just generated: a database with real schools never gets invented results.
			records.fill(properties.seed());
			certificates.issue(properties.password());
			history.put(properties.password(), properties.seed());
			homerooms.assign(currentYearId());
			openSchoolYear();
		}
		catch (CityGenerator.CityNotEmpty ex) {
			LOG.debug("Database already holds a city; no demo city added.");
		}
	}

	/** Starts the school year of the city just generated, so that its teachers find their first tasks waiting. */
	private void openSchoolYear() {
		long yearId = currentYearId();
		for (Department department : departments.findAll()) {
			schoolYears.openYear(department.getId(), yearId);
		}
	}

	private long currentYearId() {
		return years.findCurrent(LocalDate.now(clock.withZone(Deadlines.VIETNAM))).orElseThrow().getId();
	}

}
