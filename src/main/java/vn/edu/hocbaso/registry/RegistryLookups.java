package vn.edu.hocbaso.registry;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reads of other modules' data the intake needs that those modules do not publish yet: a school by its
 * Ministry code, a school year by its start year, whether a pupil is enrolled at a school in a school year, and
 * the registered issue certificates of a school with their approval. Kept here, read-only and in one place, so
 * that each query becomes a call when organisation and signing offer it (e.g. a public
 * {@code CertificateAuthority.approvedIssueCertificates(schoolId)}); the signing module is not changed by this
 * work.
 */
@Component
class RegistryLookups {

	private final JdbcTemplate jdbc;

	RegistryLookups(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The id of the school with this Ministry code (MA_TRUONG). */
	Optional<Long> schoolId(String ministryCode) {
		return jdbc.queryForList("select id from school where ministry_code = ?", Long.class, ministryCode).stream()
			.findFirst();
	}

	/** The id of the school year that starts in this year. */
	Optional<Long> schoolYearId(int startYear) {
		return jdbc.queryForList("select id from school_year where start_year = ?", Long.class, startYear).stream()
			.findFirst();
	}

	/** A pupil as a record names her: SO_CCCD and MA_HOC_SINH. */
	record PupilKey(String personalId, String pupilCode) {
	}

	/**
	 * Of the pupils with these personal IDs, those enrolled in a class of the school in that year, by personal ID
	 * and pupil code: {@link #enrolledPupil} for a whole transaction's records in one query.
	 */
	Map<PupilKey, Long> enrolledPupils(Collection<String> personalIds, long schoolId, long schoolYearId) {
		Map<PupilKey, Long> enrolled = new HashMap<>();
		if (personalIds.isEmpty()) {
			return enrolled;
		}
		jdbc.query("""
				select distinct p.id, p.personal_id, p.ministry_code from pupil p
				join enrolment e on e.pupil_id = p.id
				join school_class c on c.id = e.class_id
				where p.personal_id = any(?) and c.school_id = ? and c.school_year_id = ?""", statement -> {
			statement.setArray(1, statement.getConnection().createArrayOf("varchar", personalIds.toArray()));
			statement.setLong(2, schoolId);
			statement.setLong(3, schoolYearId);
		}, row -> {
			enrolled.putIfAbsent(new PupilKey(row.getString(2), row.getString(3)), row.getLong(1));
		});
		return enrolled;
	}

	/**
	 * The school's issue certificates the department approved; {@code validAt} keeps only those neither revoked
	 * nor outside their validity at that instant, null keeps all (a record signed before a revocation is judged
	 * by the record's verification against the CRL).
	 */
	List<X509Certificate> approvedIssueCertificates(long schoolId, Instant validAt) {
		return jdbc.query("""
				select der from signing_certificate
				where school_id = ? and role = 'SCHOOL_ISSUE' and registration = 'APPROVED'
				  and (cast(? as timestamptz) is null
				       or (status = 'VALID' and not_before <= cast(? as timestamptz)
				           and not_after > cast(? as timestamptz)))""",
				(row, i) -> certificate(row.getBytes(1)), schoolId, timestamp(validAt), timestamp(validAt),
				timestamp(validAt));
	}

	private static java.sql.Timestamp timestamp(Instant at) {
		return at == null ? null : java.sql.Timestamp.from(at);
	}

	private static X509Certificate certificate(byte[] der) {
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(der));
		}
		catch (CertificateException ex) {
			throw new IllegalStateException("A registered certificate cannot be read", ex);
		}
	}

}
