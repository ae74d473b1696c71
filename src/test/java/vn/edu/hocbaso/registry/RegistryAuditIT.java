package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.signing.CertificateAuthority;
import vn.edu.hocbaso.signing.ServerKeySigner;
import vn.edu.hocbaso.system.OwnerDatabase;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The audit command, {@code --audit-registry}, as the department runs it: clean after a lock (exit 0); after the
 * owner role disables the registry's trigger and alters one locked record's stored bytes with SQL, exit 1 naming
 * exactly that record.
 */
@WebIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RegistryAuditIT {

	@Autowired
	RegistryAuditCommand command;

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

	RegistrySchool school;

	@BeforeEach
	void organisation() {
		org = new OrganisationFixture(jdbc, encoder);
		school = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
	}

	@Test
	void aCleanRegistryPassesTheAudit() {

		lockedRecords("Nguyễn Văn An", "Trần Thị Bích");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exitCode = command.run(new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(exitCode).as(out.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK: every record matches its leaf")
			.doesNotContain("ALTERED");
	}

	@Test
	void namesExactlyTheRecordWhoseStoredBytesTheOwnerAltered(CapturedOutput output) {

		List<UUID> codes = lockedRecords("Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em");
		UUID altered = codes.get(1);
		byte[] original = intake.find(altered).orElseThrow().xml();
		String text = new String(original, StandardCharsets.UTF_8);
		byte[] changed = text.replace("<TEN_LOP>4A</TEN_LOP>", "<TEN_LOP>4B</TEN_LOP>")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(changed).isNotEqualTo(original);

		OwnerTampering.overwrite(owner, altered, changed);
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int exitCode = command.run(new PrintStream(out, true, StandardCharsets.UTF_8));
			String printed = out.toString(StandardCharsets.UTF_8);

			assertThat(exitCode).as(printed).isEqualTo(1);
			assertThat(printed.lines().filter(line -> line.startsWith("ALTERED")))
				.containsExactly("ALTERED record " + altered
						+ ": its stored bytes no longer match its leaf in the transparency log");
			assertThat(printed).contains("the root recomputed from the stored records differs");
			assertThat(output.getOut()).as("its log line in proper English")
				.contains("audit failed: 1 record altered, ")
				.doesNotContain("1 records");
		}
		finally {
			// Put the bytes back, so the shared database stays clean for the other audit tests.
			OwnerTampering.overwrite(owner, altered, original);
		}
		assertThat(command.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isZero();
	}


	private List<UUID> lockedRecords(String... pupils) {
		byte[][] records = new byte[pupils.length][];
		for (int i = 0; i < pupils.length; i++) {
			records[i] = school.signedRecord(school.pupil(pupils[i]));
		}
		TransactionResponse response = intake.submit(school.transaction("msg-" + UUID.randomUUID(), records));
		assertThat(response.records()).extracting(RecordStatus::status).containsOnly(1);
		assertThat(log.lock(org.schoolA.id, org.yearId).records()).isEqualTo(pupils.length);
		return response.records().stream().map(status -> UUID.fromString(status.lookupCode())).toList();
	}

}
