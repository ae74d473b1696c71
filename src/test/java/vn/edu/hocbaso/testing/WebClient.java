package vn.edu.hocbaso.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a screen, for tests against the running server: keeps cookies, does not follow redirects,
 * and logs in through the login form with its CSRF token.
 */
public final class WebClient {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public WebClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Asks for a page as a browser does, so that errors come back as pages too. */
	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
	}

	/** Downloads a file (a certificate, a key store, a CRL) as bytes, with the client's cookies. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Calls a JSON API, as the Camunda webapps' scripts do. */
	public HttpResponse<String> getJson(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET().build());
	}

	/** Submits the login form; answers the redirect the server sent back. */
	public HttpResponse<String> login(String username, String password) {

		String token = csrfToken(get("/login").body());
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);

		return send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	private static String csrfToken(String page) {
		Matcher matcher = CSRF_FIELD.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("The login page has no CSRF token");
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The address of a path on the server, for requests built elsewhere ({@link PageForms}). */
	public URI uri(String path) {
		return URI.create(base + path);
	}

	/** Sends a request whose answer is a file (a form that answers a download), with the client's cookies. */
	public HttpResponse<byte[]> sendForBytes(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Sends any request with the client's cookies, for posts the helpers above do not cover (file uploads). */
	public HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
