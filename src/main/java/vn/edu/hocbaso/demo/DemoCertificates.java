package vn.edu.hocbaso.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.signing.CertificateAuthority;
import vn.edu.hocbaso.signing.CertificateRole;
import vn.edu.hocbaso.signing.SigningCertificate;

/**
 * Certificates of the demo city from the built-in authority, so that the demo can sign at once: every
 * principal and vice principal, three homeroom teachers in five (a real rollout left 40% of teachers without
 * one, and the certificates page should show that), and each school's approved issue certificate. Every key is
 * protected by the demo password.
 */
@Component
class DemoCertificates {

	private static final Logger LOG = LoggerFactory.getLogger(DemoCertificates.class);

	private final CertificateAuthority authority;

	private final JdbcTemplate jdbc;

	DemoCertificates(CertificateAuthority authority, JdbcTemplate jdbc) {
		this.authority = authority;
		this.jdbc = jdbc;
	}

	/** Issues the certificates; for the city just generated only, whose schools are all demo schools. */
	void issue(String password) {

		long started = System.nanoTime();
		char[] key = password.toCharArray();
		List<Long> schoolIds = jdbc.queryForList("select id from school order by id", Long.class);
		// The root first, committed, so that the parallel issues below all find the same one.
		authority.rootCertificate();

		int issued = inParallel(schoolIds, schoolId -> issueForSchool(schoolId, key));

		LOG.info("Demo certificates issued: {} in {} ms (keys protected by the demo password).", issued,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * One school per thread: most of an issue is the key store's password hashing, which uses one core, so a
	 * few threads shorten the first start on any machine with more than one.
	 */
	private static int inParallel(List<Long> schoolIds, ToIntFunction<Long> work) {

		int threads = Math.max(1, Math.min(schoolIds.size(), Runtime.getRuntime().availableProcessors()));
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Integer>> done = schoolIds.stream()
				.map(schoolId -> pool.submit(() -> work.applyAsInt(schoolId)))
				.toList();
			int issued = 0;
			for (Future<Integer> one : done) {
				issued += one.get();
			}
			return issued;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while issuing the demo certificates", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Cannot issue the demo certificates", ex.getCause());
		}
		finally {
			pool.shutdown();
		}
	}

	private int issueForSchool(long schoolId, char[] key) {

		List<Long> board = staff(schoolId, "r.role in ('PRINCIPAL', 'VICE_PRINCIPAL')");
		List<Long> teachers = staff(schoolId, "r.role = 'HOMEROOM_TEACHER'");
		board.forEach(staffId -> authority.issueForStaff(staffId, CertificateRole.PRINCIPAL, key));
		List<Long> chosen = threeInFive(teachers);
		chosen.forEach(staffId -> authority.issueForStaff(staffId, CertificateRole.TEACHER, key));

		SigningCertificate school = authority.requestSchoolCertificate(schoolId, key);
		authority.approveRegistration(school.getId());

		return board.size() + chosen.size() + 1;
	}

	/** In class order (1A, 1B, 2A …): the teachers of 1A, 1B, 2A, 3B, 4A, 4B get one, 4A's demo login among them. */
	private static List<Long> threeInFive(List<Long> teachers) {
		List<Long> chosen = new ArrayList<>();
		for (int i = 0; i < teachers.size(); i++) {
			if (i % 5 < 3) {
				chosen.add(teachers.get(i));
			}
		}
		return chosen;
	}

	/** Staff of a school in those roles, each once, in the order of their first class. */
	private List<Long> staff(long schoolId, String roles) {
		List<Map<String, Object>> rows = jdbc.queryForList("""
				select r.staff_id, min(coalesce(c.grade * 100 + ascii(right(c.name, 1)), 0)) as position
				from staff_role r left join school_class c on c.id = r.class_id
				where r.school_id = ? and %s
				group by r.staff_id order by position, r.staff_id""".formatted(roles), schoolId);
		return rows.stream().map(row -> ((Number) row.get("staff_id")).longValue()).toList();
	}

}
