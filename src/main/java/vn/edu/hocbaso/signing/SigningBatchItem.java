package vn.edu.hocbaso.signing;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One record of a signing batch: waiting for its turn, signed, skipped with the reason, or waiting for the external
 * signer's value of its pending signature.
 */
@Entity
@Table(name = "signing_batch_item")
class SigningBatchItem {

	enum State {
		TO_SIGN, SIGNED, SKIPPED, WAITING
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private UUID batchId;

	private int position;

	private long recordId;

	private long classId;

	private String pupilName;

	private String className;

	@Enumerated(EnumType.STRING)
	private State state;

	private UUID pendingId;

	private Long signedVersion;

	private String reasonKey;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> reasonArguments;

	protected SigningBatchItem() {
	}

	SigningBatchItem(UUID batchId, int position, BatchRecord record) {
		this.batchId = batchId;
		this.position = position;
		this.recordId = record.recordId();
		this.classId = record.classId();
		this.pupilName = record.pupilName();
		this.className = record.className();
		this.state = State.TO_SIGN;
	}

	void signed() {
		this.state = State.SIGNED;
		this.pendingId = null;
	}

	void skipped(String messageKey, List<String> arguments) {
		this.state = State.SKIPPED;
		this.pendingId = null;
		this.reasonKey = messageKey;
		this.reasonArguments = List.copyOf(arguments);
	}

	void waiting(UUID pending, long version) {
		this.state = State.WAITING;
		this.pendingId = pending;
		this.signedVersion = version;
	}

	BatchProgress.SkippedRecord asSkipped() {
		return new BatchProgress.SkippedRecord(recordId, pupilName, className, reasonKey,
				reasonArguments == null ? List.of() : reasonArguments);
	}

	Long getId() {
		return id;
	}

	UUID getBatchId() {
		return batchId;
	}

	int getPosition() {
		return position;
	}

	long getRecordId() {
		return recordId;
	}

	long getClassId() {
		return classId;
	}

	String getPupilName() {
		return pupilName;
	}

	String getClassName() {
		return className;
	}

	State getState() {
		return state;
	}

	UUID getPendingId() {
		return pendingId;
	}

	Long getSignedVersion() {
		return signedVersion;
	}

}
