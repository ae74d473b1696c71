package vn.edu.hocbaso.registry;

import java.io.PrintStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The command line's registry audit, {@code --audit-registry}: runs {@link RegistryAudit} against the database,
 * prints what it compared and ends with exit code 0 when everything agrees, 1 naming the lookup codes of the
 * records whose stored bytes no longer match their leaf and the checkpoints that do not hold.
 */
@Component
public class RegistryAuditCommand implements ApplicationRunner, ExitCodeGenerator {

	public static final String OPTION = "audit-registry";

	private static final Logger LOG = LoggerFactory.getLogger(RegistryAuditCommand.class);

	private final RegistryAudit audit;

	private int exitCode;

	RegistryAuditCommand(RegistryAudit audit) {
		this.audit = audit;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption(OPTION)) {
			exitCode = run(System.out);
		}
	}

	/** Audits, prints the findings to {@code out} and answers the exit code. */
	int run(PrintStream out) {

		RegistryAudit.Report report = audit.audit();
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
		LOG.warn("Registry audit failed: {} records altered, {} checkpoint findings", report.alteredRecords().size(),
				report.checkpointFailures().size());
		return 1;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
