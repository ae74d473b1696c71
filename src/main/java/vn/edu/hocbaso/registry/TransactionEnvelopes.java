package vn.edu.hocbaso.registry;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every transaction type goes through before its content is looked at: the envelope complete, the content
 * at most 10 MB, the sending school known, the {@code Signature} valid and made with the school's approved issue
 * certificate; and, for the types that store something, the answer stored under the message id. Also the texts
 * (Vietnamese, the language of the national interface) and the JSON of the stored answers.
 */
@Component
class TransactionEnvelopes {

	/** The sending school and the transaction, once the envelope is checked. */
	record Sender(String messageId, long schoolId, String schoolCode, int schoolYear, String function,
			List<X509Certificate> approvedIssueCertificates) {
	}

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final int MAX_MESSAGE_ID = 100;

	private final RegistryLookups lookups;

	private final RegistryStore store;

	private final MessageSource messages;

	private final ObjectMapper json;

	private final Clock clock;

	TransactionEnvelopes(RegistryLookups lookups, RegistryStore store, MessageSource messages, ObjectMapper json,
			Clock clock) {
		this.lookups = lookups;
		this.store = store;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	/** Checks the envelope and its signature; refused with the error code when anything is wrong. */
	Sender authenticate(TransactionRequest request, TransactionType expected) {

		AuthenticationRequest envelope = request == null ? null : request.authenticationRequest();
		if (envelope == null || blank(envelope.messageId()) || envelope.messageId().length() > MAX_MESSAGE_ID
				|| blank(envelope.schoolCode()) || envelope.schoolYear() == null || envelope.type() == null) {
			throw new TransactionRefused(TransactionError.ENVELOPE_INCOMPLETE);
		}
		if (envelope.type() != expected) {
			throw new TransactionRefused(TransactionError.WRONG_TYPE, envelope.type().code(), expected.code());
		}
		// Checked before the signature, so that a stranger's oversized content costs nothing.
		if (request.content() != null && request.content().length() > TransactionContent.MAX_BYTES) {
			throw new TransactionRefused(TransactionError.CONTENT_TOO_LARGE, request.content().length(),
					TransactionContent.MAX_BYTES);
		}
		long schoolId = lookups.schoolId(envelope.schoolCode().strip())
			.orElseThrow(() -> new TransactionRefused(TransactionError.UNKNOWN_SCHOOL, envelope.schoolCode()));

		X509Certificate signer = TransactionSignature.verify(request);
		Instant now = clock.instant();
		if (!lookups.approvedIssueCertificates(schoolId, now).contains(signer)) {
			throw new TransactionRefused(TransactionError.SIGNATURE_NOT_APPROVED, envelope.schoolCode());
		}

		return new Sender(envelope.messageId(), schoolId, envelope.schoolCode().strip(), envelope.schoolYear(),
				envelope.function() == null ? null : envelope.function().strip(),
				lookups.approvedIssueCertificates(schoolId, null));
	}

	/** The answer stored for the sender's message id, if it was processed; refused when another school used it. */
	Optional<TransactionResponse> earlierAnswer(Sender sender) {
		Optional<RegistryStore.StoredTransaction> stored = store.transaction(sender.messageId());
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		if (stored.get().schoolId() != sender.schoolId()) {
			throw new TransactionRefused(TransactionError.MESSAGE_ID_TAKEN, sender.messageId());
		}
		return Optional.of(read(stored.get().response()));
	}

	/** The answer to a refused transaction. */
	TransactionResponse refused(String messageId, TransactionRefused refused) {
		return TransactionResponse.refused(messageId, refused.getError(),
				text(refused.getMessageKey(), refused.getArguments()));
	}

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, VIETNAMESE);
	}

	String write(TransactionResponse response) {
		try {
			return json.writeValueAsString(response);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write the answer", ex);
		}
	}

	TransactionResponse read(String response) {
		try {
			return json.readValue(response, TransactionResponse.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot read a stored answer", ex);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
