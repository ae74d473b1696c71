package vn.edu.hocbaso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The README's registry audit from the command line, where it cannot or need not audit: it never creates a
 * database (an empty data directory is refused and stays empty), refuses the embedded database of a running
 * application with one line instead of the server's lock failure, and says plainly that an empty registry has
 * nothing to audit (exit code 3) rather than "OK". The audit of a registry with records is {@code RegistryAuditIT}.
 */
@ExtendWith(OutputCaptureExtension.class)
class RegistryAuditCommandIT {

	@TempDir
	Path dataDir;

	@Test
	void refusesADataDirectoryWithoutADatabaseAndCreatesNone(CapturedOutput output) {

		Path directory = dataDir.resolve("postgres");

		assertThat(refusal("--audit-registry", "--app.database.embedded-directory=" + directory))
			.isEqualTo("No registry audit: there is no database at " + directory + " (set DATA_DIR to the "
					+ "application's data directory, or DB_URL to the server database)");
		assertThat(directory).doesNotExist();
		assertThat(output).doesNotContain("Embedded PostgreSQL started").doesNotContain("\tat ");
	}

	@Test
	void refusesTheDatabaseOfARunningApplicationInOneLine(CapturedOutput output) throws IOException {

		Path directory = dataDir.resolve("postgres");
		try (EmbeddedPostgres running = EmbeddedPostgres.builder().setDataDirectory(directory).start()) {

			assertThat(refusal("--audit-registry", "--app.database.embedded-directory=" + directory))
				.isEqualTo("No registry audit: the database at " + directory + " is in use by a running "
						+ "application: stop it first, or audit through DB_URL against the server database");
		}
		assertThat(output).doesNotContain("could not lock").doesNotContain("\tat ");
	}

	@Test
	void refusesADatabaseWhoseServerLockAnotherProcessHolds() throws Exception {

		Path directory = Files.createDirectories(dataDir.resolve("postgres"));
		Files.writeString(directory.resolve("PG_VERSION"), "17\n");
		Path holder = dataDir.resolve("HoldLock.java");
		Files.writeString(holder, """
				import java.nio.channels.FileChannel;
				import java.nio.file.Path;
				import java.nio.file.StandardOpenOption;
				class HoldLock {
					public static void main(String[] args) throws Exception {
						try (FileChannel file = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
								StandardOpenOption.WRITE); var lock = file.lock()) {
							System.out.println("locked");
							System.in.read();
						}
					}
				}
				""");
		// Another JVM, as the running application is: the lock of this one would be another case.
		Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				holder.toString(), directory.resolve("epg-lock").toString()).start();
		try (BufferedReader said = other.inputReader()) {
			assertThat(said.readLine()).isEqualTo("locked");

			assertThat(refusal("--audit-registry", "--app.database.embedded-directory=" + directory))
				.contains("is in use by a running application");
		}
		finally {
			other.getOutputStream().close();
			other.waitFor();
		}
	}

	@Test
	void saysAnEmptyRegistryHasNothingToAudit(CapturedOutput output) throws IOException {

		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			String[] args = { "--audit-registry", "--app.database.url=" + server.getJdbcUrl("postgres", "postgres"),
					"--app.database.username=postgres" };

			try (ConfigurableApplicationContext context = HocBaSoApplication.application(args).run(args)) {
				assertThat(SpringApplication.exit(context)).isEqualTo(3);
			}
		}
		assertThat(output).contains("Nothing to audit: the transparency log holds no records and the registry no "
				+ "signed checkpoint.").doesNotContain("OK:");
	}

	/** Runs the command as main does, and answers the one line main prints before it exits with code 2. */
	private static String refusal(String... args) {
		assertThat(HocBaSoApplication.Command.of(args).orElseThrow().refusal(args)).isEmpty();
		Throwable refused = catchThrowable(() -> HocBaSoApplication.application(args).run(args).close());
		assertThat(refused).isInstanceOf(HocBaSoApplication.CommandRefused.class);
		return refused.getMessage();
	}

}
