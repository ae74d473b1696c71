package vn.edu.hocbaso.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives.
 *
 * @param url JDBC URL of an external PostgreSQL 15–17; when blank, an embedded PostgreSQL 17 is started
 * @param username user of the external database
 * @param password password of the external database
 * @param embeddedDirectory data directory of the embedded PostgreSQL; kept between runs
 * @param embeddedClean whether to wipe the embedded data directory at start (tests)
 */
@ConfigurationProperties("app.database")
public record DatabaseProperties(String url, String username, String password, Path embeddedDirectory,
		boolean embeddedClean) {

	public boolean external() {
		return url != null && !url.isBlank();
	}

}
