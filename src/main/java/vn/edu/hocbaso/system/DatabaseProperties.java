package vn.edu.hocbaso.system;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives, and the two roles that reach it: the owner of the schema, which migrates it (and loads a
 * generated city), and the application's own role, which the running application connects with.
 *
 * @param url JDBC URL of an external PostgreSQL 15–17; when blank, an embedded PostgreSQL 17 is started
 * @param username the owner of the external database's schema (the embedded server's owner is its superuser)
 * @param password the owner's password on the external database
 * @param appUsername the application's role; the migrations create it if it is missing (V78)
 * @param appPassword the application's password; the migrations give it to the role they create
 * @param embeddedDirectory data directory of the embedded PostgreSQL; kept between runs
 * @param embeddedClean whether to wipe the embedded data directory at start (tests)
 */
@ConfigurationProperties("app.database")
public record DatabaseProperties(String url, String username, String password,
		@DefaultValue("hocbaso_app") String appUsername, String appPassword, Path embeddedDirectory,
		boolean embeddedClean) {

	/** A plain PostgreSQL name: the migrations write it into SQL (V78) without quoting. */
	private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	/** The dollar quote V78 writes the password between. */
	private static final String PASSWORD_QUOTE = "$password$";

	public DatabaseProperties {
		if (!ROLE_NAME.matcher(appUsername).matches()) {
			throw new IllegalArgumentException("app.database.app-username (DB_APP_USER) must be lower-case letters, "
					+ "digits and underscores, starting with a letter, not \"" + appUsername + "\"");
		}
		if (url != null && !url.isBlank() && appUsername.equals(username)) {
			throw new IllegalArgumentException("app.database.app-username (DB_APP_USER) must differ from "
					+ "app.database.username (DB_USER): the application does not run as the owner of its schema");
		}
		if (appPassword == null || appPassword.isEmpty() || appPassword.contains(PASSWORD_QUOTE)) {
			throw new IllegalArgumentException("app.database.app-password (DB_APP_PASSWORD) must be set, and "
					+ "without \"" + PASSWORD_QUOTE + "\" (V78 quotes it with that)");
		}
	}

	public boolean external() {
		return url != null && !url.isBlank();
	}

}
