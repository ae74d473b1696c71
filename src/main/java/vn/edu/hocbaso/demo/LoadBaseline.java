package vn.edu.hocbaso.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.system.OwnerDatabase;

/**
 * The raw speed this machine's PostgreSQL takes pupil rows at: the pupils just generated, copied out and copied
 * back into a temporary table without indexes or constraints. The city generation is measured against it.
 */
@Component
class LoadBaseline {

	private static final int MAX_ROWS = 200_000;

	private static final String COLUMNS = "id, personal_id, ministry_code, full_name, search_name, sex, birth_date, "
			+ "ethnicity, nationality, place_of_birth, home_town, residence";

	private final DataSource dataSource;

	/** As the owner, like the generation it is compared with. */
	LoadBaseline(OwnerDatabase owner) {
		this.dataSource = owner.dataSource();
	}

	Result measure(int pupils) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			String rows = copyOut(connection, Math.min(pupils, MAX_ROWS));
			try (Statement statement = connection.createStatement()) {
				statement.execute("create temporary table pupil_baseline (like pupil) on commit drop");
			}

			long started = System.nanoTime();
			long copied = CopyRows.copy(connection, "pupil_baseline", COLUMNS, rows);
			double seconds = (System.nanoTime() - started) / 1e9;

			connection.rollback();
			return new Result(copied, copied / Math.max(0.001, seconds));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Baseline measurement failed: " + ex.getMessage(), ex);
		}
	}

	private String copyOut(Connection connection, int limit) throws SQLException {
		try {
			StringWriter out = new StringWriter();
			String sql = "COPY (select " + COLUMNS + " from pupil order by id desc limit " + limit + ") TO STDOUT";
			connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, out);
			return out.toString();
		}
		catch (IOException ex) {
			throw new SQLException("COPY out of pupil failed", ex);
		}
	}

	/** Rows copied and the rate. */
	record Result(long rows, double rowsPerSecond) {
	}

}
