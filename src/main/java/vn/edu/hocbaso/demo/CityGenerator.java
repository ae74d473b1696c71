package vn.edu.hocbaso.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.schoolyear.SchoolYear;
import vn.edu.hocbaso.system.OwnerDatabase;

/**
 * Generates a whole city (department, wards, schools, classes, staff with accounts, pupils, guardians and
 * enrolments) into an empty database in one transaction: a failure leaves nothing behind. Rows go in with COPY,
 * a chunk of schools at a time, while the next chunk is generated on a second thread.
 */
@Service
public class CityGenerator {

	private static final Logger LOG = LoggerFactory.getLogger(CityGenerator.class);

	/** Tables whose ids the generator assigns itself; their identity sequences are moved past them. */
	private static final List<String> TABLES_WITH_IDS = List.of("department", "administrative_unit", "school",
			"school_year", "school_class", "staff", "pupil");

	/** Tables whose indexes and constraints are restored after the load rather than kept up during it. */
	private static final List<String> BULK_TABLES = List.of("school", "school_class", "staff", "staff_role",
			"account", "pupil", "guardian", "enrolment");

	private final DataSource dataSource;

	private final PasswordEncoder passwordEncoder;

	private final DemoProperties properties;

	private final Clock clock;

	private final int pupilsPerChunk;

	/**
	 * Generates as the owner of the schema: only the owner may put the indexes and constraints aside during the
	 * load (DeferredChecks) and gather statistics after it.
	 */
	@Autowired
	public CityGenerator(OwnerDatabase owner, PasswordEncoder passwordEncoder, DemoProperties properties,
			Clock clock) {
		this(owner.dataSource(), passwordEncoder, properties, clock);
	}

	private CityGenerator(DataSource dataSource, PasswordEncoder passwordEncoder, DemoProperties properties,
			Clock clock) {
		this.dataSource = dataSource;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.clock = clock;
		this.pupilsPerChunk = properties.chunkPupils();
	}

	/**
	 * The same generator on another database (as a role that owns its schema), writing smaller chunks: tests use
	 * it to see several chunks.
	 */
	CityGenerator on(DataSource otherDataSource, int otherPupilsPerChunk) {
		DemoProperties smaller = new DemoProperties(properties.enabled(), properties.password(), properties.seed(),
				otherPupilsPerChunk);
		return new CityGenerator(otherDataSource, passwordEncoder, smaller, clock);
	}

