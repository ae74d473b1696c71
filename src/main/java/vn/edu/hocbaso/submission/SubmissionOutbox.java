package vn.edu.hocbaso.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox tables (V72): {@code registry_submission}, one row per sealed transaction, and
 * {@code registry_submission_record}, the records each covers with the registry's answer for each.
 */
@Repository
class SubmissionOutbox {

	private static final String COLUMNS = """
			id, message_id, seal_id, school_id, class_id, record_id, business_key, type, function, state,
			prepared_at, requested_at, sent_at, answered_at, correlated_at, attempts, last_error""";

	private final JdbcTemplate jdbc;

	SubmissionOutbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A sealed transaction to store, with its records. */
	record Prepared(String messageId, UUID sealId, long schoolId, Long classId, Long recordId, int type,
			String function, String requestJson, List<Submission.Item> records, Instant preparedAt) {
	}

	long insert(Prepared prepared) {

		long id = jdbc.queryForObject("""
				insert into registry_submission (message_id, seal_id, school_id, class_id, record_id, type, function,
					request_json, state, prepared_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'PREPARED', ?) returning id""", Long.class, prepared.messageId(),
				prepared.sealId(), prepared.schoolId(), prepared.classId(), prepared.recordId(), prepared.type(),
				prepared.function(), prepared.requestJson(), Timestamp.from(prepared.preparedAt()));
		for (Submission.Item item : prepared.records()) {
			jdbc.update("""
					insert into registry_submission_record (submission_id, record_id, lookup_code, pupil_name)
					values (?, ?, ?, ?)""", id, item.recordId(), item.lookupCode(), item.pupilName());
		}

		return id;
	}

	/**
	 * Submissions of the class (or record) sealed earlier and never sent are void once a newer seal exists: the
	 * newer one is what the process step sends.
	 */
	int voidUnsent(Long classId, Long recordId, UUID newSeal) {
		return jdbc.update("""
				update registry_submission set state = 'FAILED', last_error = 'superseded by seal ' || ?
				where state = 'PREPARED' and requested_at is null and type = 1 and seal_id <> ?
				  and (class_id = ? or record_id = ?)""", newSeal.toString(), newSeal, classId, recordId);
	}

	/** The latest seal of type 1 for the class (record id null) or the record, not yet sent. */
	Optional<UUID> unsentSeal(Long classId, Long recordId) {
		return jdbc.queryForList("""
				select seal_id from registry_submission
				where state = 'PREPARED' and requested_at is null and type = 1
				  and (class_id = ? and record_id is null or record_id = ?)
				order by id desc limit 1""", UUID.class, classId, recordId).stream().findFirst();
	}

	List<Submission> ofSeal(UUID sealId) {
		return list("where seal_id = ? order by id", sealId);
	}

	Optional<Submission> find(long id) {
		return list("where id = ?", id).stream().findFirst();
	}

	/** The school's transactions, the latest first. */
	List<Submission> ofSchool(long schoolId, int limit) {
		return list("where school_id = ? order by id desc limit ?", schoolId, limit);
	}

	/** The class's transactions of type 1, the latest first. */
	List<Submission> ofClass(long classId) {
		return list("where class_id = ? and record_id is null and type = 1 order by id desc", classId);
	}

	String requestJson(long id) {
		return jdbc.queryForObject("select request_json from registry_submission where id = ?", String.class, id);
	}

	/** The process step asks to send the seal: from now on the scheduled sender retries it too. */
	void request(UUID sealId, String businessKey, Instant now) {
		jdbc.update("""
				update registry_submission set requested_at = ?, business_key = ?
				where seal_id = ? and requested_at is null""", Timestamp.from(now), businessKey, sealId);
	}

	void transportFailed(long id, String error) {
		jdbc.update("update registry_submission set attempts = attempts + 1, last_error = ? where id = ?", error,
				id);
	}

	void answered(long id, SubmissionState state, String responseJson, String error, Instant now) {
		jdbc.update("""
				update registry_submission set state = ?, response_json = ?, last_error = ?, attempts = attempts + 1,
					sent_at = coalesce(sent_at, ?), answered_at = ?
				where id = ?""", state.name(), responseJson, error, Timestamp.from(now),
				state == SubmissionState.SENT ? null : Timestamp.from(now), id);
	}

	void answerRecord(long id, long recordId, boolean accepted, String reason) {
		jdbc.update("""
				update registry_submission_record set accepted = ?, reason = ?
				where submission_id = ? and record_id = ?""", accepted, reason, id, recordId);
	}

