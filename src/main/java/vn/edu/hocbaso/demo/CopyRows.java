package vn.edu.hocbaso.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;

/**
 * Rows of one table in PostgreSQL's COPY text format, built in memory and sent in one COPY. COPY is the fastest
 * way into PostgreSQL short of writing files on the server, and keeps a city-scale load within seconds.
 */
final class CopyRows {

	private final String table;

	private final String columns;

	private final StringBuilder text = new StringBuilder(1 << 16);

	private boolean rowOpen;

	private int count;

	CopyRows(String table, String columns) {
		this.table = table;
		this.columns = columns;
	}

	CopyRows add(Object value) {

		if (rowOpen) {
			text.append('\t');
		}
		rowOpen = true;
		if (value == null) {
			text.append("\\N");
		}
		else {
			escape(value.toString());
		}

		return this;
	}

	void end() {
		text.append('\n');
		rowOpen = false;
		count++;
	}

	int count() {
		return count;
	}

	String text() {
		return text.toString();
	}

	long copyInto(Connection connection) throws SQLException {
		return copy(connection, table, columns, text.toString());
	}

	static long copy(Connection connection, String table, String columns, String text) throws SQLException {
		try {
			String sql = "COPY " + table + " (" + columns + ") FROM STDIN";
			return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text));
		}
		catch (IOException ex) {
			throw new SQLException("COPY into " + table + " failed", ex);
		}
	}

	private void escape(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
	}

}
