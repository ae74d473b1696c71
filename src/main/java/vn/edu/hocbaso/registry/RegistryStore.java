package vn.edu.hocbaso.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The registry's tables ({@code V70__registry.sql}): transactions with the answer as sent, and accepted records
 * with their bytes as received. Plain SQL, so that the bytes go to {@code bytea} and back untouched.
 */
@Repository
class RegistryStore {

	/** A processed transaction: who sent it and the answer it got. */
	record StoredTransaction(long id, long schoolId, String response) {
	}

	private static final String INSERT = """
			insert into registry_record (lookup_code, school_id, school_year_id, pupil_id, xml, sha256, status,
				accepted_at, transaction_id, replaces)
			values (?, ?, ?, ?, ?, ?, 'ACCEPTED', ?, ?, ?)
			on conflict (lookup_code) do nothing""";

	private final JdbcTemplate jdbc;

	RegistryStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredTransaction> transaction(String messageId) {
		return jdbc.query("select id, school_id, response from registry_transaction where message_id = ?",
				(row, i) -> new StoredTransaction(row.getLong(1), row.getLong(2), row.getString(3)), messageId)
			.stream()
			.findFirst();
	}

	/**
	 * Claims the message id for this transaction; empty when another transaction holds it (a concurrent retry
	 * waits here for the first to finish, then finds its row). {@code function} is a type-5 transaction's
	 * (RUT or THU_HOI), null for the other types.
	 */
	Optional<Long> claim(String messageId, long schoolId, int schoolYear, TransactionType type, String function,
			Instant at) {
		return jdbc.queryForList("""
				insert into registry_transaction (message_id, school_id, school_year, type, function, received_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (message_id) do nothing
				returning id""", Long.class, messageId, schoolId, schoolYear, type.code(), function,
				Timestamp.from(at))
			.stream()
			.findFirst();
	}

	void answer(long transactionId, int accepted, int rejected, String response) {
		jdbc.update("update registry_transaction set accepted = ?, rejected = ?, response = ? where id = ?", accepted,
				rejected, response, transactionId);
	}

	/** Which of these lookup codes the registry holds already: one query for a whole transaction's records. */
	Set<UUID> usedLookupCodes(Collection<UUID> lookupCodes) {
		if (lookupCodes.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.query("select lookup_code from registry_record where lookup_code = any(?)",
				statement -> statement.setArray(1,
						statement.getConnection().createArrayOf("uuid", lookupCodes.toArray())),
				(row, i) -> row.getObject(1, UUID.class)));
	}

	/** An accepted record to store: what {@link #insert} takes, for {@link #insertAll}. */
	record NewRecord(SubmittedRecord record, UUID lookupCode, long schoolId, long schoolYearId, Long pupilId,
			long transactionId, Instant at, UUID replaces) {
	}

	/**
	 * Stores accepted records in one JDBC batch, as {@link #insert} stores one: for each, in order, false when its
	 * lookup code was stored meanwhile by another transaction.
	 */
	boolean[] insertAll(List<NewRecord> records) {
		int[] counts = jdbc.batchUpdate(INSERT, records.stream().map(RegistryStore::arguments).toList());
		boolean[] stored = new boolean[counts.length];
		for (int i = 0; i < counts.length; i++) {
			stored[i] = counts[i] == 1;
		}
		return stored;
	}

	/**
	 * Stores an accepted record, replacing the record {@code replaces} when not null; false when its lookup code
	 * was stored meanwhile by another transaction.
	 */
	boolean insert(SubmittedRecord record, UUID lookupCode, long schoolId, long schoolYearId, Long pupilId,
			long transactionId, Instant at, UUID replaces) {
		return jdbc.update(INSERT, arguments(new NewRecord(record, lookupCode, schoolId, schoolYearId, pupilId,
				transactionId, at, replaces))) == 1;
	}

	private static Object[] arguments(NewRecord stored) {
		return new Object[] { stored.lookupCode(), stored.schoolId(), stored.schoolYearId(), stored.pupilId(),
				stored.record().xml(), stored.record().sha256(), Timestamp.from(stored.at()), stored.transactionId(),
				stored.replaces() };
	}

	/** The record, its row locked until the transaction ends, so that no close-off or other change overtakes. */
	Optional<RegistryRecord> recordForUpdate(UUID lookupCode) {
		return jdbc.query("select * from registry_record where lookup_code = ? for update", RegistryStore::record,
				lookupCode).stream().findFirst();
	}

	/** Whether some record already replaces this one (a re-issue after a revocation is made once). */
	boolean isReplaced(UUID lookupCode) {
		return jdbc.queryForObject("select exists (select 1 from registry_record where replaces = ?)", Boolean.class,
				lookupCode);
	}

	/** ACCEPTED to SUPERSEDED by the successor; false when the record was not ACCEPTED. */
	boolean supersede(UUID lookupCode, UUID successor) {
		return jdbc.update("""
				update registry_record set status = 'SUPERSEDED', superseded_by = ?
				where lookup_code = ? and status = 'ACCEPTED'""", successor, lookupCode) == 1;
	}

	/** ACCEPTED to WITHDRAWN; false when the record was not ACCEPTED. */
	boolean withdraw(UUID lookupCode) {
		return jdbc.update("update registry_record set status = 'WITHDRAWN' where lookup_code = ? and status = "
				+ "'ACCEPTED'", lookupCode) == 1;
	}

	/** LOCKED to REVOKED, the one change the database lets through on a locked row; false when not LOCKED. */
	boolean revoke(UUID lookupCode) {
		return jdbc.update("update registry_record set status = 'REVOKED' where lookup_code = ? and status = "
				+ "'LOCKED'", lookupCode) == 1;
	}

	Optional<RegistryRecord> record(UUID lookupCode) {
		return jdbc.query("select * from registry_record where lookup_code = ?", RegistryStore::record, lookupCode)
			.stream()
			.findFirst();
	}

	private static RegistryRecord record(ResultSet row, int i) throws SQLException {
		return new RegistryRecord(row.getObject("lookup_code", UUID.class), row.getLong("school_id"),
				row.getLong("school_year_id"), row.getObject("pupil_id", Long.class), row.getBytes("xml"),
				row.getString("sha256"), RegistryRecordStatus.valueOf(row.getString("status")),
				row.getObject("superseded_by", UUID.class), row.getObject("replaces", UUID.class),
				instant(row.getTimestamp("accepted_at")), instant(row.getTimestamp("locked_at")),
				row.getLong("transaction_id"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
