package vn.edu.hocbaso.notification;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

import vn.edu.hocbaso.organisation.Role;

/**
 * In-app notices: reminders before close-off, returns, rejections. A notice names a message key and its
 * arguments, so that each reader sees it in her language. Every recipient gets her own row, which she marks
 * read on her home page.
 */
@Service
@Transactional
public class Notices {

	private static final Logger LOG = LoggerFactory.getLogger(Notices.class);

	/** How many unread notices the home page shows at most; the count tells about the rest. */
	public static final int SHOWN = 20;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Notices(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * To everyone with one of the roles at the school. School-wide roles count where they are held; a teacher's
	 * role counts when her class belongs to the school.
	 *
	 * @return how many people got the notice
	 */
	public int toSchool(long schoolId, List<Role> roles, String messageKey, List<String> arguments) {

		Assert.notEmpty(roles, "A notice to a school names the roles it is for");
		String[] roleNames = roles.stream().map(Role::name).toArray(String[]::new);

		int sent = send("""
				select distinct r.staff_id from staff_role r
				left join school_class c on c.id = r.class_id
				where r.role = any(?) and (r.school_id = ? or c.school_id = ?)""", messageKey, arguments,
				roleNames, schoolId, schoolId);
		LOG.info("Notice {} sent to {} staff of school {}", messageKey, sent, schoolId);

		return sent;
	}

	/** To the homeroom teacher of the class, if it has one. */
	public int toHomeroomTeacher(long classId, String messageKey, List<String> arguments) {

		int sent = send("select distinct staff_id from staff_role where role = 'HOMEROOM_TEACHER' and class_id = ?",
				messageKey, arguments, classId);
		LOG.info("Notice {} sent to the homeroom teacher of class {} ({} recipients)", messageKey, classId, sent);

		return sent;
	}

	/** To the officers and administrators of the department. */
	public int toDepartment(long departmentId, String messageKey, List<String> arguments) {

		int sent = send("""
				select distinct r.staff_id from staff_role r join staff s on s.id = r.staff_id
				where r.role in ('DEPARTMENT_OFFICER', 'ADMINISTRATOR') and s.department_id = ?""", messageKey,
				arguments, departmentId);
		LOG.info("Notice {} sent to {} staff of department {}", messageKey, sent, departmentId);

		return sent;
	}

	/** To one member of staff. */
	public void toStaff(long staffId, String messageKey, List<String> arguments) {
		send("select id from staff where id = ?", messageKey, arguments, staffId);
	}

	/** The person's unread notices, newest first, at most {@link #SHOWN}. */
	@Transactional(readOnly = true)
	public List<Notice> unread(long staffId) {
		return jdbc.query("""
				select id, message_key, arguments, created_at from notice
				where recipient_staff_id = ? and read_at is null
				order by created_at desc, id desc limit ?""", Notices::notice, staffId, SHOWN);
	}

	@Transactional(readOnly = true)
	public long countUnread(long staffId) {
		return jdbc.queryForObject("select count(*) from notice where recipient_staff_id = ? and read_at is null",
				Long.class, staffId);
	}

	/**
	 * Marks one of the person's notices read; another person's notice, or one read already, is left as it is.
	 *
	 * @return whether the notice was unread and is read now
	 */
	public boolean markRead(long staffId, long noticeId) {
		return jdbc.update("update notice set read_at = ? where id = ? and recipient_staff_id = ? and read_at is null",
				now(), noticeId, staffId) == 1;
	}

	/** Marks all of the person's notices read; returns how many were unread. */
	public int markAllRead(long staffId) {
		return jdbc.update("update notice set read_at = ? where recipient_staff_id = ? and read_at is null", now(),
				staffId);
	}

	private int send(String recipientsQuery, String messageKey, List<String> arguments, Object... queryArguments) {

		Assert.hasText(messageKey, "A notice needs a message key");
		String sql = "insert into notice (recipient_staff_id, message_key, arguments, created_at) "
				+ "select staff_id, ?, ?, ? from (" + recipientsQuery + ") recipients (staff_id)";

		return jdbc.update(sql, statement -> {
			statement.setString(1, messageKey);
			statement.setArray(2, statement.getConnection().createArrayOf("text", arguments.toArray()));
			statement.setTimestamp(3, now());
			for (int i = 0; i < queryArguments.length; i++) {
				statement.setObject(4 + i, queryArgument(statement.getConnection(), queryArguments[i]));
			}
		});
	}

	private static Object queryArgument(Connection connection, Object value) throws SQLException {
		return value instanceof String[] strings ? connection.createArrayOf("text", strings) : value;
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	private static Notice notice(ResultSet row, int rowNumber) throws SQLException {
		Array arguments = row.getArray("arguments");
		return new Notice(row.getLong("id"), row.getString("message_key"),
				Arrays.asList((String[]) arguments.getArray()), row.getTimestamp("created_at").toInstant());
	}

}
