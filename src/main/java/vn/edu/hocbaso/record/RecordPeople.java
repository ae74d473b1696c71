package vn.edu.hocbaso.record;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may take which step on a class's records, read from the staff roles, and the pupils' names that a refusal
 * shows. One small query each, so that a class-wide step does not load the organisation's entities.
 */
@Component
class RecordPeople {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	RecordPeople(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** Where a class belongs: its school, school year and department. */
	ClassPlace placeOf(long classId) {

		List<ClassPlace> found = jdbc.query("""
				select c.id, c.school_id, c.school_year_id, u.department_id from school_class c
				join school s on s.id = c.school_id join administrative_unit u on u.id = s.unit_id
				where c.id = ?""",
				(rs, n) -> new ClassPlace(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), classId);

		return found.stream().findFirst().orElseThrow(() -> new IllegalArgumentException("No class " + classId));
	}

	boolean isHomeroomTeacher(long staffId, long classId) {
		return count("""
				select count(*) from staff_role where staff_id = ? and role = 'HOMEROOM_TEACHER' and class_id = ?""",
				staffId, classId);
	}

	/** The principal or a vice principal of the school. */
	boolean isOnBoard(long staffId, long schoolId) {
		return count("""
				select count(*) from staff_role where staff_id = ? and role in ('PRINCIPAL', 'VICE_PRINCIPAL')
				and school_id = ?""", staffId, schoolId);
	}

	/**
	 * Who signs the school's records as its manager (CBQL): the principal, or a vice principal while the school
	 * has no principal; empty when the school has no board member.
	 */
	Optional<Long> signingManagerOf(long schoolId) {
		return jdbc.queryForList("""
				select staff_id from staff_role where school_id = ? and role in ('PRINCIPAL', 'VICE_PRINCIPAL')
				order by case role when 'PRINCIPAL' then 0 else 1 end, staff_id limit 1""", Long.class, schoolId)
			.stream().findFirst();
	}

	boolean isClerk(long staffId, long schoolId) {
		return count("select count(*) from staff_role where staff_id = ? and role = 'SCHOOL_CLERK' and school_id = ?",
				staffId, schoolId);
	}

	/** An officer or administrator of the department. */
	boolean isInDepartment(long staffId, long departmentId) {
		return count("""
				select count(*) from staff_role r join staff s on s.id = r.staff_id
				where r.staff_id = ? and r.role in ('DEPARTMENT_OFFICER', 'ADMINISTRATOR') and s.department_id = ?""",
				staffId, departmentId);
	}

	/** The pupils' names, joined for a message, in the order given. */
	String namesOf(Collection<Long> pupilIds) {

		if (pupilIds.isEmpty()) {
			return "";
		}
		Map<Long, String> names = new HashMap<>();
		named.query("select id, full_name from pupil where id in (:ids)", Map.of("ids", pupilIds),
				(RowCallbackHandler) rs -> names.put(rs.getLong(1), rs.getString(2)));

		return pupilIds.stream().distinct()
			.map(id -> names.getOrDefault(id, String.valueOf(id)))
			.collect(Collectors.joining(", "));
	}

	private boolean count(String sql, Object... args) {
		Long found = jdbc.queryForObject(sql, Long.class, args);
		return found != null && found > 0;
	}

	/** A class with its school, school year and department. */
	record ClassPlace(long classId, long schoolId, long schoolYearId, long departmentId) {
	}

}
