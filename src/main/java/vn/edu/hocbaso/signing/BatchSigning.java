package vn.edu.hocbaso.signing;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Signs many records in one action (DESIGN.md §6): a class, a school or chosen records, outside the process engine
 * so that the key password never enters a process variable. Each record is signed and stored in its own
 * transaction: an interrupted batch leaves every record signed or untouched. Records that cannot be signed (checks
 * fail, changed meanwhile, wrong state) are skipped with the reason; the rest are signed. When the batch ends it
 * publishes {@link RecordsSigned}.
 *
 * <p>CONTRACT (issue 5): the methods below are built by the batch-signing work.
 */
@Service
public class BatchSigning {

	/**
	 * Checks what can be checked before anything is signed (the certificate is the signer's, usable, the password
	 * opens the key; there is something to sign) and refuses with {@link SignatureRefused} otherwise; then signs in
	 * the background and answers the batch's ID at once.
	 */
	public UUID start(BatchRequest request) {
		throw new UnsupportedOperationException("start is not built yet");
	}

	/** The same, in the caller's thread, answering when every record is signed, skipped or waiting. */
	public BatchProgress run(BatchRequest request) {
		throw new UnsupportedOperationException("run is not built yet");
	}

	/** The batch as it stands; empty when it does not exist or is another person's. */
	public Optional<BatchProgress> progress(UUID batchId, long staffId) {
		throw new UnsupportedOperationException("progress is not built yet");
	}

	/**
	 * The signing requests of a batch waiting for an external signer: a JSON document listing, per record, the
	 * pending signature's ID, the record's lookup code and pupil, and the Base64 digest to sign (nothing else of
	 * the record). {@code ExternalSignerCommand --requests=FILE --out=FILE} answers it.
	 */
	public byte[] externalRequests(UUID batchId, long staffId) {
		throw new UnsupportedOperationException("externalRequests is not built yet");
	}

	/**
	 * Takes the external signer's answer (the JSON the command writes: per pending ID the Base64 signature value
	 * and certificate) and completes each record in its own transaction; a value that does not fit skips that
	 * record with the reason. Answers the batch as it then stands.
	 */
	public BatchProgress completeExternal(UUID batchId, long staffId, byte[] responses) {
		throw new UnsupportedOperationException("completeExternal is not built yet");
	}

}
