package vn.edu.hocbaso.registry;

import java.security.PublicKey;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registry's transparency log (DESIGN.md §7): an append-only Merkle tree (RFC 9162 §2.1) with one leaf per
 * locked record version, in {@code registry_log_leaf} (V71), and the department's signed checkpoints of it in
 * {@code registry_checkpoint}.
 * <p>
 * <b>The leaf</b> of a record is its stored XML, {@code registry_record.xml}, exactly as received: leaf hash
 * {@code SHA-256(0x00 || xml)}. Whoever holds the record's XML file recomputes it without the registry.
 * <p>
 * Appending and signing take an exclusive lock on the leaf table, so leaves get contiguous indexes and a
 * checkpoint always covers exactly the leaves committed with it. Proofs come from one in-memory tree over the
 * leaf hashes, loaded lazily from the table and extended by the leaves appended since; a rolled-back append
 * drops it, to be loaded again.
 */
@Service
public class TransparencyLog {

	/** What a close-off lock did: how many records locked, and the checkpoint signed after appending them. */
	public record Locked(int records, Optional<SignedCheckpoint> checkpoint) {
	}

	private static final Logger LOG = LoggerFactory.getLogger(TransparencyLog.class);

	/** The advisory lock that serialises appends: "registry" in ASCII, beyond the int keys others hash into. */
	private static final long LOG_LOCK = 0x7265_6769_7374_7279L;

	private final JdbcTemplate jdbc;

	private final CheckpointKey key;

	private final String origin;

	private final Clock clock;

	private GrowingLeafHashes leaves;

	private MerkleTree tree;

	TransparencyLog(JdbcTemplate jdbc, CheckpointKey key,
			@Value("${app.registry.log-origin:hocbaso.so-gddt/registry}") String origin, Clock clock) {
		this.jdbc = jdbc;
		this.key = key;
		this.origin = origin;
		// The engine's clock: the close-off fires at the process's time, and tests move that clock.
		this.clock = clock;
		drop();
	}

	/**
	 * Locks every accepted record of the school in that school year (ACCEPTED to LOCKED), appends them to the log
	 * and signs a checkpoint, in one transaction: what the close-off does. The update and the append are one
	 * statement, so the records are read once: each row the update locks gives its leaf, in the order of the
	 * rows' ids, and the statement cannot lock a record without appending it. (LOCKED records left out of the
	 * log some other way are {@link #appendLocked}'s work, and the audit's.)
	 */
	@Transactional
	public Locked lock(long schoolId, long schoolYearId) {

		lockLog();
		Timestamp now = Timestamp.from(clock.instant());

		// sha256(bytea) of PostgreSQL computes the same leaf hash as MerkleProofs.leafHash; the audit recomputes
		// it in Java from the stored bytes.
		int locked = jdbc.update("""
				with locked as (
					update registry_record set status = 'LOCKED', locked_at = ?
					where school_id = ? and school_year_id = ? and status = 'ACCEPTED'
					returning id, lookup_code, sha256, xml)
				insert into registry_log_leaf (leaf_index, lookup_code, record_sha256, leaf_hash, appended_at)
				select ? + row_number() over (order by id) - 1, lookup_code, sha256, sha256('\\x00'::bytea || xml), ?
				from locked""", now, schoolId, schoolYearId, nextLeafIndex(), now);

		Optional<SignedCheckpoint> checkpoint = locked == 0 ? Optional.empty() : Optional.of(signCheckpoint());
		LOG.info("Locked {} records of school-{} in school-year-{} and appended them to the transparency log",
				locked, schoolId, schoolYearId);
		return new Locked(locked, checkpoint);
	}

	/**
	 * Appends a leaf for every LOCKED record of the school in that school year that is not in the log yet, in
	 * the order they locked, then signs a checkpoint of the grown tree. Empty when there was nothing to append.
	 */
	@Transactional
	public Optional<SignedCheckpoint> appendLocked(long schoolId, long schoolYearId) {

		lockLog();
		long next = nextLeafIndex();

		// sha256(bytea) of PostgreSQL computes the same leaf hash as MerkleProofs.leafHash; the audit recomputes
		// it in Java from the stored bytes.
		int appended = jdbc.update("""
				insert into registry_log_leaf (leaf_index, lookup_code, record_sha256, leaf_hash, appended_at)
				select ? + row_number() over (order by r.locked_at, r.id) - 1, r.lookup_code, r.sha256,
					sha256('\\x00'::bytea || r.xml), ?
				from registry_record r
				where r.school_id = ? and r.school_year_id = ? and r.status = 'LOCKED'
					and not exists (select 1 from registry_log_leaf l where l.lookup_code = r.lookup_code)""", next,
				Timestamp.from(clock.instant()), schoolId, schoolYearId);
		if (appended == 0) {
			return Optional.empty();
		}

		LOG.info("Appended {} leaves of school-{} in school-year-{} to the transparency log", appended, schoolId,
				schoolYearId);
		return Optional.of(signCheckpoint());
	}

