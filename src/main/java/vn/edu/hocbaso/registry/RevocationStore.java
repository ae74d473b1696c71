package vn.edu.hocbaso.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The withdrawals and revocation requests of {@code V75__registry_revocation.sql}. */
@Repository
class RevocationStore {

	/** What became of a withdrawal or revocation request. */
	enum State {
		PENDING, APPROVED, REFUSED
	}

	/** One row of {@code registry_revocation}. */
	record Revocation(long id, UUID lookupCode, long transactionId, String function, String reason,
			Instant requestedAt, State state, Instant decidedAt, Long decidedBy, String decisionReason) {
	}

	private final JdbcTemplate jdbc;

	RevocationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A withdrawal done at once: written APPROVED, with no deciding officer. */
	void withdrawn(UUID lookupCode, long transactionId, String function, String reason, Instant at) {
		insert(lookupCode, transactionId, function, reason, at, State.APPROVED, at);
	}

	/** A revocation request waiting for the department. */
	void pending(UUID lookupCode, long transactionId, String reason, Instant at) {
		insert(lookupCode, transactionId, RevocationContent.REVOKE, reason, at, State.PENDING, null);
	}

	boolean isPending(UUID lookupCode) {
		return jdbc.queryForObject(
				"select exists (select 1 from registry_revocation where lookup_code = ? and state = 'PENDING')",
				Boolean.class, lookupCode);
	}

	/** The pending request for the record, its row locked until the transaction ends. */
	Optional<Revocation> pendingForUpdate(UUID lookupCode) {
		return jdbc.query("select * from registry_revocation where lookup_code = ? and state = 'PENDING' for update",
				RevocationStore::revocation, lookupCode).stream().findFirst();
	}

	/** The latest request for the record, if any. */
	Optional<Revocation> latest(UUID lookupCode) {
		return jdbc.query("select * from registry_revocation where lookup_code = ? order by id desc limit 1",
				RevocationStore::revocation, lookupCode).stream().findFirst();
	}

	void decide(long id, State state, Instant at, long staffId, String decisionReason) {
		jdbc.update("""
				update registry_revocation set state = ?, decided_at = ?, decided_by = ?, decision_reason = ?
				where id = ? and state = 'PENDING'""", state.name(), Timestamp.from(at), staffId, decisionReason, id);
	}

	private void insert(UUID lookupCode, long transactionId, String function, String reason, Instant at,
			State state, Instant decidedAt) {
		jdbc.update("""
				insert into registry_revocation (lookup_code, transaction_id, function, reason, requested_at, state,
					decided_at)
				values (?, ?, ?, ?, ?, ?, ?)""", lookupCode, transactionId, function, reason, Timestamp.from(at),
				state.name(), decidedAt == null ? null : Timestamp.from(decidedAt));
	}

	private static Revocation revocation(ResultSet row, int i) throws SQLException {
		Timestamp decidedAt = row.getTimestamp("decided_at");
		return new Revocation(row.getLong("id"), row.getObject("lookup_code", UUID.class),
				row.getLong("transaction_id"), row.getString("function"), row.getString("reason"),
				row.getTimestamp("requested_at").toInstant(), State.valueOf(row.getString("state")),
				decidedAt == null ? null : decidedAt.toInstant(), row.getObject("decided_by", Long.class),
				row.getString("decision_reason"));
	}

}
