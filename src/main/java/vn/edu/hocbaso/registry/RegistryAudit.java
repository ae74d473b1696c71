package vn.edu.hocbaso.registry;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit of the transparency log: recomputes every leaf from the stored record bytes
 * ({@code SHA-256(0x00 || registry_record.xml)}), the tree from those leaves, and compares with every signed
 * checkpoint (the department's signature valid, the root at that size equal). A record whose stored bytes no
 * longer give its leaf (or its stored hash) is named by its lookup code.
 */
@Service
public class RegistryAudit {

	/**
	 * What the audit found.
	 *
	 * @param leaves the leaves recomputed
	 * @param checkpoints the checkpoints compared
	 * @param alteredRecords lookup codes of the records whose stored bytes no longer match their leaf
	 * @param checkpointFailures one line per checkpoint that does not hold
	 */
	public record Report(long leaves, int checkpoints, List<UUID> alteredRecords, List<String> checkpointFailures) {

		public boolean clean() {
			return alteredRecords.isEmpty() && checkpointFailures.isEmpty();
		}

	}

	private final JdbcTemplate streaming;

	private final TransparencyLog log;

	RegistryAudit(DataSource dataSource, TransparencyLog log) {
		// Rows are read a thousand at a time (inside the transaction), not the whole registry's XML at once.
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(1000);
		this.log = log;
	}

	@Transactional(readOnly = true)
	public Report audit() {

		GrowingLeafHashes recomputed = new GrowingLeafHashes();
		List<UUID> altered = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		HexFormat hex = HexFormat.of();
		streaming.query("""
				select l.leaf_index, l.lookup_code, l.leaf_hash, l.record_sha256, r.xml, r.sha256
				from registry_log_leaf l left join registry_record r on r.lookup_code = l.lookup_code
				order by l.leaf_index""", row -> {
			long index = row.getLong(1);
			UUID lookupCode = row.getObject(2, UUID.class);
			byte[] xml = row.getBytes(5);
			if (index != recomputed.size()) {
				failures.add("leaf " + recomputed.size() + " is missing from the log");
			}
			if (xml == null) {
				altered.add(lookupCode);
				recomputed.add(row.getBytes(3));
				return;
			}
			byte[] leaf = MerkleProofs.leafHash(xml);
			String sha256 = hex.formatHex(MerkleProofs.sha256().digest(xml));
			if (!MessageDigest.isEqual(leaf, row.getBytes(3)) || !sha256.equals(row.getString(4))
					|| !sha256.equals(row.getString(6))) {
				altered.add(lookupCode);
			}
			recomputed.add(leaf);
		});

		MerkleTree tree = MerkleTree.over(recomputed);
		List<SignedCheckpoint> checkpoints = log.checkpoints();
		if (checkpoints.isEmpty()) {
			// Every lock signs one in its own transaction: leaves without any means the checkpoints went missing.
			if (recomputed.size() > 0) {
				failures.add("none is signed: the log holds " + recomputed.size() + " leaves and the registry no "
						+ "signed checkpoint");
			}
			return new Report(recomputed.size(), 0, List.copyOf(altered), List.copyOf(failures));
		}
		PublicKey key = log.departmentKey();
		for (SignedCheckpoint signed : checkpoints) {
			Checkpoint checkpoint = signed.checkpoint();
			if (!signed.verify(key)) {
				failures.add("checkpoint at size " + checkpoint.size() + " (" + checkpoint.timestamp()
						+ "): the department's signature is not valid");
			}
			else if (checkpoint.size() > tree.size()) {
				failures.add("checkpoint at size " + checkpoint.size() + ": the log has only " + tree.size()
						+ " leaves");
			}
			else if (!MessageDigest.isEqual(tree.root(checkpoint.size()), checkpoint.rootHash())) {
				failures.add("checkpoint at size " + checkpoint.size() + " (" + checkpoint.timestamp()
						+ "): the root recomputed from the stored records differs");
			}
		}

		return new Report(recomputed.size(), checkpoints.size(), List.copyOf(altered), List.copyOf(failures));
	}

}
