package vn.edu.hocbaso.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.VietnameseOrder;

/**
 * What the department's registry pages show, read in SQL over the registry's tables and the schools of one
 * department: per school the records of a school year by state and their list, the latest transactions and the
 * records each brought or named, the revocations waiting for a decision, and one record with its history. Times
 * are in Vietnam's time; lists of records are in the order of a Vietnamese class list ({@link VietnameseOrder}).
 */
@Component
@Transactional(readOnly = true)
class RegistryOverview {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final int LATEST_TRANSACTIONS = 20;

	/** One school's records of the year by state. */
	record SchoolCounts(long schoolId, String schoolName, String schoolCode, int accepted, int locked,
			int superseded, int withdrawn, int revoked) {
	}

	/**
	 * One transaction as the overview lists it; {@code schoolYear} is the start year its sender named,
	 * {@code function} a type-5 transaction's (RUT or THU_HOI), null for the other types.
	 */
	record TransactionRow(long id, LocalDateTime receivedAt, long schoolId, String schoolName, String messageId,
			int type, int accepted, int rejected, int schoolYear, String function) {
	}

	/**
	 * The registry's answer for one record a transaction brought or named, as stored with the transaction:
	 * {@code lookupCode} as the sender wrote it, {@code held} when the registry holds that record for the
	 * transaction's school (its page can be linked), the pupil's name (the registry's when it holds the record),
	 * {@code trang_thai} and the reason of a rejection or refusal.
	 */
	record AnswerRow(String lookupCode, boolean held, String pupilName, int status, String reason) {
	}

	/** A school of the department, as its records page names it. */
	record SchoolName(long schoolId, String name, String code) {
	}

	/** One record in a list: a school's records, or those a transaction brought or named. */
	record RecordRow(UUID lookupCode, String pupilName, String status, LocalDateTime acceptedAt) {
	}

	/** A revocation waiting for the department. */
	record PendingRevocation(UUID lookupCode, String schoolName, String pupilName, String reason,
			LocalDateTime requestedAt) {
	}

	/** A withdrawal or revocation of one record, for its detail page. */
	record RevocationRow(String function, String reason, LocalDateTime requestedAt, String state,
			LocalDateTime decidedAt, String decisionReason) {
	}

	/**
	 * One record for the department: its row in the registry and where it came from. {@code schoolYear} is the
	 * start year; grade and class are as the record's XML names them (MA_KHOI, TEN_LOP), null when it does not;
	 * {@code reissuedAs} is a revoked record's re-issue, the record whose {@code replaces} names this one.
	 */
	record RecordDetail(UUID lookupCode, long schoolId, String schoolName, String schoolCode, int schoolYear,
			String grade, String className, String pupilName, String status, UUID supersededBy, UUID replaces,
			UUID reissuedAs, String sha256, LocalDateTime acceptedAt, LocalDateTime lockedAt, long transactionId,
			String messageId, LocalDateTime receivedAt, Long leafIndex, List<RevocationRow> revocations) {

		/** The school year as people write it, 2025-2026. */
		public String schoolYearName() {
			return schoolYear + "-" + (schoolYear + 1);
		}

	}

	/** Records by pupil as a class list orders them; a record naming no enrolled pupil comes last. */
	private static final Comparator<RecordRow> BY_PUPIL = Comparator.comparing(RecordRow::pupilName,
			Comparator.nullsLast(VietnameseOrder.NAMES));

	private static final String OF_DEPARTMENT = """
			join school s on s.id = %s.school_id
			join administrative_unit u on u.id = s.unit_id
			""";

	private static final String TRANSACTIONS = "select t.id, t.received_at, s.id, s.name, t.message_id, t.type, "
			+ "t.accepted, t.rejected, t.school_year, t.function from registry_transaction t "
			+ OF_DEPARTMENT.formatted("t");

	/** Answer rows by pupil as a class list orders them; a row naming no pupil comes last. */
	private static final Comparator<AnswerRow> ANSWERS_BY_PUPIL = Comparator.comparing(AnswerRow::pupilName,
			Comparator.nullsLast(VietnameseOrder.NAMES));

	private final JdbcTemplate jdbc;

	private final TransactionEnvelopes envelopes;

	RegistryOverview(JdbcTemplate jdbc, TransactionEnvelopes envelopes) {
		this.jdbc = jdbc;
		this.envelopes = envelopes;
	}

