package vn.edu.hocbaso.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Indexes, unique constraints and foreign keys put aside during a bulk load and restored at its end, inside the
 * same transaction. Building an index once over all rows, and checking a foreign key with one join, is several
 * times cheaper than doing either row by row. Only the primary keys stay. The restored constraints check every
 * row before the commit, so a duplicate or an orphan fails the whole load instead of being committed.
 */
final class DeferredChecks {

	/** Indexes of their own, not those behind a primary key or a constraint. */
	private static final String INDEXES = """
			select x.indexrelid::regclass::text, pg_get_indexdef(x.indexrelid) from pg_index x
			join pg_class t on t.oid = x.indrelid
			where t.relnamespace = to_regnamespace(current_schema()) and t.relname = any (?)
			and not x.indisprimary and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)
			""";

	/** Foreign keys first: a unique constraint cannot go while a foreign key leans on it. */
	private static final String CONSTRAINTS = """
			select c.relname, k.conname, pg_get_constraintdef(k.oid) from pg_constraint k
			join pg_class c on c.oid = k.conrelid
			where k.contype in ('f', 'u') and c.relnamespace = to_regnamespace(current_schema())
			and c.relname = any (?)
			order by k.contype
			""";

	private final List<String> restore = new ArrayList<>();

	private DeferredChecks() {
	}

	/** Drops the indexes and constraints of the tables but their primary keys, remembering how to restore them. */
	static DeferredChecks drop(Connection connection, List<String> tables) throws SQLException {

		DeferredChecks deferred = new DeferredChecks();
		List<String> drop = new ArrayList<>();
		for (String[] row : query(connection, INDEXES, tables)) {
			drop.add("drop index " + row[0]);
			deferred.restore.add(row[1]);
		}
		for (String[] row : query(connection, CONSTRAINTS, tables)) {
			drop.add("alter table " + row[0] + " drop constraint " + row[1]);
			// Restored in reverse: unique constraints before the foreign keys.
			deferred.restore.add(0, "alter table " + row[0] + " add constraint " + row[1] + " " + row[2]);
		}

		execute(connection, drop);
		return deferred;
	}

	/** Builds the indexes and checks the foreign keys again, with generous sort memory for this transaction. */
	void restore(Connection connection) throws SQLException {
		List<String> statements = new ArrayList<>();
		statements.add("set local maintenance_work_mem = '512MB'");
		statements.addAll(restore);
		execute(connection, statements);
	}

	private static List<String[]> query(Connection connection, String sql, List<String> tables) throws SQLException {

		List<String[]> rows = new ArrayList<>();
		try (var statement = connection.prepareStatement(sql)) {
			statement.setArray(1, connection.createArrayOf("text", tables.toArray()));
			try (ResultSet rs = statement.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					String[] row = new String[columns];
					for (int i = 0; i < columns; i++) {
						row[i] = rs.getString(i + 1);
					}
					rows.add(row);
				}
			}
		}

		return rows;
	}

	private static void execute(Connection connection, List<String> statements) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}
