package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.edu.hocbaso.signing.CertificateAuthority;
import vn.edu.hocbaso.signing.ServerKeySigner;
import vn.edu.hocbaso.system.OwnerDatabase;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * What the application's own database role may do to the registry (V78), through the application's pool exactly
 * as the application uses it: it adds records and locks them, supersedes an accepted record, revokes a locked one
 * and locks rows for update while it judges a change; but it cannot edit, delete or truncate a locked or revoked
 * record, not even after the owner disabled the trigger of V70 (row-level security and column grants still
 * hold), cannot disable that trigger itself, and cannot change the transparency log.
 */
@WebIntegrationTest
class RegistryImmutabilityIT {

	private static final String TRIGGER = "registry_record_refuse_change";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OwnerDatabase owner;

	@Autowired
	RegistryIntake intake;

	@Autowired
	TransparencyLog log;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	ServerKeySigner signer;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	PlatformTransactionManager transactions;

	OrganisationFixture org;

	RegistrySchool school;

	JdbcTemplate ownerJdbc;

	@BeforeEach
	void organisation() {
		org = new OrganisationFixture(jdbc, encoder);
		school = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
		ownerJdbc = new JdbcTemplate(owner.dataSource());
	}

	@Test
	void theApplicationWorksAsItsOwnRoleNotAsTheOwner() {

		assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("hocbaso_app")
			.isEqualTo(owner.appUsername());
		assertThat(jdbc.queryForObject("select session_user", String.class)).isEqualTo("hocbaso_app");
		assertThat(ownerJdbc.queryForObject("select current_user", String.class)).isNotEqualTo("hocbaso_app");
		assertThat(jdbc.queryForObject("select rolsuper or rolbypassrls or rolcreaterole or rolcreatedb "
				+ "from pg_roles where rolname = current_user", Boolean.class)).isFalse();
		assertThat(jdbc.queryForObject("select tableowner from pg_tables where tablename = 'registry_record'",
				String.class)).isNotEqualTo("hocbaso_app");
	}

	@Test
	void aLockedRecordRefusesEveryChangeAndTheDelete() {

		UUID code = locked("Nguyễn Văn An").get(0);
		String stored = stored(code);

		assertRefused("update registry_record set xml = ? where lookup_code = ?", "x".getBytes(), code);
		assertRefused("update registry_record set sha256 = ? where lookup_code = ?", "0".repeat(64), code);
		assertRefused("update registry_record set status = 'ACCEPTED' where lookup_code = ?", code);
		assertRefused("update registry_record set locked_at = now() where lookup_code = ?", code);
		assertRefused("update registry_record set pupil_id = null where lookup_code = ?", code);
		assertRefused("delete from registry_record where lookup_code = ?", code);
		assertRefused("truncate registry_record cascade");

		assertThat(stored(code)).isEqualTo(stored);
	}

	@Test
	void withTheTriggerDisabledByTheOwnerTheApplicationStillCannotChangeALockedOrRevokedRecord() {

		List<UUID> codes = locked("Trần Thị Bích", "Lê Văn Cường");
		UUID lockedCode = codes.get(0);
		UUID revokedCode = codes.get(1);
		assertThat(jdbc.update("update registry_record set status = 'REVOKED' where lookup_code = ?", revokedCode))
			.isEqualTo(1);
		String lockedBefore = stored(lockedCode);
		String revokedBefore = stored(revokedCode);

		ownerJdbc.execute("alter table registry_record disable trigger " + TRIGGER);
		try {
			assertThat(triggerEnabled()).isFalse();

			// row-level security: a LOCKED row may only become REVOKED, with every other column as it was
			assertRefused("update registry_record set status = 'ACCEPTED' where lookup_code = ?", lockedCode);
			assertRefused("update registry_record set status = 'ACCEPTED', locked_at = null where lookup_code = ?",
					lockedCode);
			assertRefused("update registry_record set locked_at = now() where lookup_code = ?", lockedCode);
			assertRefused("update registry_record set status = 'REVOKED', locked_at = now() where lookup_code = ?",
					lockedCode);
			assertRefused("update registry_record set superseded_by = lookup_code where lookup_code = ?", lockedCode);
			// a REVOKED row changes in no way
			assertRefused("update registry_record set status = 'LOCKED' where lookup_code = ?", revokedCode);
			assertRefused("update registry_record set status = 'REVOKED' where lookup_code = ?", revokedCode);
			// column grants: the bytes and the identity are not the application's to write at all
			assertRefused("update registry_record set xml = ? where lookup_code = ?", "x".getBytes(), lockedCode);
			assertRefused("update registry_record set sha256 = ? where lookup_code = ?", "0".repeat(64), lockedCode);
			assertRefused("delete from registry_record where lookup_code = ?", lockedCode);
			assertRefused("delete from registry_record where lookup_code = ?", revokedCode);
		}
		finally {
			ownerJdbc.execute("alter table registry_record enable trigger " + TRIGGER);
		}

		assertThat(triggerEnabled()).isTrue();
		assertThat(stored(lockedCode)).isEqualTo(lockedBefore);
		assertThat(stored(revokedCode)).isEqualTo(revokedBefore);
	}

