package vn.edu.hocbaso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the demo-city journeys share: a demo city of their own, and the pages as its demo users work them. A
 * journey moves the demo city's 4A on for good (signed, submitted, locked), while the other tests read the shared
 * demo city's 4A as freshly seeded; so each journey calls {@link #ownDatabase} from its own
 * {@code @DynamicPropertySource} method, which gives it an application context and a database of its own.
 */
public final class DemoCityJourney {

	/** Every demo account's password, and the demo certificates' key password. */
	public static final String PASSWORD = "hocbaso2026";

	private static final Duration BATCH_LIMIT = Duration.ofMinutes(3);

	private DemoCityJourney() {
	}

	/** A fresh embedded PostgreSQL in a directory of its own, which the application seeds with the demo city. */
	public static void ownDatabase(DynamicPropertyRegistry registry, String directoryPrefix) throws IOException {
		String directory = Files.createTempDirectory(directoryPrefix).toString();
		registry.add("app.database.embedded-directory", () -> directory);
		registry.add("app.database.embedded-clean", () -> "true");
	}

	/** The demo user, signed in through the login form. */
	public static WebClient signedIn(int port, String username) {
		WebClient client = new WebClient(port);
		assertThat(client.login(username, PASSWORD).statusCode()).as("login of " + username).isEqualTo(302);
		return client;
	}

	/**
	 * Posts a signing page's form with the demo key password, follows to the batch page and polls it as its script
	 * does until the batch is done; answers the batch's last progress (JSON).
	 */
	public static String signInOneBatch(WebClient client, String signingPage, Map<String, Object> form) {

		Map<String, Object> withPassword = new LinkedHashMap<>(form);
		withPassword.put("password", PASSWORD);
		HttpResponse<String> started = PageForms.post(client, signingPage, withPassword);
		assertThat(started.uri().getPath()).as(started.body()).startsWith("/signing/batches/");
		String batch = started.uri().getPath();

		String json = PageForms.untilFinished(client, batch, BATCH_LIMIT);
		assertThat(client.get(batch).body()).contains("id=\"batch-signed\"");
		return json;
	}

	/** The id of the user's task of that kind, read from the task list as the user sees it. */
	public static String taskOf(WebClient client, String taskKey) {
		Matcher row = Pattern.compile("id=\"task-([^\"]+)\"\\s+data-task-key=\"" + taskKey + "\"")
			.matcher(client.get("/tasks").body());
		assertThat(row.find()).as("a task " + taskKey + " on the task list").isTrue();
		return row.group(1);
	}

}
