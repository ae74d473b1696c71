package vn.edu.hocbaso.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.edu.hocbaso.record.RecordCorrection.Kind;
import vn.edu.hocbaso.record.RecordCorrection.Status;
import vn.edu.hocbaso.schoolyear.DeadlineKind;
import vn.edu.hocbaso.schoolyear.Deadlines;

/**
 * Corrections on the real database: withdrawal and replacement before the lock, revocation after it, and the
 * refusals for the wrong person, the wrong state, a missing reason and a passed close-off.
 */
class RecordCorrectionsIT extends RecordStepsTestSupport {

	@Autowired
	RecordCorrections corrections;

	@Autowired
	Deadlines deadlines;

	long officer;

	@BeforeEach
	void theOfficer() {
		officer = staffId(org.officer);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theSchoolWithdrawsASubmittedRecord() {

		YearRecord record = submitted("Nguyễn Thị Hoa");
		assertThat(corrections.overview(record.getId()).allowed()).containsExactly(Kind.WITHDRAW, Kind.REPLACE);

		corrections.withdraw(record.getId(), clerk, "Học sinh đã chuyển trường trước khi kết thúc năm học.");

		assertThat(stateOf(record.getId())).isEqualTo(RecordState.WITHDRAWN);
		assertThat(records.findByPupilIdAndSchoolYearId(record.getPupilId(), org.yearId)).isEmpty();
		assertThat(corrections.historyOf(record.getId())).singleElement().satisfies(correction -> {
			assertThat(correction.getKind()).isEqualTo(Kind.WITHDRAW);
			assertThat(correction.getStatus()).isEqualTo(Status.DONE);
			assertThat(correction.getRequestedBy()).isEqualTo(clerk);
		});
		assertThat(management.history(record.getId())).extracting(RecordAudit::getField, RecordAudit::getNewValue,
				RecordAudit::getStaffId).last().isEqualTo(tuple(RecordField.STATE, "WITHDRAWN", clerk));
		assertThat(corrections.overview(record.getId()).allowed()).isEmpty();
	}

	@Test
	void aReplacementIsPreparedBesideTheRecordAndSupersedesItOnceAccepted() {

		YearRecord record = submitted("Nguyễn Thị Hoa");
		approvals.markAccepted(record.getId());

		long replacementId = corrections.startReplacement(record.getId(), principal, "Sai chiều cao, cân nặng.");

		YearRecord replacement = records.findById(replacementId).orElseThrow();
		assertThat(replacement.getState()).isEqualTo(RecordState.DRAFT);
		assertThat(replacement.getReplacesId()).isEqualTo(record.getId());
		assertThat(replacement.getLookupCode()).isNotEqualTo(record.getLookupCode());
		assertThat(replacement.subjectResults()).isEqualTo(record.subjectResults());
		assertThat(replacement.getTeacherRemark()).isEqualTo(record.getTeacherRemark());
		assertThat(records.findByPupilIdAndSchoolYearId(record.getPupilId(), org.yearId)).get()
			.extracting(YearRecord::getId).isEqualTo(record.getId());
		assertThat(management.open(record.getPupilId(), classId, teacher).getId()).isEqualTo(replacementId);
		assertRefused(() -> corrections.withdraw(record.getId(), clerk, "Rút"), "record.correction.alreadyRequested");

		management.change(replacementId, replacement.getVersion(), teacher,
				r -> r.recordHeight(new java.math.BigDecimal("131")));
		approvals.completePreparationOf(replacementId, teacher);
		signatures.signAsTeacher(replacementId);
		approvals.approveAsTeacher(replacementId, teacher);
		signatures.signAsPrincipal(replacementId);
		approvals.approveAsPrincipal(replacementId, principal);
		signatures.issue(replacementId);
		approvals.submit(replacementId, clerk);
		assertRefused(() -> corrections.completeReplacement(replacementId), "record.approval.wrongState");
		approvals.markAccepted(replacementId);
		corrections.completeReplacement(replacementId);

		YearRecord superseded = records.findById(record.getId()).orElseThrow();
		assertThat(superseded.getState()).isEqualTo(RecordState.SUPERSEDED);
		assertThat(superseded.getSupersededById()).isEqualTo(replacementId);
		assertThat(records.findByPupilIdAndSchoolYearId(record.getPupilId(), org.yearId)).get()
			.extracting(YearRecord::getId).isEqualTo(replacementId);
		assertThat(corrections.historyOf(record.getId())).singleElement()
			.extracting(RecordCorrection::getStatus, RecordCorrection::getReplacementId)
			.containsExactly(Status.DONE, replacementId);
	}

	@Test
	void onlyTheRecordsSchoolAsksWithAReasonAndOnlyForASubmittedRecord() {

		YearRecord draft = filled("Trần Văn Bình");
		YearRecord record = submitted("Nguyễn Thị Hoa");

		assertRefused(() -> corrections.withdraw(record.getId(), clerk, "  "), "record.approval.reasonRequired");
		assertRefused(() -> corrections.withdraw(record.getId(), teacher, "Lý do"), "record.correction.notSchool");
		assertRefused(() -> corrections.withdraw(record.getId(), staffId(org.schoolB.clerk), "Lý do"),
				"record.correction.notSchool");
		assertRefused(() -> corrections.startReplacement(record.getId(), officer, "Lý do"),
				"record.correction.notSchool");
		assertRefused(() -> corrections.withdraw(draft.getId(), clerk, "Lý do"), "record.approval.wrongState");
		assertRefused(() -> corrections.requestRevocation(record.getId(), clerk, "Lý do"),
				"record.correction.notLocked");

		assertThat(stateOf(record.getId())).isEqualTo(RecordState.SUBMITTED);
		assertThat(corrections.historyOf(record.getId())).isEmpty();
	}

	@Test
	void noWithdrawalOrReplacementOnceTheCloseOffHasPassed() {

		YearRecord record = submitted("Nguyễn Thị Hoa");
		Instant closeOff = deadlines.at(DeadlineKind.MAIN_CLOSE_OFF, org.schoolA.id, org.yearId);
		ClockUtil.setCurrentTime(Date.from(closeOff.plusSeconds(60)));

		ApprovalRefused refused = assertRefused(() -> corrections.startReplacement(record.getId(), clerk, "Lý do"),
				"record.correction.afterCloseOff");

		assertThat(messages.getMessage(refused, Locale.forLanguageTag("vi"))).contains("30/06/");
		assertThat(corrections.overview(record.getId()).allowed()).isEmpty();
		assertThat(stateOf(record.getId())).isEqualTo(RecordState.SUBMITTED);
	}

	@Test
	void theDepartmentRevokesALockedRecordAndADraftOpensForReissue() {

		YearRecord record = locked("Nguyễn Thị Hoa");
		assertRefused(() -> corrections.withdraw(record.getId(), clerk, "Lý do"), "record.correction.locked");
		assertThat(corrections.overview(record.getId()).allowed()).containsExactly(Kind.REVOKE);
		assertRefused(() -> corrections.approveRevocation(record.getId(), officer, "Đồng ý"),
				"record.correction.noRequest");

		corrections.requestRevocation(record.getId(), clerk, "Ghi nhầm kết quả môn Toán.");
		assertRefused(() -> corrections.requestRevocation(record.getId(), clerk, "Lần hai"),
				"record.correction.alreadyRequested");
		assertRefused(() -> corrections.approveRevocation(record.getId(), principal, "Đồng ý"),
				"record.correction.notDepartment");
		long draftId = corrections.approveRevocation(record.getId(), officer, "Đồng ý thu hồi.");

		assertThat(stateOf(record.getId())).isEqualTo(RecordState.REVOKED);
		YearRecord draft = records.findById(draftId).orElseThrow();
		assertThat(draft.getState()).isEqualTo(RecordState.DRAFT);
		assertThat(draft.getReplacesId()).isEqualTo(record.getId());
		assertThat(draft.isPendingReplacement()).isFalse();
		assertThat(draft.getLookupCode()).isNotEqualTo(record.getLookupCode());
		assertThat(draft.subjectResults()).isEqualTo(record.subjectResults());
		assertThat(records.findByPupilIdAndSchoolYearId(record.getPupilId(), org.yearId)).get()
			.extracting(YearRecord::getId).isEqualTo(draftId);
		assertThat(management.history(record.getId())).extracting(RecordAudit::getNewValue, RecordAudit::getStaffId)
			.last().isEqualTo(tuple("REVOKED", officer));
		assertThat(corrections.historyOf(record.getId())).singleElement()
			.extracting(RecordCorrection::getStatus, RecordCorrection::getDecidedBy, RecordCorrection::getReplacementId)
			.containsExactly(Status.DONE, officer, draftId);
	}

	@Test
	void aRefusedRevocationLeavesTheRecordLocked() {

		YearRecord record = locked("Nguyễn Thị Hoa");
		corrections.requestRevocation(record.getId(), principal, "Ghi nhầm kết quả.");

		assertRefused(() -> corrections.refuseRevocation(record.getId(), officer, ""),
				"record.approval.reasonRequired");
		corrections.refuseRevocation(record.getId(), officer, "Kết quả đúng theo sổ điểm.");

		assertThat(stateOf(record.getId())).isEqualTo(RecordState.LOCKED);
		assertThat(corrections.historyOf(record.getId())).singleElement()
			.extracting(RecordCorrection::getStatus, RecordCorrection::getDecisionReason)
			.containsExactly(Status.REFUSED, "Kết quả đúng theo sổ điểm.");
		assertThat(corrections.overview(record.getId()).allowed()).containsExactly(Kind.REVOKE);
	}

	@Test
	void aReplacementCannotSupersedeARecordLockedInTheMeantime() {

		YearRecord record = submitted("Nguyễn Thị Hoa");
		approvals.markAccepted(record.getId());
		long replacementId = corrections.startReplacement(record.getId(), clerk, "Sai tên môn.");
		approvals.lockAccepted(org.schoolA.id, org.yearId);
		approvals.completePreparationOf(replacementId, teacher);
		signatures.signAsTeacher(replacementId);
		approvals.approveAsTeacher(replacementId, teacher);
		signatures.signAsPrincipal(replacementId);
		approvals.approveAsPrincipal(replacementId, principal);
		signatures.issue(replacementId);
		approvals.submit(replacementId, clerk);
		approvals.markAccepted(replacementId);

		assertRefused(() -> corrections.completeReplacement(replacementId), "record.correction.lockedMeanwhile");
		assertThat(stateOf(record.getId())).isEqualTo(RecordState.LOCKED);
	}

	private YearRecord submitted(String name) {
		YearRecord filled = filled(name);
		long id = filled.getId();
		approvals.completePreparationOf(id, teacher);
		signatures.signAsTeacher(id);
		approvals.approveAsTeacher(id, teacher);
		signatures.signAsPrincipal(id);
		approvals.approveAsPrincipal(id, principal);
		signatures.issue(id);
		approvals.submit(id, clerk);
		return records.findById(id).orElseThrow();
	}

	private YearRecord locked(String name) {
		YearRecord record = submitted(name);
		approvals.markAccepted(record.getId());
		approvals.lockAccepted(org.schoolA.id, org.yearId);
		return records.findById(record.getId()).orElseThrow();
	}

}