	List<SchoolCounts> schools(long departmentId, long schoolYearId) {
		return jdbc.query("""
				select s.id, s.name, s.ministry_code,
					count(r.id) filter (where r.status = 'ACCEPTED') as accepted,
					count(r.id) filter (where r.status = 'LOCKED') as locked,
					count(r.id) filter (where r.status = 'SUPERSEDED') as superseded,
					count(r.id) filter (where r.status = 'WITHDRAWN') as withdrawn,
					count(r.id) filter (where r.status = 'REVOKED') as revoked
				from school s
				join administrative_unit u on u.id = s.unit_id
				left join registry_record r on r.school_id = s.id and r.school_year_id = ?
				where u.department_id = ?
				group by s.id, s.name, s.ministry_code
				order by s.name, s.id""",
				(row, i) -> new SchoolCounts(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4),
						row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8)),
				schoolYearId, departmentId);
	}

	List<TransactionRow> latestTransactions(long departmentId) {
		return jdbc.query(TRANSACTIONS + "where u.department_id = ? order by t.received_at desc, t.id desc limit ?",
				RegistryOverview::transaction, departmentId, LATEST_TRANSACTIONS);
	}

	/** The transaction if its school is one of the department's. */
	Optional<TransactionRow> transaction(long transactionId, long departmentId) {
		return jdbc.query(TRANSACTIONS + "where t.id = ? and u.department_id = ?", RegistryOverview::transaction,
				transactionId, departmentId).stream().findFirst();
	}

	/**
	 * The registry's answer for each record a transaction brought (a submission) or named (a withdrawal or
	 * revocation request), accepted or not, read from the answer stored with it, by pupil; a query changes no
	 * record and lists none.
	 */
	List<AnswerRow> answerOfTransaction(TransactionRow transaction) {
		boolean changesRecords = transaction.type() == TransactionType.SUBMIT.code()
				|| transaction.type() == TransactionType.REVOKE.code();
		if (!changesRecords) {
			return List.of();
		}
		String stored = jdbc.queryForObject("select response from registry_transaction where id = ?", String.class,
				transaction.id());
		List<RecordStatus> answered = stored == null ? null : envelopes.read(stored).records();
		if (answered == null) {
			return List.of();
		}
		Map<UUID, String> held = heldPupils(answered, transaction.schoolId());
		List<AnswerRow> rows = new ArrayList<>();
		for (RecordStatus record : answered) {
			rows.add(answerRow(record, held));
		}
		rows.sort(ANSWERS_BY_PUPIL);
		return rows;
	}

	/**
	 * Of the answered lookup codes, those the registry holds for the school, each with its pupil's name (null
	 * when the record names no enrolled pupil); one query for the whole answer.
	 */
	private Map<UUID, String> heldPupils(List<RecordStatus> answered, long schoolId) {
		String[] codes = answered.stream()
			.map(record -> SubmittedRecord.uuid(record.lookupCode()))
			.filter(Objects::nonNull)
			.map(UUID::toString)
			.toArray(String[]::new);
		Map<UUID, String> held = new HashMap<>();
		jdbc.query("""
				select r.lookup_code, p.full_name from registry_record r left join pupil p on p.id = r.pupil_id
				where r.school_id = ? and r.lookup_code = any(cast(? as uuid[]))""",
				(RowCallbackHandler) row -> held.put(row.getObject(1, UUID.class), row.getString(2)), schoolId,
				codes);
		return held;
	}

	/** One record's answer, with the registry's name of the pupil when it holds the record. */
	private static AnswerRow answerRow(RecordStatus answered, Map<UUID, String> held) {
		UUID code = SubmittedRecord.uuid(answered.lookupCode());
		boolean isHeld = code != null && held.containsKey(code);
		String pupil = isHeld && held.get(code) != null ? held.get(code) : answered.pupilName();
		String reason = answered.errorDescription() == null || answered.errorDescription().isBlank() ? null
				: answered.errorDescription();
		return new AnswerRow(answered.lookupCode(), isHeld, pupil, answered.status(), reason);
	}

	/** The school if it is one of the department's. */
	Optional<SchoolName> school(long schoolId, long departmentId) {
		return jdbc.query("select s.id, s.name, s.ministry_code from school s join administrative_unit u "
				+ "on u.id = s.unit_id where s.id = ? and u.department_id = ?",
				(row, i) -> new SchoolName(row.getLong(1), row.getString(2), row.getString(3)), schoolId,
				departmentId).stream().findFirst();
	}

	/**
	 * The school's records of the year, in one state or all, by pupil; at most {@code limit}, the first received
	 * (the collation is Java's, so the database cannot cut the list in that order).
	 */
	List<RecordRow> recordsOfSchool(long schoolId, long schoolYearId, RegistryRecordStatus status, int limit) {
		return byPupil(jdbc.query("""
				select r.lookup_code, p.full_name, r.status, r.accepted_at from registry_record r
				left join pupil p on p.id = r.pupil_id
				where r.school_id = ? and r.school_year_id = ? and (cast(? as varchar) is null or r.status = ?)
				order by r.id limit ?""", RegistryOverview::recordRow, schoolId, schoolYearId,
				status == null ? null : status.name(), status == null ? null : status.name(), limit));
	}

	/** The rows in class-list order; rows of the same name stay in the order received. */
	private static List<RecordRow> byPupil(List<RecordRow> rows) {
		List<RecordRow> sorted = new ArrayList<>(rows);
		sorted.sort(BY_PUPIL);
		return sorted;
	}

	private static TransactionRow transaction(ResultSet row, int i) throws SQLException {
		return new TransactionRow(row.getLong(1), local(row.getTimestamp(2)), row.getLong(3), row.getString(4),
				row.getString(5), row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9), row.getString(10));
	}

	private static RecordRow recordRow(ResultSet row, int i) throws SQLException {
		return new RecordRow(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
				local(row.getTimestamp(4)));
	}

	List<PendingRevocation> pendingRevocations(long departmentId) {
		return jdbc.query("""
				select v.lookup_code, s.name, p.full_name, v.reason, v.requested_at
				from registry_revocation v
				join registry_record r on r.lookup_code = v.lookup_code
				""" + OF_DEPARTMENT.formatted("r") + """
				left join pupil p on p.id = r.pupil_id
				where v.state = 'PENDING' and u.department_id = ?
				order by v.requested_at, v.id""",
				(row, i) -> new PendingRevocation(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
						row.getString(4), local(row.getTimestamp(5))),
				departmentId);
	}

	/** The record if it belongs to a school of the department. */
	Optional<RecordDetail> record(UUID lookupCode, long departmentId) {
		List<RevocationRow> revocations = jdbc.query("""
				select function, reason, requested_at, state, decided_at, decision_reason
				from registry_revocation where lookup_code = ? order by id""",
				(row, i) -> new RevocationRow(row.getString(1), row.getString(2), local(row.getTimestamp(3)),
						row.getString(4), local(row.getTimestamp(5)), row.getString(6)),
				lookupCode);
		return jdbc.query("""
				select r.lookup_code, s.name, s.ministry_code, p.full_name, r.status, r.superseded_by, r.replaces,
					r.sha256, r.accepted_at, r.locked_at, t.id, t.message_id, t.received_at, l.leaf_index,
					s.id as school_id, y.start_year, r.xml,
					(select n.lookup_code from registry_record n
						where r.status = 'REVOKED' and n.replaces = r.lookup_code order by n.id limit 1) as reissued_as
				from registry_record r
				""" + OF_DEPARTMENT.formatted("r") + """
				join school_year y on y.id = r.school_year_id
				join registry_transaction t on t.id = r.transaction_id
				left join pupil p on p.id = r.pupil_id
				left join registry_log_leaf l on l.lookup_code = r.lookup_code
				where r.lookup_code = ? and u.department_id = ?""",
				(row, i) -> detail(row, revocations), lookupCode, departmentId).stream().findFirst();
	}

	private static RecordDetail detail(ResultSet row, List<RevocationRow> revocations) throws SQLException {
		RecordGeneral general = RecordGeneral.of(row.getBytes("xml"));
		return new RecordDetail(row.getObject(1, UUID.class), row.getLong("school_id"), row.getString(2),
				row.getString(3), row.getInt("start_year"), general.text("MA_KHOI"), general.text("TEN_LOP"),
				row.getString(4), row.getString(5), row.getObject(6, UUID.class), row.getObject(7, UUID.class),
				row.getObject("reissued_as", UUID.class), row.getString(8), local(row.getTimestamp(9)),
				local(row.getTimestamp(10)), row.getLong(11), row.getString(12), local(row.getTimestamp(13)),
				row.getObject(14, Long.class), revocations);
	}

	private static LocalDateTime local(Timestamp timestamp) {
		return timestamp == null ? null : LocalDateTime.ofInstant(timestamp.toInstant(), VIETNAM);
	}

}
