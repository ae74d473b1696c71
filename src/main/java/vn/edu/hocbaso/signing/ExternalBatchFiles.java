package vn.edu.hocbaso.signing;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The two JSON files of an external signing batch: the requests the server hands out and the responses the
 * external signer gives back ({@code ExternalSignerCommand --requests=FILE --out=FILE} answers one with the other).
 *
 * <p>Requests, made by {@link BatchSigning#externalRequests}:
 * <pre>
 * {
 *   "batchId": "6f1c…",                      the batch
 *   "role": "TEACHER",                        TEACHER, PRINCIPAL or SCHOOL_ISSUE: the block the signatures go into
 *   "certificateSerial": "4a3f…",             hexadecimal serial of the certificate that must sign
 *   "digestAlgorithm": "SHA-256",
 *   "requests": [
 *     { "id": "0b7e…",                        the pending signature, quoted back in the response
 *       "recordId": 1234, "lookupCode": "…", "pupil": "Nguyễn Văn An", "className": "4A",
 *       "digest": "Base64 of the 32-byte SHA-256 digest of the SignedInfo to sign" }
 *   ]
 * }
 * </pre>
 * Whose record it is (record ID, lookup code, pupil, class) goes with each digest so that the signer sees what she
 * signs; none of the record's data (marks, comments) leaves the server.
 *
 * <p>Responses, read by {@link BatchSigning#completeExternal}:
 * <pre>
 * {
 *   "batchId": "6f1c…",
 *   "responses": [
 *     { "id": "0b7e…",                        the pending signature of the request
 *       "signature": "Base64 signature value: RSA-PSS, or ECDSA as DER or as r and s",
 *       "certificate": "Base64 DER of the signer's certificate" }
 *   ]
 * }
 * </pre>
 * Unknown fields are ignored, so that a signer may add its own (a token's serial, a time).
 */
final class ExternalBatchFiles {

	static final String DIGEST_ALGORITHM = "SHA-256";

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private ExternalBatchFiles() {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Requests(UUID batchId, CertificateRole role, String certificateSerial, String digestAlgorithm,
			List<Request> requests) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Request(UUID id, long recordId, String lookupCode, String pupil, String className, String digest) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Responses(UUID batchId, List<Response> responses) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Response(UUID id, String signature, String certificate) {
	}

	static byte[] write(Object file) {
		try {
			return JSON.writeValueAsBytes(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot write JSON", ex);
		}
	}

	static Requests readRequests(byte[] json) throws IOException {
		Requests read = JSON.readValue(json, Requests.class);
		if (read == null || read.requests() == null) {
			throw new IOException("no \"requests\" list");
		}
		return read;
	}

	static Responses readResponses(byte[] json) throws IOException {
		Responses read = JSON.readValue(json, Responses.class);
		if (read == null || read.responses() == null) {
			throw new IOException("no \"responses\" list");
		}
		return read;
	}

}
