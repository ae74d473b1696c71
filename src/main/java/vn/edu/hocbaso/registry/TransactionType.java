package vn.edu.hocbaso.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The six national transaction types (CV 2088 Annex 1 §II.2.1), written in the envelope's {@code type} field
 * as the strings "1" to "6" (the spec types the field as a string; a number is accepted too).
 */
public enum TransactionType {

	/** 1: submit a list of issued records. */
	SUBMIT(1),

	/** 2: query the result of a submission, per record. */
	QUERY_SUBMISSION(2),

	/** 3: register a certificate. */
	REGISTER_CERTIFICATE(3),

	/** 4: query a certificate registration. */
	QUERY_CERTIFICATE(4),

	/** 5: request the revocation of records. */
	REVOKE(5),

	/** 6: query a revocation, per record. */
	QUERY_REVOCATION(6);

	private final int code;

	TransactionType(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

	@JsonValue
	String json() {
		return Integer.toString(code);
	}

	/** The type of a code "1" to "6" (surrounding spaces ignored); anything else is refused. */
	@JsonCreator
	public static TransactionType of(String code) {
		String trimmed = code == null ? "" : code.strip();
		for (TransactionType type : values()) {
			if (type.json().equals(trimmed)) {
				return type;
			}
		}
		throw new TransactionRefused(TransactionError.UNKNOWN_TYPE, trimmed);
	}

	/** The type of a code 1 to 6; anything else is refused. */
	@JsonCreator
	public static TransactionType of(int code) {
		return of(Integer.toString(code));
	}

}
