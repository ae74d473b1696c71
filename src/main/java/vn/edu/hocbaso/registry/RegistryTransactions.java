package vn.edu.hocbaso.registry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The registry's one entry for national transactions, whoever sends them: the HTTP interface
 * ({@code POST /registry/transactions}) and the school side's in-process client both call {@link #receive}, with
 * a request that may have gone through JSON and back. It dispatches on the envelope's type:
 * <ul>
 * <li>1 submit ({@link RegistryIntake#submit}), records and replacements;</li>
 * <li>2 query a submission ({@link RegistryIntake#query(TransactionRequest)});</li>
 * <li>5 withdrawal or revocation request ({@link RegistryRevocations#request}), function "RUT" or "THU_HOI"
 * ({@link RevocationContent});</li>
 * <li>6 query revocations ({@link RegistryRevocations#query});</li>
 * <li>3 and 4 (certificates) are registered on the department's pages, not through this interface: refused
 * with {@link TransactionError#TYPE_NOT_SERVED}.</li>
 * </ul>
 * An envelope without a readable type is refused as incomplete. The answer of a refusal carries its error code;
 * nothing is stored then.
 */
@Service
public class RegistryTransactions {

	private static final Logger LOG = LoggerFactory.getLogger(RegistryTransactions.class);

	private final RegistryIntake intake;

	private final RegistryRevocations revocations;

	private final TransactionEnvelopes envelopes;

	RegistryTransactions(RegistryIntake intake, RegistryRevocations revocations, TransactionEnvelopes envelopes) {
		this.intake = intake;
		this.revocations = revocations;
		this.envelopes = envelopes;
	}

	/** Processes a transaction of any type and gives its answer; refusals are answers too. */
	public TransactionResponse receive(TransactionRequest request) {
		AuthenticationRequest envelope = request == null ? null : request.authenticationRequest();
		if (envelope == null || envelope.type() == null) {
			return envelopes.refused(request == null ? null : request.messageId(),
					new TransactionRefused(TransactionError.ENVELOPE_INCOMPLETE));
		}
		return switch (envelope.type()) {
			case SUBMIT -> intake.submit(request);
			case QUERY_SUBMISSION -> intake.query(request);
			case REVOKE -> revocations.request(request);
			case QUERY_REVOCATION -> revocations.query(request);
			case REGISTER_CERTIFICATE, QUERY_CERTIFICATE -> notServed(request, envelope.type());
		};
	}

	private TransactionResponse notServed(TransactionRequest request, TransactionType type) {
		LOG.info("Transaction {} of type {} refused: not served.", request.messageId(), type.code());
		return envelopes.refused(request.messageId(),
				new TransactionRefused(TransactionError.TYPE_NOT_SERVED, type.code()));
	}

}
