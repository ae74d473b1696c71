package vn.edu.hocbaso.registry;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The national transaction interface over HTTP: {@code POST /registry/transactions} with the JSON envelope
 * ({@link TransactionRequest}), answered with the JSON {@link TransactionResponse}. No login: the transaction is
 * authenticated by its own signature (CSRF does not apply, there is no session). A processed transaction is
 * answered 200, a refused one 400 with its error code and message; a message id used by another school 409.
 * Only type 1 (submit) is served so far.
 */
@RestController
class RegistryTransactionController {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final RegistryIntake intake;

	private final MessageSource messages;

	RegistryTransactionController(RegistryIntake intake, MessageSource messages) {
		this.intake = intake;
		this.messages = messages;
	}

	@PostMapping(path = "/registry/transactions", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<TransactionResponse> receive(@RequestBody TransactionRequest request) {

		AuthenticationRequest envelope = request.authenticationRequest();
		if (envelope != null && envelope.type() != null && envelope.type() != TransactionType.SUBMIT) {
			return answer(TransactionResponse.refused(request.messageId(), TransactionError.TYPE_NOT_SERVED,
					text(TransactionError.TYPE_NOT_SERVED, envelope.type().code())));
		}

		return answer(intake.submit(request));
	}

	/** JSON that cannot be read, including a type that is not 1 to 6. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<TransactionResponse> unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof TransactionRefused refused) {
			return answer(TransactionResponse.refused(null, refused.getError(),
					text(refused.getError(), refused.getArguments())));
		}
		return answer(TransactionResponse.refused(null, TransactionError.NOT_JSON, text(TransactionError.NOT_JSON)));
	}

	private static ResponseEntity<TransactionResponse> answer(TransactionResponse response) {
		if (response.error() == null || response.error().isEmpty()) {
			return ResponseEntity.ok(response);
		}
		HttpStatus status = TransactionError.MESSAGE_ID_TAKEN.code().equals(response.error()) ? HttpStatus.CONFLICT
				: HttpStatus.BAD_REQUEST;
		return ResponseEntity.status(status).body(response);
	}

	private String text(TransactionError error, Object... arguments) {
		return messages.getMessage(error.messageKey(), arguments, error.messageKey(), VIETNAMESE);
	}

}
