package vn.edu.hocbaso.record;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Saves records and writes what changed to the audit, with the acting member of staff ({@code null} for the
 * system). A record that went back to preparation loses the signatures it had: what they signed is no longer
 * what the record says (DESIGN.md §5), and the audit says which were voided and why.
 */
@Component
class RecordLedger {

	private final YearRecordRepository records;

	private final RecordAuditRepository audits;

	private final RecordApprovalRepository approvals;

	private final Clock clock;

	RecordLedger(YearRecordRepository records, RecordAuditRepository audits, RecordApprovalRepository approvals,
			Clock clock) {
		this.records = records;
		this.audits = audits;
		this.approvals = approvals;
		this.clock = clock;
	}

	/** Saves after an edit: an edit of an approved record voids its approvals, naming the fields changed. */
	YearRecord save(YearRecord record, Long staffId) {
		return save(record, staffId, null);
	}

	/**
	 * Flushes at once so that a concurrent save shows as a version conflict here, not at commit.
	 *
	 * @param voidReason why approvals are voided if the record went back to preparation; {@code null} names the
	 * fields changed
	 */
	YearRecord save(YearRecord record, Long staffId, String voidReason) {

		YearRecord saved = records.saveAndFlush(record);
		Instant now = clock.instant();
		List<YearRecord.Change> changes = record.takeChanges();
		audits.saveAll(changes.stream().map(change -> new RecordAudit(saved.getId(), staffId, now, change)).toList());

		if (wentBackToPreparation(changes)) {
			String reason = voidReason != null ? voidReason : "changed after signing: " + fieldsOf(changes);
			voidSignatures(saved.getId(), staffId, now, RecordInput.text(shorten(reason)));
		}

		return saved;
	}

	/** Stores a signature of the record as its approval for the step. */
	void approve(YearRecord record, RecordApproval.Step step, long staffId, RecordApproval.Signature signature) {
		approvals.save(new RecordApproval(record.getId(), step, staffId, clock.instant(), signature));
	}

	/** The signature standing for the step, if the record has one. */
	Optional<RecordApproval> standing(long recordId, RecordApproval.Step step) {
		return approvals.findFirstByRecordIdAndStepAndVoidedAtIsNullOrderByIdDesc(recordId, step)
			.filter(RecordApproval::isSigned);
	}

	/** The last signature still standing, if the record has one. */
	Optional<RecordApproval> lastSigned(long recordId) {
		return approvals.findByRecordIdOrderById(recordId).stream()
			.filter(approval -> !approval.isVoided() && approval.isSigned())
			.reduce((first, second) -> second);
	}

	List<RecordApproval> approvalsOf(long recordId) {
		return approvals.findByRecordIdOrderById(recordId);
	}

	Instant now() {
		return clock.instant();
	}

	/**
	 * Voids the record's standing signatures and says so in the audit: which steps were voided, and why (the
	 * fields edited, a return, a rejection), so that the history shows why the record has to be signed again.
	 */
	private void voidSignatures(long recordId, Long staffId, Instant now, String reason) {

		// The loaded approvals are voided themselves, not by a bulk update, so that a later read in the same
		// transaction (the signed record, a batch's next step) never sees a voided signature as standing.
		List<RecordApproval> standing = approvals.findByRecordIdOrderById(recordId).stream()
			.filter(approval -> !approval.isVoided())
			.toList();
		if (standing.isEmpty()) {
			return;
		}

		standing.forEach(approval -> approval.voidFor(now, reason));
		String steps = standing.stream().map(approval -> approval.getStep().name()).collect(Collectors.joining(", "));
		String text = shorten("signatures voided (" + steps + "): " + reason);
		YearRecord.Change voided = new YearRecord.Change(RecordField.SIGNATURES, steps, text);
		audits.save(new RecordAudit(recordId, staffId, now, voided));
	}

	private static boolean wentBackToPreparation(List<YearRecord.Change> changes) {
		return changes.stream().anyMatch(change -> RecordField.STATE.equals(change.field())
				&& (RecordState.DRAFT.name().equals(change.newValue())
						|| RecordState.REJECTED.name().equals(change.newValue())));
	}

	private static String fieldsOf(List<YearRecord.Change> changes) {
		return changes.stream().map(YearRecord.Change::field)
			.filter(field -> !RecordField.STATE.equals(field) && !RecordField.COMPLETE.equals(field))
			.distinct().collect(Collectors.joining(", "));
	}

	private static String shorten(String text) {
		return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
	}

}
