package vn.edu.hocbaso.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The national transaction interface over HTTP: {@code POST /registry/transactions} with the JSON envelope
 * ({@link TransactionRequest}), answered with the JSON {@link TransactionResponse}. No login: the transaction is
 * authenticated by its own signature (CSRF does not apply, there is no session). A processed transaction is
 * answered 200, a refused one 400 with its error code and message; a message id used by another school 409.
 * The body is read with a cap of 10 MB and 256 KB before it is parsed; the transaction then goes to
 * {@link RegistryTransactions}, the same entry the school side's in-process client uses.
 */
@RestController
class RegistryTransactionController {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** The content's 10 MB and room for the envelope and the signature around it. */
	private static final int MAX_BODY = TransactionContent.MAX_BYTES + 256 * 1024;

	private final RegistryTransactions transactions;

	private final MessageSource messages;

	private final ObjectMapper json;

	RegistryTransactionController(RegistryTransactions transactions, MessageSource messages, ObjectMapper json) {
		this.transactions = transactions;
		this.messages = messages;
		this.json = json;
	}

	@PostMapping(path = "/registry/transactions", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<TransactionResponse> receive(InputStream body) throws IOException {

		// Read with a cap before parsing, so that a stranger's endless body costs at most this much memory.
		byte[] bytes = body.readNBytes(MAX_BODY + 1);
		if (bytes.length > MAX_BODY) {
			return refused(null, new TransactionRefused(TransactionError.CONTENT_TOO_LARGE, bytes.length, MAX_BODY));
		}
		TransactionRequest request;
		try {
			request = json.readValue(bytes, TransactionRequest.class);
		}
		catch (JsonProcessingException ex) {
			return refused(null, refusal(ex));
		}
		if (request == null) {
			return refused(null, new TransactionRefused(TransactionError.NOT_JSON));
		}

		return answer(transactions.receive(request));
	}

	/**
	 * A type that is not 1 to 6 is refused while the JSON is read; a field of the wrong kind is named, so that a
	 * sender who wrote {@code "nam_hoc": "2025-2026"} is not told the body is not JSON; anything else is not JSON.
	 */
	private static TransactionRefused refusal(JsonProcessingException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TransactionRefused refused) {
				return refused;
			}
		}
		if (ex instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = mismatch.getPath().stream()
				.map(reference -> reference.getFieldName() == null ? "[" + reference.getIndex() + "]"
						: reference.getFieldName())
				.collect(Collectors.joining("."));
			return new TransactionRefused(TransactionError.FIELD_INVALID, field);
		}
		return new TransactionRefused(TransactionError.NOT_JSON);
	}

	private ResponseEntity<TransactionResponse> refused(String messageId, TransactionRefused refused) {
		return answer(TransactionResponse.refused(messageId, refused.getError(),
				messages.getMessage(refused.getMessageKey(), refused.getArguments(), refused.getMessageKey(),
						VIETNAMESE)));
	}

	private static ResponseEntity<TransactionResponse> answer(TransactionResponse response) {
		if (response.error() == null || response.error().isEmpty()) {
			return ResponseEntity.ok(response);
		}
		HttpStatus status = TransactionError.MESSAGE_ID_TAKEN.code().equals(response.error()) ? HttpStatus.CONFLICT
				: HttpStatus.BAD_REQUEST;
		return ResponseEntity.status(status).body(response);
	}

}
