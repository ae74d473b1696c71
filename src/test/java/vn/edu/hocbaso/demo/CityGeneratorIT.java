package vn.edu.hocbaso.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.edu.hocbaso.system.OwnerDatabase;

/**
 * City generation into a database of its own (a scratch database on the same embedded server, migrated like the
 * application's by its owner), written in several chunks: all of it commits or none of it does.
 */
@SpringBootTest
class CityGeneratorIT {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	@Autowired
	CityGenerator applicationGenerator;

	@Autowired
	OwnerDatabase owner;

	private CityGenerator generator;

	private JdbcTemplate scratch;

	private final CitySize size = new CitySize(2, 6, 1, 28, 35);

	@BeforeEach
	void createScratchDatabase() throws SQLException {
		DataSource dataSource = scratchDatabase();
		generator = applicationGenerator.on(dataSource, 350);
		scratch = new JdbcTemplate(dataSource);
	}

	private DataSource scratchDatabase() throws SQLException {

		String name = "city_" + DATABASES.incrementAndGet();
		JdbcTemplate server = new JdbcTemplate(owner.dataSource());
		server.execute("drop database if exists " + name);
		server.execute("create database " + name);
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		try (Connection connection = owner.dataSource().getConnection()) {
			dataSource.setURL(connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"));
			dataSource.setUser(connection.getMetaData().getUserName());
		}
		owner.migrate(dataSource);

		return dataSource;
	}

	@Test
	void writesTheWholeCityInChunksAndReportsProgress() {

		List<CityGenerator.Progress> progress = new ArrayList<>();

		GenerationReport report = generator.generate(size, 11, progress::add);

		assertThat(progress).hasSizeGreaterThan(1);
		assertThat(progress.get(progress.size() - 1).pupilsWritten()).isEqualTo(report.pupils());
		assertThat(count("select count(*) from school")).isEqualTo(6);
		assertThat(count("select count(*) from pupil")).isEqualTo(report.pupils()).isBetween(6 * 5 * 28, 6 * 5 * 35);
		assertThat(count("select count(*) from enrolment where left_on is null")).isEqualTo(report.pupils());
		assertThat(count("select count(*) from account")).isEqualTo(report.staff());
	}

	@Test
	void restoresTheForeignKeysAndIndexesItPutAsideDuringTheLoad() {

		String constraints = "select string_agg(conname || pg_get_constraintdef(oid), ',' order by conname) "
				+ "from pg_constraint where connamespace = 'public'::regnamespace";
		String indexes = "select string_agg(indexdef, ',' order by indexname) from pg_indexes "
				+ "where schemaname = 'public'";
		String constraintsBefore = scratch.queryForObject(constraints, String.class);
		String indexesBefore = scratch.queryForObject(indexes, String.class);

		generator.generate(size, 11, progress -> {
		});

		assertThat(scratch.queryForObject(constraints, String.class)).isEqualTo(constraintsBefore).contains("UNIQUE");
		assertThat(scratch.queryForObject(indexes, String.class)).isEqualTo(indexesBefore).contains("gin_trgm_ops");
	}

	@Test
	void leavesNothingBehindWhenItFailsHalfway() {

		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> generator.generate(size, 11, p -> {
			throw new IllegalStateException("disk full");
		}));

		assertThat(count("select count(*) from department")).isZero();
		assertThat(count("select count(*) from pupil")).isZero();
		assertThat(count("select count(*) from pg_constraint where contype = 'f'")).isPositive();
	}

	@Test
	void refusesToGenerateASecondCityIntoTheSameDatabase() {

		GenerationReport first = generator.generate(size, 11, progress -> {
		});

		assertThatExceptionOfType(CityGenerator.CityNotEmpty.class)
			.isThrownBy(() -> generator.generate(size, 12, progress -> {
			}));
		assertThat(count("select count(*) from pupil")).isEqualTo(first.pupils());
	}

	@Test
	void theSameSeedGivesTheSameCityAndAnotherSeedAnother() throws SQLException {

		JdbcTemplate twin = new JdbcTemplate(scratchDatabase());
		JdbcTemplate other = new JdbcTemplate(scratchDatabase());
		generator.generate(size, 11, progress -> {
		});
		applicationGenerator.on(twin.getDataSource(), 350).generate(size, 11, progress -> {
		});
		applicationGenerator.on(other.getDataSource(), 350).generate(size, 99, progress -> {
		});

		String pupils = "select string_agg(full_name || personal_id, ',' order by id) from pupil";
		assertThat(twin.queryForObject(pupils, String.class)).isEqualTo(scratch.queryForObject(pupils, String.class));
		assertThat(other.queryForObject(pupils, String.class))
			.isNotEqualTo(scratch.queryForObject(pupils, String.class));
	}

	private int count(String sql) {
		return scratch.queryForObject(sql, Integer.class);
	}

}
