package vn.edu.hocbaso.registry;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.system.EmbeddedDatabase;

/**
 * The command line's registry audit, {@code --audit-registry}: runs {@link RegistryAudit} against the database,
 * prints what it compared and ends with exit code 0 when everything agrees, 1 naming the lookup codes of the
 * records whose stored bytes no longer match their leaf and the checkpoints that do not hold, 2 when it cannot
 * audit (an unknown option; no database, or one a running application holds: {@link #databaseRefusal}) and 3
 * when there is nothing to audit (an empty log and no signed checkpoint).
 */
@Component
public class RegistryAuditCommand implements ApplicationRunner, ExitCodeGenerator {

	public static final String OPTION = "audit-registry";

	/** The exit code when the log is empty and no checkpoint was ever signed. */
	static final int NOTHING_TO_AUDIT = 3;

	private static final Logger LOG = LoggerFactory.getLogger(RegistryAuditCommand.class);

	private final RegistryAudit audit;

	private int exitCode;

	RegistryAuditCommand(RegistryAudit audit) {
		this.audit = audit;
	}

	/**
	 * Refuses any option but {@code --audit-registry}; settings with a dot ({@code --app.database.url=...}) are
	 * the application's configuration and pass.
	 * @throws IllegalArgumentException naming the first option the audit does not know
	 */
	public static void checkOptions(String... args) {
		for (String arg : args) {
			String name = arg.startsWith("--") ? arg.substring(2).split("=", 2)[0] : "";
			if (!name.equals(OPTION) && !name.contains(".")) {
				throw new IllegalArgumentException("unknown option \"" + arg + "\": --" + OPTION + " takes no other "
						+ "options (the database is chosen with DATA_DIR or DB_URL)");
			}
		}
	}

	/**
	 * Why the audit cannot run on the database the environment configures, before anything starts: the audit
	 * never creates a database, and the embedded one can be opened by one application at a time. Empty when the
	 * database is external ({@code DB_URL}) or the embedded one exists and is free.
	 */
	public static Optional<String> databaseRefusal(Environment environment) {

		Optional<EmbeddedDatabase> embedded = EmbeddedDatabase.of(environment);
		if (embedded.isEmpty()) {
			return Optional.empty();
		}

		Path directory = embedded.get().directory();
		if (directory == null) {
			return Optional.of("no data directory is configured (app.database.embedded-directory is blank), so the "
					+ "database would be a new, empty one (set DATA_DIR or DB_URL)");
		}
		if (!embedded.get().exists()) {
			return Optional.of("there is no database at " + directory + " (set DATA_DIR to the application's data "
					+ "directory, or DB_URL to the server database)");
		}
		if (embedded.get().inUse()) {
			return Optional.of("the database at " + directory + " is in use by a running application: stop it "
					+ "first, or audit through DB_URL against the server database");
		}
		return Optional.empty();
	}

	@Override
	public void run(ApplicationArguments args) {

		if (!args.containsOption(OPTION)) {
			return;
		}
		try {
			checkOptions(args.getSourceArgs());
			exitCode = run(System.out);
		}
		catch (IllegalArgumentException ex) {
			LOG.error("No registry audit: {}", ex.getMessage());
			exitCode = 2;
		}
	}

	/** Audits, prints the findings to {@code out} and answers the exit code. */
	int run(PrintStream out) {

		RegistryAudit.Report report = audit.audit();
		if (report.leaves() == 0 && report.checkpoints() == 0) {
			// "OK" would vouch for a registry nobody has written to, such as a database made by mistake.
			out.println("Nothing to audit: the transparency log holds no records and the registry no signed "
					+ "checkpoint.");
			return NOTHING_TO_AUDIT;
		}
		out.println("Registry audit: " + report.leaves() + " leaves recomputed from the stored records, "
				+ report.checkpoints() + " signed checkpoints compared.");
		report.alteredRecords().forEach(code -> out.println("ALTERED record " + code
				+ ": its stored bytes no longer match its leaf in the transparency log"));
		report.checkpointFailures().forEach(failure -> out.println("CHECKPOINT " + failure));
		if (report.clean()) {
			out.println("OK: every record matches its leaf and every checkpoint holds.");
			LOG.info("Registry audit clean: {} leaves, {} checkpoints", report.leaves(), report.checkpoints());
			return 0;
		}
		LOG.warn("Registry audit failed: {} {} altered, {} checkpoint {}", report.alteredRecords().size(),
				report.alteredRecords().size() == 1 ? "record" : "records", report.checkpointFailures().size(),
				report.checkpointFailures().size() == 1 ? "finding" : "findings");
		return 1;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
