package vn.edu.hocbaso.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Secondary indexes and foreign keys put aside during a bulk load and restored at its end, inside the same
 * transaction. Building an index once over all rows, and checking a foreign key with one join, is several times
 * cheaper than doing either row by row. Unique indexes stay, so duplicates are caught as they arrive; the
 * restored foreign keys check every row before the commit, so no orphan can be committed.
 */
final class DeferredChecks {

	private static final String NON_UNIQUE_INDEXES = """
			select i.indexname, i.indexdef from pg_indexes i
			join pg_class c on c.relname = i.indexname and c.relnamespace = to_regnamespace(i.schemaname)
			join pg_index x on x.indexrelid = c.oid
			where i.schemaname = current_schema() and i.tablename = any (?) and not x.indisunique
			""";

	private static final String FOREIGN_KEYS = """
			select c.relname, k.conname, pg_get_constraintdef(k.oid) from pg_constraint k
			join pg_class c on c.oid = k.conrelid
			where k.contype = 'f' and c.relnamespace = to_regnamespace(current_schema()) and c.relname = any (?)
			""";

	private final List<String> restore = new ArrayList<>();

	private DeferredChecks() {
	}

	/** Drops the non-unique indexes and foreign keys of the tables and remembers how to restore them. */
	static DeferredChecks drop(Connection connection, List<String> tables) throws SQLException {

		DeferredChecks deferred = new DeferredChecks();
		List<String> drop = new ArrayList<>();
		for (String[] row : query(connection, FOREIGN_KEYS, tables)) {
			drop.add("alter table " + row[0] + " drop constraint " + row[1]);
			deferred.restore.add("alter table " + row[0] + " add constraint " + row[1] + " " + row[2]);
		}
		for (String[] row : query(connection, NON_UNIQUE_INDEXES, tables)) {
			drop.add("drop index " + row[0]);
			deferred.restore.add(row[1]);
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
