package vn.edu.hocbaso.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import vn.edu.hocbaso.registry.TransactionResponse;

/**
 * The HTTP path of the client against a registry that is down, answers with something that is not an answer, or
 * refuses the transaction: only a refusal is an answer; the rest leaves the transaction for the sender.
 */
class RegistryClientTests {

	private HttpServer server;

	@AfterEach
	void stop() {
		if (server != null) {
			server.stop(0);
		}
	}

	@Test
	void aClosedPortIsNoAnswer() throws IOException {

		int closed;
		try (ServerSocket free = new ServerSocket(0)) {
			closed = free.getLocalPort();
		}

		assertThatExceptionOfType(RegistryUnreachable.class)
			.isThrownBy(() -> client("http://localhost:" + closed).send("{}"))
			.withMessageContaining("No answer from http://localhost:" + closed + "/registry/transactions");
	}

	@Test
	void aServerErrorIsNoAnswer() throws IOException {

		String url = serve(503, "<html>maintenance</html>");

		assertThatExceptionOfType(RegistryUnreachable.class).isThrownBy(() -> client(url).send("{}"))
			.withMessageContaining("HTTP 503");
	}

	@Test
	void aRefusalIsAnAnswer() throws IOException {

		String url = serve(400, """
				{"MessageId":"m-1","Error":"UNKNOWN_SCHOOL","ErrorDescription":"Trường không có trong danh mục.",
				"ResponseCode":"UNKNOWN_SCHOOL","ResponseDescription":"Trường không có trong danh mục."}""");

		TransactionResponse answer = client(url + "/").send("{}");

		assertThat(answer.messageId()).isEqualTo("m-1");
		assertThat(answer.error()).isEqualTo("UNKNOWN_SCHOOL");
	}

	private String serve(int status, String body) throws IOException {
		server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		server.createContext(RegistryClient.PATH, exchange -> {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.start();
		return "http://localhost:" + server.getAddress().getPort();
	}

	private static RegistryClient client(String url) {
		SubmissionProperties properties = new SubmissionProperties(url, Duration.ofSeconds(2), Duration.ofSeconds(5),
				false, Duration.ofMinutes(1));
		// The in-process registry and its transactions are not used on the HTTP path.
		return new RegistryClient(properties, null, new ObjectMapper(), null);
	}

}