	@Test
	void theApplicationCannotLiftTheProtectionItself() {

		assertRefused("alter table registry_record disable trigger " + TRIGGER);
		assertRefused("alter table registry_record disable trigger all");
		assertRefused("alter table registry_record disable row level security");
		assertRefused("drop policy registry_record_change_open on registry_record");
		assertRefused("create policy anything on registry_record for update using (true)");
		assertRefused("alter table registry_record owner to current_user");
		assertRefused("drop trigger " + TRIGGER + " on registry_record");
		assertRefused("set session_replication_role = replica");

		assertThat(triggerEnabled()).isTrue();
		assertThat(ownerJdbc.queryForObject("select relrowsecurity from pg_class where relname = 'registry_record'",
				Boolean.class)).isTrue();
	}

	@Test
	void theRevocationOfALockedRecordStillGoesThrough() {

		UUID code = locked("Phạm Thu Dung").get(0);
		String before = stored(code);

		int revoked = jdbc.update("update registry_record set status = 'REVOKED' where lookup_code = ? "
				+ "and status = 'LOCKED'", code);

		assertThat(revoked).isEqualTo(1);
		assertThat(intake.find(code).orElseThrow().status()).isEqualTo(RegistryRecordStatus.REVOKED);
		assertThat(stored(code).replace("\"REVOKED\"", "\"LOCKED\"")).isEqualTo(before);
	}

	@Test
	void aLockedOrRevokedRecordCanStillBeLockedForUpdateToBeJudged() {

		List<UUID> codes = locked("Đặng Văn Hùng", "Đặng Thị Hoa");
		assertThat(jdbc.update("update registry_record set status = 'REVOKED' where lookup_code = ?", codes.get(1)))
			.isEqualTo(1);

		TransactionTemplate transaction = new TransactionTemplate(transactions);
		List<String> statuses = transaction.execute(status -> codes.stream()
			.map(code -> jdbc.queryForObject("select status from registry_record where lookup_code = ? for update",
					String.class, code))
			.toList());

		assertThat(statuses).containsExactly("LOCKED", "REVOKED");
	}

	@Test
	void anAcceptedRecordCanStillBeSupersededAndLocked() {

		List<UUID> codes = submit("Hoàng Văn Em", "Hoàng Thị Em");
		UUID original = codes.get(0);
		UUID replacement = codes.get(1);

		assertThat(jdbc.update("update registry_record set status = 'SUPERSEDED', superseded_by = ? "
				+ "where lookup_code = ?", replacement, original)).isEqualTo(1);
		assertRefused("update registry_record set xml = ? where lookup_code = ?", "x".getBytes(), replacement);
		assertThat(log.lock(org.schoolA.id, org.yearId).records()).isEqualTo(1);

		assertThat(intake.find(original).orElseThrow().status()).isEqualTo(RegistryRecordStatus.SUPERSEDED);
		assertThat(intake.find(original).orElseThrow().supersededBy()).isEqualTo(replacement);
		assertThat(intake.find(replacement).orElseThrow().status()).isEqualTo(RegistryRecordStatus.LOCKED);
	}

