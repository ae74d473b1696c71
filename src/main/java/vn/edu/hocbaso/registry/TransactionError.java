package vn.edu.hocbaso.registry;

/**
 * Why a transaction is refused, as the code the answer carries in its {@code Error} field and the message key
 * ({@code registry.transaction.*}) that explains it in Vietnamese or English.
 */
public enum TransactionError {

	/** The content, its declared length or its inflated XML is over the 10 MB a transaction may carry. */
	CONTENT_TOO_LARGE("registry.transaction.tooLarge"),

	/** The content is not Base64. */
	CONTENT_NOT_BASE64("registry.transaction.notBase64"),

	/** The content is missing or shorter than its 4-byte length prefix. */
	CONTENT_TOO_SHORT("registry.transaction.tooShort"),

	/** The length prefix does not match the size of the inflated XML. */
	CONTENT_LENGTH_MISMATCH("registry.transaction.lengthMismatch"),

	/** What follows the length prefix is not a complete, intact gzip stream. */
	CONTENT_NOT_GZIP("registry.transaction.notGzip"),

	/** The inflated content is not UTF-8 text. */
	CONTENT_NOT_UTF8("registry.transaction.notUtf8"),

	/** The transaction type is not one of 1 to 6. */
	UNKNOWN_TYPE("registry.transaction.unknownType");

	private final String messageKey;

	TransactionError(String messageKey) {
		this.messageKey = messageKey;
	}

	/** The code in the answer's {@code Error} field. */
	public String code() {
		return name();
	}

	public String messageKey() {
		return messageKey;
	}

}
