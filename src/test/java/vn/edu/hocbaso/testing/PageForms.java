package vn.edu.hocbaso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a signed-in user's browser does with the pages' forms, for page tests: posts a form or a file with the
 * CSRF token of the user's session, follows the redirect to read the message, and polls a signing batch's
 * progress as the batch page's script does.
 */
public final class PageForms {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private PageForms() {
	}

	/** A form's fields in order: name, value, name, value, ... */
	public static Map<String, Object> form(Object... pairs) {
		Map<String, Object> form = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.put((String) pairs[i], pairs[i + 1]);
		}
		return form;
	}

	/** Submits the form with the session's CSRF token; answers the page the redirect leads to, if any. */
	public static HttpResponse<String> post(WebClient client, String path, Map<String, Object> form) {

		Map<String, Object> withToken = new LinkedHashMap<>(form);
		withToken.put("_csrf", csrf(client));
		// a list value is a field sent once per value, as checkboxes of the same name are
		String body = withToken.entrySet().stream()
			.flatMap(e -> (e.getValue() instanceof List<?> values ? values : List.of(e.getValue())).stream()
				.map(value -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)))
			.collect(Collectors.joining("&"));

		return followed(client, client.send(HttpRequest.newBuilder(client.uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build()));
	}

	/** Submits a form that answers a file (a download), with the CSRF token; a refusal answers a redirect. */
	public static HttpResponse<byte[]> postForFile(WebClient client, String path, Map<String, Object> form) {

		Map<String, Object> withToken = new LinkedHashMap<>(form);
		withToken.put("_csrf", csrf(client));
		String body = withToken.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));

		return client.sendForBytes(HttpRequest.newBuilder(client.uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Uploads a file as a multipart form does: the CSRF token first, then the other fields, then the file under
	 * the name {@code file}; answers the page the redirect leads to, if any.
	 */
	public static HttpResponse<String> upload(WebClient client, String path, Map<String, Object> fields,
			String fileName, String contentType, byte[] content) {

		String boundary = "----hocbaso" + System.nanoTime();
		StringBuilder head = new StringBuilder(part(boundary, "_csrf", csrf(client)));
		fields.forEach((name, value) -> head.append(part(boundary, name, value)));
		head.append("--").append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"").append(fileName)
			.append("\"\r\nContent-Type: ").append(contentType).append("\r\n\r\n");
		var body = new ByteArrayOutputStream();
		body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

		return followed(client, client.send(HttpRequest.newBuilder(client.uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build()));
	}

	/**
	 * Polls a signing batch's progress as the batch page's script does, until the batch no longer runs; answers
	 * the last JSON. A batch still running after {@code limit} fails the test.
	 */
	public static String untilFinished(WebClient client, String batch, Duration limit) {

		Instant deadline = Instant.now().plus(limit);
		String json;
		do {
			HttpResponse<String> progress = client.getJson(batch + "/progress");
			assertThat(progress.statusCode()).isEqualTo(200);
			json = progress.body();
			if (!json.contains("\"running\":true")) {
				return json;
			}
			pause();
		}
		while (Instant.now().isBefore(deadline));

		throw new AssertionError("The batch still runs after " + limit + ": " + json);
	}

	/**
	 * Every page of a signed-in user carries the token in its logout form; the home page is open to all. A visitor
	 * without an account (a public form) is sent to the login page, whose form carries it too.
	 */
	private static String csrf(WebClient client) {
		HttpResponse<String> home = client.get("/");
		Matcher token = CSRF_FIELD.matcher(home.statusCode() == 302 ? client.get("/login").body() : home.body());
		assertThat(token.find()).as("a CSRF token on the home page").isTrue();
		return token.group(1);
	}

	/** Follows the redirect after a post, query included, as a browser does. */
	private static HttpResponse<String> followed(WebClient client, HttpResponse<String> response) {
		if (response.statusCode() != 302) {
			return response;
		}
		URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
		return client.get(location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()));
	}

	private static String part(String boundary, String name, Object value) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