	@Test
	void theTransactionsKeepTheirIdentityAndTheLogOnlyGrows() {

		locked("Vũ Thị Giang");
		long transaction = jdbc.queryForObject("select max(id) from registry_transaction where school_id = ?",
				Long.class, org.schoolA.id);

		assertThat(jdbc.update("update registry_transaction set response = response where id = ?", transaction))
			.isEqualTo(1);
		assertRefused("update registry_transaction set school_id = school_id where id = ?", transaction);
		assertRefused("update registry_transaction set message_id = 'other' where id = ?", transaction);
		assertRefused("delete from registry_transaction where id = ?", transaction);
		assertRefused("update registry_log_leaf set appended_at = now()");
		assertRefused("delete from registry_log_leaf");
		assertRefused("truncate registry_log_leaf");
		assertRefused("update registry_checkpoint set note = note");
		assertRefused("delete from registry_checkpoint");
		assertRefused("update registry_checkpoint_key set created_at = now()");
		assertRefused("delete from registry_checkpoint_key");
		assertRefused("alter table registry_log_leaf disable trigger all");
		assertRefused("update flyway_schema_history set success = false");
	}

	@Test
	void aRevocationRequestKeepsWhatWasAskedAndIsNeverDeleted() {

		UUID code = locked("Đinh Văn Hải").get(0);
		long transaction = jdbc.queryForObject("select max(id) from registry_transaction where school_id = ?",
				Long.class, org.schoolA.id);
		long request = ownerJdbc.queryForObject("""
				insert into registry_revocation (lookup_code, transaction_id, function, reason, requested_at, state)
				values (?, ?, 'THU_HOI', 'Sai ngày sinh', now(), 'PENDING') returning id""", Long.class, code,
				transaction);

		assertRefused("update registry_revocation set reason = 'khác' where id = ?", request);
		assertRefused("update registry_revocation set lookup_code = lookup_code where id = ?", request);
		assertRefused("delete from registry_revocation where id = ?", request);
		assertThat(jdbc.update("""
				update registry_revocation set state = 'REFUSED', decided_at = now(), decision_reason = 'Không đủ căn cứ'
				where id = ?""", request)).isEqualTo(1);
		assertThat(ownerJdbc.queryForObject("select reason from registry_revocation where id = ?", String.class,
				request)).isEqualTo("Sai ngày sinh");
	}

	/** Records of new pupils, sent by the school and locked by the close-off. */
	private List<UUID> locked(String... pupils) {
		List<UUID> codes = submit(pupils);
		assertThat(log.lock(org.schoolA.id, org.yearId).records()).isEqualTo(pupils.length);
		return codes;
	}

	private List<UUID> submit(String... pupils) {
		byte[][] records = new byte[pupils.length][];
		for (int i = 0; i < pupils.length; i++) {
			records[i] = school.signedRecord(school.pupil(pupils[i]));
		}
		TransactionResponse response = intake.submit(school.transaction("msg-" + UUID.randomUUID(), records));
		assertThat(response.records()).extracting(RecordStatus::status).containsOnly(1);
		return response.records().stream().map(status -> UUID.fromString(status.lookupCode())).toList();
	}

	/** The whole row as the owner reads it. */
	private String stored(UUID code) {
		return ownerJdbc.queryForObject("select to_jsonb(r)::text from registry_record r where lookup_code = ?",
				String.class, code);
	}

	private boolean triggerEnabled() {
		return ownerJdbc.queryForObject("select tgenabled <> 'D' from pg_trigger where tgname = ?", Boolean.class,
				TRIGGER);
	}

	/** Through the application's pool, as the application's role. */
	private void assertRefused(String sql, Object... arguments) {
		assertThatExceptionOfType(DataAccessException.class).as(sql).isThrownBy(() -> jdbc.update(sql, arguments));
	}

}
