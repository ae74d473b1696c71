package vn.edu.hocbaso.registry;

import java.util.UUID;

/**
 * The department's decision on a revocation cannot be taken: no request waits for that record, or a refusal
 * lacks its reason. The message key ({@code registry.revocation.*}) says which; nothing was changed.
 */
public class RevocationDecisionRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final UUID lookupCode;

	public RevocationDecisionRefused(String messageKey, UUID lookupCode) {
		super(messageKey + " " + lookupCode);
		this.messageKey = messageKey;
		this.lookupCode = lookupCode;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public UUID getLookupCode() {
		return lookupCode;
	}

}
