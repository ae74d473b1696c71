package vn.edu.hocbaso.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read-only queries the public verification and the pupil page need beside {@link RegistryStore}: the name and
 * code of a record's school, its school year's start, and a pupil's record versions
 * ({@link PublicVerificationLinks}). Kept apart so that the intake's store stays the intake's.
 */
@Component
class RegistryVerificationQueries {

	/** A school as the public page names it. */
	record SchoolName(String name, String code) {
	}

	private final JdbcTemplate jdbc;

	RegistryVerificationQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SchoolName> school(long schoolId) {
		return jdbc.query("select name, ministry_code from school where id = ?",
				(row, i) -> new SchoolName(row.getString(1), row.getString(2)), schoolId).stream().findFirst();
	}

	Optional<Integer> schoolYearStart(long schoolYearId) {
		return jdbc.queryForList("select start_year from school_year where id = ?", Integer.class, schoolYearId)
			.stream()
			.findFirst();
	}

	/** The record that replaces this one, if any: a revoked record's re-issue. */
	Optional<UUID> reissueOf(UUID lookupCode) {
		return jdbc.queryForList("select lookup_code from registry_record where replaces = ?", UUID.class, lookupCode)
			.stream()
			.findFirst();
	}

	/** The pupil's record versions in the registry, newest school year first. */
	List<PublicVerificationLinks.PupilRecord> recordsOfPupil(long pupilId) {
		return jdbc.query("""
				select r.lookup_code, y.start_year, r.status from registry_record r
				join school_year y on y.id = r.school_year_id
				where r.pupil_id = ? order by y.start_year desc, r.accepted_at desc""",
				(row, i) -> new PublicVerificationLinks.PupilRecord(row.getObject(1, UUID.class), row.getInt(2),
						RegistryRecordStatus.valueOf(row.getString(3))), pupilId);
	}

	/** The bytes the registry holds under that lookup code, if the record names that pupil. */
	Optional<byte[]> xmlOfPupil(UUID lookupCode, long pupilId) {
		return jdbc.query("select xml from registry_record where lookup_code = ? and pupil_id = ?",
				(row, i) -> row.getBytes(1), lookupCode, pupilId).stream().findFirst();
	}

}