	/** Signs a checkpoint of the log as it is now, changed or not: the department's daily checkpoint. */
	@Transactional
	public SignedCheckpoint dailyCheckpoint() {
		lockLog();
		return signCheckpoint();
	}

	/** The latest signed checkpoint, if any was signed. */
	@Transactional(readOnly = true)
	public Optional<SignedCheckpoint> latestCheckpoint() {
		return jdbc.queryForList("select note from registry_checkpoint order by id desc limit 1", String.class)
			.stream()
			.map(SignedCheckpoint::parse)
			.findFirst();
	}

	/** Every signed checkpoint, oldest first. */
	@Transactional(readOnly = true)
	public List<SignedCheckpoint> checkpoints() {
		return jdbc.queryForList("select note from registry_checkpoint order by id", String.class)
			.stream()
			.map(SignedCheckpoint::parse)
			.toList();
	}

	/** The department's public key that signs the checkpoints. */
	public PublicKey departmentKey() {
		return key.publicKey();
	}

	/** The department's public key as a PEM file, for the offline command's {@code --department-key}. */
	public String departmentKeyPem() {
		return key.publicKeyPem();
	}

	/**
	 * The proof that the record with this lookup code is in the tree of the latest checkpoint; empty when the
	 * record is not in the log (not locked) or no checkpoint covers it yet.
	 */
	@Transactional(readOnly = true)
	public Optional<InclusionProof> inclusionProof(UUID lookupCode) {

		Optional<Long> index = jdbc.queryForList("select leaf_index from registry_log_leaf where lookup_code = ?",
				Long.class, lookupCode).stream().findFirst();
		Optional<SignedCheckpoint> latest = latestCheckpoint();
		if (index.isEmpty() || latest.isEmpty() || index.get() >= latest.get().checkpoint().size()) {
			return Optional.empty();
		}

		long size = latest.get().checkpoint().size();
		synchronized (this) {
			refresh();
			List<byte[]> path = tree.inclusionProof(index.get(), size);
			return Optional.of(new InclusionProof(lookupCode, index.get(), size, path));
		}
	}

	/** The proof that the tree of {@code fromSize} leaves is a prefix of the tree of {@code toSize}. */
	@Transactional(readOnly = true)
	public synchronized List<byte[]> consistencyProof(long fromSize, long toSize) {
		refresh();
		return tree.consistencyProof(fromSize, toSize);
	}

	/**
	 * Serialises appends and checkpoints; readers go on. An advisory lock, not a table lock: the application's
	 * role may only read and insert the log (V78), which does not let it lock the table in exclusive mode.
	 */
	private void lockLog() {
		jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, LOG_LOCK);
	}

	/** The index the next leaf gets; under {@link #lockLog()}, so that no other append takes it meanwhile. */
	private long nextLeafIndex() {
		return jdbc.queryForObject("select coalesce(max(leaf_index) + 1, 0) from registry_log_leaf", Long.class);
	}

	private SignedCheckpoint signCheckpoint() {

		Checkpoint checkpoint;
		synchronized (this) {
			refresh();
			dropOnRollback();
			checkpoint = new Checkpoint(origin, tree.size(), tree.root(), clock.instant());
		}

		SignedCheckpoint signed = key.signer().sign(checkpoint);
		jdbc.update("""
				insert into registry_checkpoint (tree_size, root_hash, signed_at, origin, signature, note)
				values (?, ?, ?, ?, ?, ?)""", checkpoint.size(), checkpoint.rootHash(),
				Timestamp.from(checkpoint.timestamp()), checkpoint.origin(), signed.signature(), signed.note());
		LOG.info("Signed checkpoint of the transparency log at size {}", checkpoint.size());
		return signed;
	}

	/** Reads the leaves appended since the last read (in a transaction that appended, its own too). */
	private void refresh() {
		jdbc.query("select leaf_hash from registry_log_leaf where leaf_index >= ? order by leaf_index",
				row -> {
					leaves.add(row.getBytes(1));
				}, leaves.size());
	}

	/** The tree may now hold this transaction's leaves: forget it if they do not commit. */
	private void dropOnRollback() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						synchronized (TransparencyLog.this) {
							drop();
						}
					}
				}

			});
		}
	}

	private void drop() {
		leaves = new GrowingLeafHashes();
		tree = MerkleTree.over(leaves);
	}

}
