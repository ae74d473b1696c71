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
	UNKNOWN_TYPE("registry.transaction.unknownType"),

	/** The envelope lacks the message id, the school's code, the school year or the type. */
	ENVELOPE_INCOMPLETE("registry.transaction.envelopeIncomplete"),

	/** The service was asked for a type it does not handle (e.g. a query sent to the submission). */
	WRONG_TYPE("registry.transaction.wrongType"),

	/** No school has the code in {@code ma_don_vi}. */
	UNKNOWN_SCHOOL("registry.transaction.unknownSchool"),

	/** The school year in {@code nam_hoc} is not one the department has opened. */
	UNKNOWN_SCHOOL_YEAR("registry.transaction.unknownSchoolYear"),

	/** The transaction carries no {@code Signature}. */
	SIGNATURE_MISSING("registry.transaction.signatureMissing"),

	/** The {@code Signature} is not a CMS signature by one signer over this envelope and content. */
	SIGNATURE_INVALID("registry.transaction.signatureInvalid"),

	/** The signature is intact but its certificate is not the sending school's approved, valid issue certificate. */
	SIGNATURE_NOT_APPROVED("registry.transaction.signatureNotApproved"),

	/** The message id was already used by another school. */
	MESSAGE_ID_TAKEN("registry.transaction.messageIdTaken"),

	/** The content is not a well-formed DANH_SACH_HOC_BA list of HOC_BA records (see {@link RecordList}). */
	NOT_A_LIST("registry.transaction.notAList"),

	/** The list holds no record. */
	EMPTY_LIST("registry.transaction.emptyList"),

	/** The HTTP body is not the JSON of a transaction envelope. */
	NOT_JSON("registry.transaction.notJson"),

	/** The body is JSON, but a field holds a value of the wrong kind (a school year that is not a number). */
	FIELD_INVALID("registry.transaction.fieldInvalid"),

	/** A type-2 query asks for a message id that is not one of the sending school's submissions. */
	UNKNOWN_SUBMISSION("registry.transaction.unknownSubmission"),

	/** A type-5 transaction whose {@code function} is neither "RUT" (withdraw) nor "THU_HOI" (revoke). */
	UNKNOWN_FUNCTION("registry.transaction.unknownFunction"),

	/** A valid type this registry does not serve (3 and 4: certificates are registered on the pages). */
	TYPE_NOT_SERVED("registry.transaction.typeNotServed");

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