	/** The department's decision on a pending revocation answers the request's transaction. */
	void decided(UUID lookupCode, boolean approved, String reason, Instant now) {
		jdbc.update("""
				update registry_submission_record set accepted = ?, reason = ?
				where lookup_code = ? and accepted is null
				  and submission_id in (select id from registry_submission where state = 'SENT' and type = 5)""",
				approved, reason, lookupCode);
		// The decision reaches the waiting process directly (workflow.RevocationDecisions): nothing left to tell.
		jdbc.update("""
				update registry_submission s set state = 'ANSWERED', answered_at = ?, correlated_at = ?
				where state = 'SENT' and type = 5 and not exists (
					select 1 from registry_submission_record r where r.submission_id = s.id and r.accepted is null)""",
				Timestamp.from(now), Timestamp.from(now));
	}

	void correlated(UUID sealId, Instant now) {
		jdbc.update("update registry_submission set correlated_at = ? where seal_id = ?", Timestamp.from(now),
				sealId);
	}

	/** Transactions a process step asked to send that the registry has not received (registry down). */
	List<Long> toRetry() {
		return jdbc.queryForList("""
				select id from registry_submission where state = 'PREPARED' and requested_at is not null
				order by id""", Long.class);
	}

	/**
	 * Seals sent and answered whose waiting process has not been told (a crash between commit and correlation),
	 * and revocation requests the registry refused on a resend (the correction process still waits).
	 */
	List<UUID> answeredNotCorrelated() {
		return jdbc.queryForList("""
				select seal_id from registry_submission s
				where requested_at is not null and business_key is not null and correlated_at is null
				  and (type = 1 or type = 5 and function = 'THU_HOI' and state in ('ANSWERED', 'FAILED') and exists (
					select 1 from registry_submission_record r where r.submission_id = s.id and r.accepted = false))
				group by seal_id having bool_and(state in ('ANSWERED', 'FAILED'))""", UUID.class);
	}

	/** The registry's answers to the seal's transactions, as stored (null for one not answered). */
	List<String> responses(UUID sealId) {
		return jdbc.queryForList("select response_json from registry_submission where seal_id = ? order by id",
				String.class, sealId);
	}

	private List<Submission> list(String where, Object... arguments) {

		List<Row> rows = jdbc.query("select " + COLUMNS + " from registry_submission " + where,
				(rs, i) -> row(rs), arguments);
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Submission.Item>> items = items(rows.stream().map(Row::id).toList());

		return rows.stream().map(row -> row.with(items.getOrDefault(row.id(), List.of()))).toList();
	}

	private Map<Long, List<Submission.Item>> items(List<Long> ids) {
		Map<Long, List<Submission.Item>> items = new HashMap<>();
		jdbc.query("""
				select submission_id, record_id, lookup_code, pupil_name, accepted, reason
				from registry_submission_record where submission_id = any (?) order by submission_id, record_id""",
				rs -> {
					items.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
						.add(new Submission.Item(rs.getLong(2), rs.getObject(3, UUID.class), rs.getString(4),
								(Boolean) rs.getObject(5), rs.getString(6)));
				}, (Object) ids.toArray(Long[]::new));
		return items;
	}

	private record Row(long id, Submission partial) {

		Submission with(List<Submission.Item> records) {
			Submission p = partial;
			return new Submission(p.id(), p.messageId(), p.sealId(), p.schoolId(), p.classId(), p.recordId(),
					p.businessKey(), p.type(), p.function(), p.state(), p.preparedAt(), p.requestedAt(), p.sentAt(),
					p.answeredAt(), p.correlatedAt(), p.attempts(), p.lastError(), records);
		}

	}

	private static Row row(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		return new Row(id, new Submission(id, rs.getString("message_id"), rs.getObject("seal_id", UUID.class),
				rs.getLong("school_id"), (Long) rs.getObject("class_id", Long.class),
				(Long) rs.getObject("record_id", Long.class), rs.getString("business_key"), rs.getInt("type"),
				rs.getString("function"), SubmissionState.valueOf(rs.getString("state")),
				instant(rs, "prepared_at"), instant(rs, "requested_at"), instant(rs, "sent_at"),
				instant(rs, "answered_at"), instant(rs, "correlated_at"), rs.getInt("attempts"),
				rs.getString("last_error"), List.of()));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
