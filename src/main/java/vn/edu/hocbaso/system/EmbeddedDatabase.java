package vn.edu.hocbaso.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The embedded PostgreSQL's data directory as the configuration names it ({@code DATA_DIR}, default
 * {@code ./data}, then {@code postgres}), looked at without starting the server: for a command that must neither
 * create a database nor contend with a running application for one.
 *
 * @param directory the data directory, absolute; null when none is configured (tests: a new temporary one)
 */
public record EmbeddedDatabase(Path directory) {

	/** The lock file the embedded server holds while it runs (zonky's EmbeddedPostgres). */
	private static final String SERVER_LOCK = "epg-lock";

	/**
	 * The embedded database the environment configures, before anything starts; empty when the database is an
	 * external one ({@code DB_URL}).
	 */
	public static Optional<EmbeddedDatabase> of(Environment environment) {

		Binder binder = Binder.get(environment);
		if (!binder.bind("app.database.url", String.class).orElse("").isBlank()) {
			return Optional.empty();
		}

		String directory = binder.bind("app.database.embedded-directory", String.class).orElse("");
		return Optional.of(new EmbeddedDatabase(directory.isBlank() ? null
				: Path.of(directory).toAbsolutePath().normalize()));
	}

	/** Whether the directory holds a database: PostgreSQL writes PG_VERSION into every data directory it makes. */
	public boolean exists() {
		return directory != null && Files.isRegularFile(directory.resolve("PG_VERSION"));
	}

	/**
	 * Whether a server runs on the directory: its postmaster.pid names a live process, or another embedded
	 * server holds the lock file. The process is asked first: taking the lock and closing the file would, in the
	 * same JVM, drop a lock this process holds on it.
	 */
	public boolean inUse() {
		return directory != null && (postmasterRuns() || lockHeld());
	}

	private boolean postmasterRuns() {
		try {
			String pid = Files.readAllLines(directory.resolve("postmaster.pid")).get(0).trim();
			return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
		}
		catch (IOException | RuntimeException ex) {
			// no postmaster.pid, or not one PostgreSQL wrote: no server to be seen there
			return false;
		}
	}

	private boolean lockHeld() {
		Path lock = directory.resolve(SERVER_LOCK);
		if (!Files.isRegularFile(lock)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
			FileLock taken = channel.tryLock();
			if (taken == null) {
				return true;
			}
			taken.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
		catch (IOException ex) {
			// not ours to open: the server that starts next will say why
			return false;
		}
	}

}
