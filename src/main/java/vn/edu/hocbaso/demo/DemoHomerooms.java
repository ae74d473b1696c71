package vn.edu.hocbaso.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The homeroom teachers of the demo city's earlier classes. The city generator gives staff this year's roles only,
 * so the classes of earlier years (which the pupils' study histories link to) had no homeroom teacher. In the demo
 * each teacher went up with her class from grade 1, as the demo's history has it (last year's 3A records of
 * school 1 were signed by 4A's teacher): an earlier class's homeroom teacher is the teacher of the class of this
 * year it became, at the same school with the same letter.
 */
@Component
class DemoHomerooms {

	private static final Logger LOG = LoggerFactory.getLogger(DemoHomerooms.class);

	private static final String ASSIGN = """
			insert into staff_role (staff_id, role, school_id, class_id)
			select r.staff_id, 'HOMEROOM_TEACHER', r.school_id, earlier.id
			from staff_role r join school_class now_c on now_c.id = r.class_id
			join school_year now_y on now_y.id = now_c.school_year_id
			join school_class earlier on earlier.school_id = now_c.school_id
				and right(earlier.name, 1) = right(now_c.name, 1)
			join school_year earlier_y on earlier_y.id = earlier.school_year_id
				and earlier_y.start_year < now_y.start_year
				and earlier.grade = now_c.grade - (now_y.start_year - earlier_y.start_year)
			where r.role = 'HOMEROOM_TEACHER' and now_y.id = ?
				and not exists (select 1 from staff_role h where h.class_id = earlier.id and h.role = 'HOMEROOM_TEACHER')""";

	private final JdbcTemplate jdbc;

	DemoHomerooms(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Gives each earlier class without one the homeroom teacher it had; answers how many classes got one. */
	int assign(long currentYearId) {
		int assigned = jdbc.update(ASSIGN, currentYearId);
		LOG.info("Demo homeroom teachers of earlier years: {} classes.", assigned);
		return assigned;
	}

}
