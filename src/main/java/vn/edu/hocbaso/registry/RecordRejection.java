package vn.edu.hocbaso.registry;

/**
 * Why the registry rejects one record of a submission (trang_thai 0): the code the answer carries in the record's
 * {@code error} field and the message key ({@code registry.record.*}) that explains it. The other records of the
 * transaction are judged on their own.
 */
public enum RecordRejection {

	/** The record is not a national record the registry can read, or lacks its lookup code or pupil fields. */
	UNREADABLE("registry.record.unreadable"),

	/** A signature is missing, broken, out of order or made with a certificate unfit for its block. */
	SIGNATURES("registry.record.signatures"),

	/** The issue signature (KY_PHAT_HANH) was not made with the sending school's approved issue certificate. */
	NOT_APPROVED_ISSUE_CERTIFICATE("registry.record.notApprovedIssueCertificate"),

	/** MA_TRUONG is not the sending school. */
	OTHER_SCHOOL("registry.record.otherSchool"),

	/** NAM_HOC is not the transaction's school year. */
	OTHER_SCHOOL_YEAR("registry.record.otherSchoolYear"),

	/** No pupil with that personal ID and pupil code is enrolled at the school in that school year. */
	PUPIL_NOT_ENROLLED("registry.record.pupilNotEnrolled"),

	/** MA_TRA_CUU_UUID is not a UUID. */
	LOOKUP_CODE_INVALID("registry.record.lookupCodeInvalid"),

	/** MA_TRA_CUU_UUID is already in the registry, or twice in this transaction. */
	LOOKUP_CODE_USED("registry.record.lookupCodeUsed"),

	/** In a query: the registry holds no record with that lookup code. */
	UNKNOWN_LOOKUP_CODE("registry.record.unknownLookupCode");

	private final String messageKey;

	RecordRejection(String messageKey) {
		this.messageKey = messageKey;
	}

	/** The code in the record's {@code error} field. */
	public String code() {
		return name();
	}

	public String messageKey() {
		return messageKey;
	}

}
