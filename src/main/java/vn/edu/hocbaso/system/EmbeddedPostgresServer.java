package vn.edu.hocbaso.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per data directory and JVM. Application contexts that use it (several in a
 * test JVM, which Spring caches side by side) take a lease; the server stops when the last lease is returned,
 * after the engine and the connection pool have closed, so nothing loses its database while shutting down.
 */
final class EmbeddedPostgresServer {

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, Lease> SERVERS = new HashMap<>();

	private EmbeddedPostgresServer() {
	}

	/**
	 * Takes a lease on the server of a data directory, starting it if needed. Without a directory (tests) the
	 * server gets a fresh temporary directory, one per JVM.
	 */
	static synchronized Lease lease(Path directory, boolean clean) {

		Path key = directory == null ? Path.of("<temporary>") : directory.toAbsolutePath().normalize();
		Lease lease = SERVERS.computeIfAbsent(key,
				dir -> new Lease(dir, start(directory == null ? temporaryDirectory() : dir, clean)));
		lease.holders++;

		return lease;
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("hocbaso-pg-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a directory for the embedded PostgreSQL", ex);
		}
	}

	private static EmbeddedPostgres start(Path directory, boolean clean) {
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(clean)
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "100")
				.setServerConfig("timezone", "UTC")
				.setServerConfig("shared_buffers", "256MB")
				// Fewer checkpoints while a city is loaded: each one makes the next writes log whole pages again.
				.setServerConfig("max_wal_size", "4GB")
				.setServerConfig("checkpoint_timeout", "15min")
				.setLocaleConfig("encoding", "UTF8")
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			LOG.info("Embedded PostgreSQL started on port {} with data in {}.", server.getPort(), directory);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	/** A context's hold on a running server. */
	static final class Lease implements AutoCloseable {

		private final Path key;

		private final EmbeddedPostgres server;

		private int holders;

		private Lease(Path key, EmbeddedPostgres server) {
			this.key = key;
			this.server = server;
		}

		/** The server's superuser, which owns the schema of the embedded database. */
		DataSource ownerDataSource() {
			return server.getPostgresDatabase(Map.of("ApplicationName", "hocbaso-owner"));
		}

		/** The embedded database, for a role of the application's choosing. */
		String jdbcUrl() {
			return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
		}

		@Override
		public void close() {
			synchronized (EmbeddedPostgresServer.class) {
				if (--holders > 0) {
					return;
				}
				SERVERS.remove(key);
				try {
					server.close();
					LOG.info("Embedded PostgreSQL stopped.");
				}
				catch (IOException ex) {
					LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", ex.getMessage());
				}
			}
		}

	}

}
