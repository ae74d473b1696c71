package vn.edu.hocbaso.submission;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.edu.hocbaso.registry.RegistryTransactions;
import vn.edu.hocbaso.registry.TransactionRequest;
import vn.edu.hocbaso.registry.TransactionResponse;

/**
 * Sends a sealed transaction (its JSON as stored in the outbox) to the department's registry and answers the
 * registry's answer. With {@code app.submission.registry-url} blank the registry is the one embedded here, called
 * in process in a transaction of its own, as a separate system would be (the JSON read back, so that what it gets
 * is what the wire would carry); otherwise the JSON is posted to {@code <url>/registry/transactions}. A refused
 * transaction is an answer (its error code); no answer at all is {@link RegistryUnreachable}.
 */
@Component
class RegistryClient {

	static final String PATH = "/registry/transactions";

	private static final Logger LOG = LoggerFactory.getLogger(RegistryClient.class);

	private final SubmissionProperties properties;

	private final RegistryTransactions registry;

	private final ObjectMapper json;

	private final TransactionTemplate separate;

	private final HttpClient http;

	RegistryClient(SubmissionProperties properties, RegistryTransactions registry, ObjectMapper json,
			PlatformTransactionManager transactions) {
		this.properties = properties;
		this.registry = registry;
		this.json = json;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
	}

	/** The registry's answer to the transaction whose JSON this is. */
	TransactionResponse send(String requestJson) {
		return properties.registryUrl().isBlank() ? sendInProcess(requestJson) : post(requestJson);
	}

	private TransactionResponse sendInProcess(String requestJson) {
		TransactionRequest request = read(requestJson, TransactionRequest.class);
		try {
			return separate.execute(status -> registry.receive(request));
		}
		catch (RuntimeException ex) {
			throw new RegistryUnreachable("The registry failed: " + ex.getMessage(), ex);
		}
	}

	private TransactionResponse post(String requestJson) {

		URI uri = URI.create(properties.registryUrl().replaceAll("/+$", "") + PATH);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(properties.requestTimeout())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(requestJson, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new RegistryUnreachable("No answer from " + uri + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RegistryUnreachable("Interrupted while sending to " + uri, ex);
		}

		// 200 processed, 400 and 409 refused with an answer; anything else is not the registry answering.
		int status = response.statusCode();
		if (status != 200 && status != 400 && status != 409) {
			LOG.info("The registry at {} answered HTTP {}", uri, status);
			throw new RegistryUnreachable("HTTP " + status + " from " + uri, null);
		}
		return read(response.body(), TransactionResponse.class);
	}

	private <T> T read(String text, Class<T> type) {
		try {
			return json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new RegistryUnreachable("Not a " + type.getSimpleName() + ": " + ex.getOriginalMessage(), ex);
		}
	}

}
