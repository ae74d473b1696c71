package vn.edu.hocbaso.registry;

/**
 * Why the registry rejects one record of a submission (trang_thai 0) or refuses one item of a withdrawal or
 * revocation (trang_thai 3): the code the answer carries in the record's
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
	UNKNOWN_LOOKUP_CODE("registry.record.unknownLookupCode"),

	/** A replacement: MA_TRA_CUU_UUID_THAY_THE is not a UUID. */
	REPLACED_INVALID("registry.record.replacedInvalid"),

	/** A replacement: the registry holds no record with the lookup code it replaces. */
	REPLACED_UNKNOWN("registry.record.replacedUnknown"),

	/** A replacement for a record of another school. */
	REPLACED_OTHER_SCHOOL("registry.record.replacedOtherSchool"),

	/** A replacement for a record of another school year. */
	REPLACED_OTHER_SCHOOL_YEAR("registry.record.replacedOtherSchoolYear"),

	/** A replacement naming another pupil than the record it replaces. */
	REPLACED_OTHER_PUPIL("registry.record.replacedOtherPupil"),

	/** A replacement for a locked record: the school requests its revocation first. */
	REPLACED_LOCKED("registry.record.replacedLocked"),

	/** A replacement for a record that was withdrawn, superseded, or already re-issued after its revocation. */
	REPLACED_NOT_CURRENT("registry.record.replacedNotCurrent"),

	/** Two replacements of the same record in one transaction. */
	REPLACED_TWICE("registry.record.replacedTwice"),

	/** Withdrawal or revocation: the reason (LY_DO) is missing. */
	REASON_MISSING("registry.record.reasonMissing"),

	/** Withdrawal or revocation: the reason is longer than 500 characters. */
	REASON_TOO_LONG("registry.record.reasonTooLong"),

	/** Withdrawal or revocation: the record belongs to another school. */
	RECORD_OF_OTHER_SCHOOL("registry.record.recordOfOtherSchool"),

	/** Withdrawal or revocation: MA_HOC_SINH or SO_CCCD is not the record's. */
	IDENTITY_MISMATCH("registry.record.identityMismatch"),

	/** Withdrawal after close-off: the record is locked; the school requests its revocation ("THU_HOI"). */
	LOCKED("registry.record.locked"),

	/** The record is already revoked. */
	ALREADY_REVOKED("registry.record.alreadyRevoked"),

	/** The record was already withdrawn. */
	ALREADY_WITHDRAWN("registry.record.alreadyWithdrawn"),

	/** The record was superseded by a replacement; the replacement is the one to withdraw. */
	ALREADY_SUPERSEDED("registry.record.alreadySuperseded"),

	/** A revocation of the record is already waiting for the department's decision. */
	REVOCATION_PENDING("registry.record.revocationPending"),

	/** In a type-6 query: no withdrawal or revocation was asked for the record. */
	NO_REVOCATION("registry.record.noRevocation"),

	/** In a type-6 query: the department refused the revocation. */
	REVOCATION_REFUSED("registry.record.revocationRefused");

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
