package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.signing.CertificateAuthority;
import vn.edu.hocbaso.signing.ServerKeySigner;
import vn.edu.hocbaso.system.OwnerDatabase;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The transparency log as the close-off uses it: locking a school's accepted records appends one leaf per
 * record and signs a checkpoint with the department's key; each record's inclusion proof and the consistency
 * between two checkpoints verify with {@link MerkleProofs}; the log's tables refuse changes.
 */
@WebIntegrationTest
class TransparencyLogIT {

	@Autowired
	TransparencyLog log;

	@Autowired
	RegistryIntake intake;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	ServerKeySigner signer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OwnerDatabase owner;

	@Autowired
	PasswordEncoder encoder;

	OrganisationFixture org;

	RegistrySchool schoolA;

	@BeforeEach
	void organisation() {
		org = new OrganisationFixture(jdbc, encoder);
		schoolA = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
	}

	@Test
	void lockAppendsEveryAcceptedRecordAndSignsACheckpointThatProvesEachOfThem() {

		List<UUID> codes = submit(schoolA, "Nguyễn Thị Ánh Dương", "Trần Văn Bình", "Lê Thu Cúc");

		TransparencyLog.Locked locked = log.lock(org.schoolA.id, org.yearId);

		assertThat(locked.records()).isEqualTo(3);
		SignedCheckpoint signed = locked.checkpoint().orElseThrow();
		assertThat(signed.verify(log.departmentKey())).isTrue();
		assertThat(SignedCheckpoint.parse(signed.note()).verify(log.departmentKey())).isTrue();
		assertThat(log.latestCheckpoint()).contains(signed);
		Checkpoint checkpoint = signed.checkpoint();
		assertThat(checkpoint.size()).isEqualTo(leafCount());
		for (UUID code : codes) {
			RegistryRecord record = intake.find(code).orElseThrow();
			assertThat(record.status()).isEqualTo(RegistryRecordStatus.LOCKED);
			InclusionProof proof = log.inclusionProof(code).orElseThrow();
			assertThat(proof.treeSize()).isEqualTo(checkpoint.size());
			assertThat(MerkleProofs.verifyInclusion(MerkleProofs.leafHash(record.xml()), proof.leafIndex(),
					proof.treeSize(), proof.auditPath(), checkpoint.rootHash())).isTrue();
			assertThat(InclusionProof.parse(proof.toJson()).proves(record.xml(), checkpoint.rootHash())).isTrue();
			// the proof fails for bytes one byte off
			byte[] changed = record.xml().clone();
			changed[changed.length / 2] ^= 1;
			assertThat(proof.proves(changed, checkpoint.rootHash())).isFalse();
		}

		// locking again finds nothing to lock or append
		TransparencyLog.Locked again = log.lock(org.schoolA.id, org.yearId);
		assertThat(again.records()).isZero();
		assertThat(again.checkpoint()).isEmpty();
		assertThat(leafCount()).isEqualTo(checkpoint.size());
	}

	@Test
	void aRecordNotLockedHasNoProof() {

		UUID code = submit(schoolA, "Phạm Văn Đông").get(0);

		assertThat(log.inclusionProof(code)).isEmpty();
		assertThat(log.appendLocked(org.schoolA.id, org.yearId)).isEmpty();
	}

	@Test
	void twoCheckpointsAreConsistentAndTheDailyOneVouchesForTheSameTree() {

		submit(schoolA, "Hoàng Minh Khôi");
		Checkpoint first = log.lock(org.schoolA.id, org.yearId).checkpoint().orElseThrow().checkpoint();
		RegistrySchool schoolB = new RegistrySchool(org, org.schoolB, true, authority, signer, jdbc);
		List<UUID> later = submit(schoolB, "Đỗ Thị Lan", "Vũ Văn Nam");
		Checkpoint second = log.lock(org.schoolB.id, org.yearId).checkpoint().orElseThrow().checkpoint();

		assertThat(second.size()).isEqualTo(first.size() + 2);
		List<byte[]> proof = log.consistencyProof(first.size(), second.size());
		assertThat(MerkleProofs.verifyConsistency(first.size(), second.size(), proof, first.rootHash(),
				second.rootHash())).isTrue();
		assertThat(MerkleProofs.verifyConsistency(first.size(), second.size(), proof, second.rootHash(),
				second.rootHash())).isFalse();
		assertThat(log.inclusionProof(later.get(1)).orElseThrow().leafIndex()).isEqualTo(second.size() - 1);

		SignedCheckpoint daily = log.dailyCheckpoint();
		assertThat(daily.verify(log.departmentKey())).isTrue();
		assertThat(daily.checkpoint().size()).isEqualTo(second.size());
		assertThat(daily.checkpoint().rootHash()).isEqualTo(second.rootHash());
	}

	/**
	 * The triggers of V71, as the owner of the schema, for whom they are the only guard (the application's role
	 * has no right to change the log at all: RegistryImmutabilityIT).
	 */
	@Test
	void theLogsTablesRefuseUpdateDeleteAndTruncate() {

		submit(schoolA, "Bùi Thị Mai");
		log.lock(org.schoolA.id, org.yearId);

		assertSqlRefused("update registry_log_leaf set leaf_hash = sha256('x'::bytea)");
		assertSqlRefused("delete from registry_log_leaf");
		assertSqlRefused("truncate registry_log_leaf cascade");
		assertSqlRefused("update registry_checkpoint set tree_size = 0");
		assertSqlRefused("delete from registry_checkpoint");
		assertSqlRefused("truncate registry_checkpoint");
		assertSqlRefused("delete from registry_checkpoint_key");
		assertThat(leafCount()).isPositive();
	}

	private List<UUID> submit(RegistrySchool school, String... pupils) {
		byte[][] records = new byte[pupils.length][];
		for (int i = 0; i < pupils.length; i++) {
			records[i] = school.signedRecord(school.pupil(pupils[i]));
		}
		TransactionResponse response = intake.submit(school.transaction("msg-" + UUID.randomUUID(), records));
		assertThat(response.records()).extracting(RecordStatus::status).containsOnly(1);
		return response.records().stream().map(status -> UUID.fromString(status.lookupCode())).toList();
	}

	private long leafCount() {
		return jdbc.queryForObject("select count(*) from registry_log_leaf", Long.class);
	}

	private void assertSqlRefused(String sql) {
		JdbcTemplate ownerJdbc = new JdbcTemplate(owner.dataSource());
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> ownerJdbc.update(sql));
	}

}
