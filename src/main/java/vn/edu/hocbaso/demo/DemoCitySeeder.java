package vn.edu.hocbaso.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.organisation.Department;
import vn.edu.hocbaso.organisation.DepartmentRepository;
import vn.edu.hocbaso.schoolyear.Deadlines;
import vn.edu.hocbaso.schoolyear.SchoolYearRepository;
import vn.edu.hocbaso.workflow.SchoolYearProcesses;

/**
 * Fills an empty database with the demo city at first start, so that a new user can log in at once. A database
 * that holds any school is left alone, which makes restarts keep their data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoCitySeeder implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoCitySeeder.class);

	private final CityGenerator generator;

	private final DemoRecords records;

	private final DemoCertificates certificates;

	private final DemoProperties properties;

	private final SchoolYearProcesses schoolYears;

	private final DepartmentRepository departments;

	private final SchoolYearRepository years;

	private final Clock clock;

	DemoCitySeeder(CityGenerator generator, DemoRecords records, DemoCertificates certificates,
			DemoProperties properties, SchoolYearProcesses schoolYears, DepartmentRepository departments,
			SchoolYearRepository years, Clock clock) {
		this.generator = generator;
		this.records = records;
		this.certificates = certificates;
		this.properties = properties;
		this.schoolYears = schoolYears;
		this.departments = departments;
		this.years = years;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {

		if (!properties.enabled() || CityGenerationCommand.requested(args.getSourceArgs())) {
			return;
		}

		try {
			GenerationReport report = generator.generate(CitySize.demo(), properties.seed(), progress -> {
			});
			LOG.info("Demo city created: {} schools, {} classes, {} staff, {} pupils. Demo logins: admin, canbo.so, "
					+ "hieutruong1, vanthu1, gvcn1.4a, gvbm1.tienganh (password in the README).", report.schools(),
					report.classes(), report.staff(), report.pupils());
			// Only into the city just generated: a database with real schools never gets invented results.
			records.fill(properties.seed());
			certificates.issue(properties.password());
			openSchoolYear();
		}
		catch (CityGenerator.CityNotEmpty ex) {
			LOG.debug("Database already holds a city; no demo city added.");
		}
	}

	/** Starts the school year of the city just generated, so that its teachers find their first tasks waiting. */
	private void openSchoolYear() {
		long yearId = years.findCurrent(LocalDate.now(clock.withZone(Deadlines.VIETNAM))).orElseThrow().getId();
		for (Department department : departments.findAll()) {
			schoolYears.openYear(department.getId(), yearId);
		}
	}

}
