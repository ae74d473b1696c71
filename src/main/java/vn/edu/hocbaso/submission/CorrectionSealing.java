package vn.edu.hocbaso.submission;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.registry.RevocationContent;
import vn.edu.hocbaso.registry.RevocationItem;
import vn.edu.hocbaso.registry.TransactionType;

/**
 * Seals a withdrawal ("RUT") or a revocation request ("THU_HOI") of one record into a type-5 transaction: the
 * record's lookup code, the pupil's code, personal ID and name, and the school's reason ({@link RevocationContent}).
 */
@Component
class CorrectionSealing {

	private final TransactionSealing sealing;

	private final JdbcTemplate jdbc;

	CorrectionSealing(TransactionSealing sealing, JdbcTemplate jdbc) {
		this.sealing = sealing;
		this.jdbc = jdbc;
	}

	/** The record as a type-5 item names it, with its class and school. */
	record Named(long classId, long schoolId, RevocationItem item) {
	}

	Named named(long recordId, String reason) {
		return jdbc.queryForObject("""
				select r.class_id, c.school_id, r.lookup_code, p.ministry_code, p.personal_id, p.full_name
				from year_record r join pupil p on p.id = r.pupil_id join school_class c on c.id = r.class_id
				where r.id = ?""", (rs, i) -> new Named(rs.getLong(1), rs.getLong(2), new RevocationItem(
				rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), reason)), recordId);
	}

	long seal(long recordId, Named named, String function, TransactionSealing.SealKey key) {
		RevocationItem item = named.item();
		return sealing.sealOne(sealing.senderOfClass(named.classId()), named.classId(), recordId,
				TransactionType.REVOKE, function, RevocationContent.write(List.of(item)),
				new Submission.Item(recordId, UUID.fromString(item.lookupCode()), item.pupilName(), null,
						null),
				key);
	}

}