	/**
	 * Generates a city of the given size, reporting progress after each chunk.
	 * @throws CityNotEmpty when the database already holds schools
	 */
	public GenerationReport generate(CitySize size, long seed, Consumer<Progress> progress) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			GenerationReport report;
			try {
				report = generate(connection, size, seed, progress);
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			// After the commit: the city stands even if statistics cannot be gathered now.
			analyze(connection);
			return report;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("City generation failed and was rolled back: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A city loaded in one go has no planner statistics until autovacuum comes by, and tables of fewer than 50
	 * rows (the wards) never get any: the planner then takes a department for one school and searches pick
	 * plans that are seconds slow.
	 */
	private static void analyze(Connection connection) {
		try (var statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			statement.execute("analyze department, administrative_unit, school, school_class, staff, staff_role, "
					+ "pupil, guardian, enrolment, account");
		}
		catch (SQLException ex) {
			LOG.warn("City written, but planner statistics were not gathered: {}", ex.getMessage());
		}
	}

	private GenerationReport generate(Connection connection, CitySize size, long seed, Consumer<Progress> progress)
			throws SQLException {

		long started = System.nanoTime();
		lockAndCheckEmpty(connection);
		CityContext city = prepare(connection, size, seed);
		long firstStaffId = city.ids().last("staff");
		addDepartmentStaff(connection, city, seed);
		DeferredChecks deferred = DeferredChecks.drop(connection, BULK_TABLES);
		Written written = writeSchools(connection, city, seed, started, progress);
		deferred.restore(connection);
		moveSequences(connection, city);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

		int staff = (int) (city.ids().last("staff") - firstStaffId);
		return new GenerationReport(size.schools(), size.classes(), staff, written.pupils(), written.rows(), elapsed);
	}

	/** The department's own accounts: the administrator and an officer of the primary education office. */
	private void addDepartmentStaff(Connection connection, CityContext city, long seed) throws SQLException {

		CityChunk department = new CityChunk(city, seed - 1);
		department.addStaff(null, Role.ADMINISTRATOR, null, null, "admin", "Quản trị hệ thống");
		department.addStaff(null, Role.DEPARTMENT_OFFICER, null, null, "canbo.so",
				"Chuyên viên Phòng Giáo dục Tiểu học");

		department.copyInto(connection);
	}

	private Written writeSchools(Connection connection, CityContext city, long seed, long started,
			Consumer<Progress> progress) throws SQLException {

		CitySize size = city.size();
		int schoolsPerChunk = Math.max(2, pupilsPerChunk / (size.classesPerGrade() * 5 * size.maxPupils()));
		int total = size.schools() * size.classesPerGrade() * 5 * (size.minPupils() + size.maxPupils()) / 2;
		ExecutorService generator = Executors.newSingleThreadExecutor(r -> new Thread(r, "city-generator"));
		try {
			Written written = new Written(0, 0);
			CompletableFuture<CityChunk> next = chunk(generator, city, seed, 0, schoolsPerChunk);
			for (int first = 0; first < size.schools(); first += schoolsPerChunk) {
				CityChunk chunk = next.join();
				next = chunk(generator, city, seed, first + schoolsPerChunk, schoolsPerChunk);
				chunk.copyInto(connection);
				written = new Written(written.pupils() + chunk.pupilCount(), written.rows() + chunk.rowCount());
				progress.accept(new Progress(written.pupils(), total, Duration.ofNanos(System.nanoTime() - started)));
			}
			return written;
		}
		finally {
			generator.shutdownNow();
		}
	}

	private CompletableFuture<CityChunk> chunk(ExecutorService generator, CityContext city, long seed, int first,
			int count) {

		int last = Math.min(first + count, city.size().schools());
		if (first >= last) {
			return CompletableFuture.completedFuture(null);
		}
		// Chunks are generated one after another on one thread: the id counters are not thread-safe.
		return CompletableFuture.supplyAsync(() -> new CityChunk(city, seed * 31 + first).generate(first, last),
				generator);
	}

	private void lockAndCheckEmpty(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("lock table department, administrative_unit, school, school_year, school_class, "
					+ "staff, pupil in share row exclusive mode");
			try (ResultSet rs = statement.executeQuery("select count(*) from school")) {
				rs.next();
				if (rs.getLong(1) > 0) {
					throw new CityNotEmpty(rs.getLong(1));
				}
			}
		}
	}

	private CityContext prepare(Connection connection, CitySize size, long seed) throws SQLException {

		Map<String, Long> maxIds = new HashMap<>();
		for (String table : TABLES_WITH_IDS) {
			maxIds.put(table, queryLong(connection, "select coalesce(max(id), 0) from " + table));
		}
		CityContext.Ids ids = new CityContext.Ids(maxIds);

		long departmentId = insertDepartment(connection, ids);
		long[] unitIds = insertUnits(connection, ids, departmentId, size.units());
		int startYear = SchoolYear.startYearOn(LocalDate.now(clock));
		List<CityContext.Year> years = new ArrayList<>();
		for (int back = 0; back < 5; back++) {
			years.add(insertSchoolYear(connection, ids, new SchoolYear(startYear - back)));
		}
		String passwordHash = passwordEncoder.encode(properties.password());

		return new CityContext(size, departmentId, "01", "001", "Hà Nội", unitIds, years, passwordHash, ids,
				new CityContext.PersonalIds((int) (seed % 1_000_000)));
	}

	private long insertDepartment(Connection connection, CityContext.Ids ids) throws SQLException {
		long id = ids.next("department");
		update(connection, "insert into department (id, code, name, province_code, province_name) "
				+ "values (?, ?, ?, ?, ?)", id, "01", "Sở Giáo dục và Đào tạo Hà Nội", "001", "Hà Nội");
		return id;
	}

	private long[] insertUnits(Connection connection, CityContext.Ids ids, long departmentId, int count)
			throws SQLException {
		long[] unitIds = new long[count];
		for (int i = 0; i < count; i++) {
			unitIds[i] = ids.next("administrative_unit");
			update(connection, "insert into administrative_unit (id, department_id, code, name, kind) "
					+ "values (?, ?, ?, ?, ?)", unitIds[i], departmentId, "%05d".formatted(i + 1), PlaceNames.unit(i),
					PlaceNames.isWard(i) ? "WARD" : "COMMUNE");
		}
		return unitIds;
	}

	private CityContext.Year insertSchoolYear(Connection connection, CityContext.Ids ids, SchoolYear year)
			throws SQLException {

		String sql = "select id from school_year where start_year = " + year.getStartYear();
		Long id = queryLong(connection, sql);
		if (id == null) {
			id = ids.next("school_year");
			update(connection, "insert into school_year (id, start_year, starts_on, ends_on) values (?, ?, ?, ?)",
					id, year.getStartYear(), year.getStartsOn(), year.getEndsOn());
		}

		return new CityContext.Year(id, year.getStartYear(), year.getStartsOn(), year.getEndsOn());
	}

	private void moveSequences(Connection connection, CityContext city) throws SQLException {
		for (String table : TABLES_WITH_IDS) {
			long last = city.ids().last(table);
			if (last > 0) {
				queryLong(connection, "select setval(pg_get_serial_sequence('" + table + "', 'id'), " + last + ")");
			}
		}
	}

	static void update(Connection connection, String sql, Object... values) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			statement.executeUpdate();
		}
	}

	private static Long queryLong(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			return rs.next() ? rs.getLong(1) : null;
		}
	}

	private record Written(int pupils, long rows) {
	}

	/** How far a generation has come. */
	public record Progress(int pupilsWritten, int pupilsPlanned, Duration elapsed) {

		public double pupilsPerSecond() {
			return pupilsWritten / Math.max(0.001, elapsed.toNanos() / 1e9);
		}

	}

	/** The database already holds a city; generating another would mix two. */
	public static class CityNotEmpty extends IllegalStateException {

		CityNotEmpty(long schools) {
			super("The database already holds " + schools + " schools; generate a city into an empty database "
					+ "(for example with DATA_DIR pointing at a new directory).");
		}

	}

}
