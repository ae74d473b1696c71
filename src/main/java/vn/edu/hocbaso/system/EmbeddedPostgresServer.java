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
 * One embedded PostgreSQL server per data directory and JVM. Test contexts that Spring caches
 * separately share the same server instead of starting one each; the library's shutdown hook stops it.
 */
final class EmbeddedPostgresServer {

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, EmbeddedPostgres> SERVERS = new HashMap<>();

	private EmbeddedPostgresServer() {
	}

	static synchronized DataSource dataSource(Path directory, boolean clean) {

		Path key = directory.toAbsolutePath().normalize();
		EmbeddedPostgres server = SERVERS.computeIfAbsent(key, dir -> start(dir, clean));

		return server.getPostgresDatabase(Map.of("ApplicationName", "hocbaso"));
	}

	private static EmbeddedPostgres start(Path directory, boolean clean) {
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(clean)
				.setServerConfig("max_connections", "100")
				.setServerConfig("timezone", "UTC")
				.setServerConfig("shared_buffers", "256MB")
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

}
