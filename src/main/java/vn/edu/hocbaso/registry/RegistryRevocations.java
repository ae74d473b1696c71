package vn.edu.hocbaso.registry;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdrawals and revocations (type 5) and their queries (type 6), and the department's decision on a pending
 * revocation. Work in progress: the API first.
 */
@Service
@Transactional
public class RegistryRevocations {

	private final TransactionEnvelopes envelopes;

	private final ApplicationEventPublisher events;

	RegistryRevocations(TransactionEnvelopes envelopes, ApplicationEventPublisher events) {
		this.envelopes = envelopes;
		this.events = events;
	}

	/** A type-5 transaction: withdraw ("RUT") or request the revocation of ("THU_HOI") the listed records. */
	public TransactionResponse request(TransactionRequest request) {
		return envelopes.refused(request.messageId(),
				new TransactionRefused(TransactionError.TYPE_NOT_SERVED, TransactionType.REVOKE.code()));
	}

	/** A type-6 transaction: the state of the revocation of each listed record. */
	@Transactional(readOnly = true)
	public TransactionResponse query(TransactionRequest request) {
		return envelopes.refused(request.messageId(),
				new TransactionRefused(TransactionError.TYPE_NOT_SERVED, TransactionType.QUERY_REVOCATION.code()));
	}

	/**
	 * The department's decision on the pending revocation of a locked record: approved, the record becomes
	 * REVOKED; refused (reason required), it stays LOCKED. Publishes {@link RevocationDecided} in this transaction.
	 */
	public void decide(UUID lookupCode, boolean approve, String reason, long departmentStaffId) {
		events.publishEvent(new RevocationDecided(lookupCode, approve, reason, departmentStaffId));
	}

}
