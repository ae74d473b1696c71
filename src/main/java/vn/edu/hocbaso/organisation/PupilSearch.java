package vn.edu.hocbaso.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Pupil search, shaped for a city of close to a million pupils. A school or a teacher searches only the current
 * enrolments of her classes (a few hundred pupils), which the query reads first and filters afterwards; the
 * department searches every pupil, one page at a time, and counts matches only up to a cap.
 * <p>
 * SQL rather than JPQL because a name gives one condition per word, each of which the trigram index answers.
 */
@Repository
public class PupilSearch {

	private static final String COLUMNS = """
			p.id, p.full_name, p.birth_date, p.sex, p.personal_id, p.ministry_code""";

	private static final String CURRENT_PLACE = """
			left join enrolment e on e.pupil_id = p.id and e.left_on is null
			left join school_class c on c.id = e.class_id
			left join school s on s.id = c.school_id""";

	private static final String IN_DEPARTMENT = """
			exists (select 1 from enrolment de join school_class dc on dc.id = de.class_id
				join school ds on ds.id = dc.school_id join administrative_unit du on du.id = ds.unit_id
				where de.pupil_id = p.id and du.department_id = :departmentId)""";

	private final NamedParameterJdbcTemplate jdbc;

	PupilSearch(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every match among the pupils enrolled now in the given schools or classes, in search-name order. Pass a
	 * list holding only {@code -1} for a part of the reach that is empty.
	 */
	public List<PupilHit> findCurrentlyIn(PupilQuery query, Collection<Long> schoolIds, Collection<Long> classIds) {

		// Materialized, so that the planner cannot start from a city-wide trigram match of a common name.
		String sql = """
				with reach as materialized (
					select e.pupil_id, c.id as class_id, c.name as class_name, s.name as school_name
					from enrolment e join school_class c on c.id = e.class_id join school s on s.id = c.school_id
					where e.left_on is null and (c.school_id in (:schoolIds) or c.id in (:classIds)))
				select %s, r.class_id, r.class_name, r.school_name
				from reach r join pupil p on p.id = r.pupil_id
				where %s
				order by p.search_name, p.id""".formatted(COLUMNS, condition(query));

		MapSqlParameterSource parameters = parameters(query).addValue("schoolIds", schoolIds)
			.addValue("classIds", classIds);

		return jdbc.query(sql, parameters, PupilSearch::hit);
	}

	/** One page of matches among every pupil who was ever in a school of the department, in search-name order. */
	public List<PupilHit> findInDepartment(PupilQuery query, Long departmentId, int offset, int limit) {

		String sql = """
				select %s, c.id as class_id, c.name as class_name, s.name as school_name
				from (select p.id, p.search_name from pupil p where %s and %s
					order by p.search_name, p.id limit :limit offset :offset) hit
				join pupil p on p.id = hit.id
				%s
				order by hit.search_name, hit.id""".formatted(COLUMNS, condition(query), IN_DEPARTMENT, CURRENT_PLACE);

		MapSqlParameterSource parameters = parameters(query).addValue("departmentId", departmentId)
			.addValue("limit", limit)
			.addValue("offset", offset);

		return jdbc.query(sql, parameters, PupilSearch::hit);
	}

	/** How many pupils of the department match, counting no further than {@code cap}. */
	public int countInDepartment(PupilQuery query, Long departmentId, int cap) {

		String sql = "select count(*) from (select 1 from pupil p where %s and %s limit :cap) capped"
			.formatted(condition(query), IN_DEPARTMENT);

		MapSqlParameterSource parameters = parameters(query).addValue("departmentId", departmentId)
			.addValue("cap", cap);

		return jdbc.queryForObject(sql, parameters, Integer.class);
	}

	private static String condition(PupilQuery query) {
		return switch (query.kind()) {
			case PERSONAL_ID -> "p.personal_id = :value";
			case PUPIL_CODE -> "p.ministry_code = :value";
			case NAME -> IntStream.range(0, query.words().size())
				.mapToObj(i -> "p.search_name like :word" + i + " escape '\\'")
				.collect(Collectors.joining(" and "));
			default -> "false";
		};
	}

	private static MapSqlParameterSource parameters(PupilQuery query) {

		MapSqlParameterSource parameters = new MapSqlParameterSource("value", query.value());
		for (int i = 0; i < query.words().size(); i++) {
			parameters.addValue("word" + i, likePattern(query.words().get(i)));
		}

		return parameters;
	}

	private static String likePattern(String word) {
		return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static PupilHit hit(ResultSet rs, int row) throws SQLException {
		return new PupilHit(rs.getLong("id"), rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
				Sex.valueOf(rs.getString("sex")), rs.getString("personal_id"), rs.getString("ministry_code"),
				rs.getObject("class_id", Long.class), rs.getString("class_name"), rs.getString("school_name"));
	}

}
