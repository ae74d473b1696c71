package vn.edu.hocbaso.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import vn.edu.hocbaso.testing.TestSignatures;

/**
 * The approval steps on the real database: who may take each step, from which state, what each writes to the
 * audit and the approvals, and the lock at a close-off, which even SQL cannot undo. The steps confirm signatures
 * made beforehand ({@link TestSignatures} signs as the signing module does).
 */
class RecordApprovalsIT extends RecordStepsTestSupport {

	long vicePrincipal;

	@BeforeEach
	void theVicePrincipal() {
		vicePrincipal = staffId(org.schoolA.vicePrincipal);
	}

	@Test
	void theHomeroomTeacherApprovesTheClassAndEachStepIsAudited() {

		long hoa = prepared("Nguyễn Thị Hoa");
		long binh = prepared("Trần Văn Bình");
		signatures.signClassAsTeacher(classId);

		assertThat(approvals.approveClassAsTeacher(classId, teacher)).isEqualTo(2);

		assertThat(stateOf(hoa)).isEqualTo(RecordState.SIGNED_BY_TEACHER);
		assertThat(stateOf(binh)).isEqualTo(RecordState.SIGNED_BY_TEACHER);
		assertThat(approvals.approvalsOf(hoa)).extracting(RecordApproval::getStep, RecordApproval::getStaffId,
				RecordApproval::isVoided).containsExactly(tuple(RecordApproval.Step.TEACHER, teacher, false));
		assertThat(stateHistory(hoa)).containsExactly(tuple("DRAFT", "SIGNED_BY_TEACHER", teacher));
	}

	@Test
	void onlyTheHomeroomTeacherOfTheClassApprovesAsTeacher() {

		long hoa = prepared("Nguyễn Thị Hoa");

		for (long other : List.of(principal, clerk, staffId(org.schoolB.homeroomTeacher), staffId(org.officer))) {
			assertRefused(() -> approvals.approveClassAsTeacher(classId, other), "record.approval.notHomeroomTeacher");
			assertRefused(() -> approvals.approveAsTeacher(hoa, other), "record.approval.notHomeroomTeacher");
		}
		assertThat(stateOf(hoa)).isEqualTo(RecordState.DRAFT);
		assertThat(approvals.approvalsOf(hoa)).isEmpty();
	}

	@Test
	void anIncompleteRecordCannotBeSignedAndStopsTheWholeClassNamed() {

		long hoa = prepared("Nguyễn Thị Hoa");
		long notComplete = opened("Lê Văn Chưa Xong").getId();
		signatures.signAsTeacher(hoa);

		assertRefused(() -> signatures.signAsTeacher(notComplete), "record.signature.incomplete");
		ApprovalRefused refused = assertRefused(() -> approvals.approveClassAsTeacher(classId, teacher),
				"record.signature.notSignedByTeacher");

		assertThat(refused.getArguments()).containsExactly("Lê Văn Chưa Xong");
		assertThat(messages.getMessage(refused, Locale.forLanguageTag("vi"))).contains("Lê Văn Chưa Xong")
			.startsWith("Học bạ của các học sinh sau chưa được giáo viên chủ nhiệm ký");
		assertThat(stateOf(hoa)).isEqualTo(RecordState.SIGNED_BY_TEACHER);
		assertThat(stateOf(notComplete)).isEqualTo(RecordState.DRAFT);
	}

	@Test
	void completingThePreparationListsTheRecordsThatFailAndChangesNothing() {

		YearRecord filled = filled("Nguyễn Thị Hoa");
		YearRecord empty = opened("Lê Văn Trống");

		assertThatExceptionOfType(ClassNotReady.class)
			.isThrownBy(() -> approvals.completePreparation(classId, teacher))
			.satisfies(notReady -> assertThat(notReady.getFailing()).containsExactly(empty.getId()))
			.satisfies(notReady -> assertThat(notReady.getFailingPupils()).containsExactly(empty.getPupilId()));
		assertThat(records.findById(filled.getId()).orElseThrow().isComplete()).isFalse();

		management.change(empty.getId(), empty.getVersion(), teacher, SampleRecords::complete);
		approvals.completePreparation(classId, teacher);

		assertThat(records.findById(filled.getId()).orElseThrow().isComplete()).isTrue();
		assertThat(records.findById(empty.getId()).orElseThrow().isComplete()).isTrue();
	}

	@Test
	void thePrincipalOrAViceConfirmsOnlyWhatThePrincipalSignedAfterTheTeacher() {

		long hoa = prepared("Nguyễn Thị Hoa");
		signatures.signClassAsTeacher(classId);
		approvals.approveClassAsTeacher(classId, teacher);

		assertRefused(() -> approvals.approveClassAsPrincipal(classId, vicePrincipal),
				"record.signature.notSignedByPrincipal");
		signatures.signClassAsPrincipal(classId);
		assertRefused(() -> approvals.approveClassAsPrincipal(classId, teacher), "record.approval.notBoard");
		assertRefused(() -> approvals.approveClassAsPrincipal(classId, staffId(org.schoolB.principal)),
				"record.approval.notBoard");
		assertThat(approvals.approveClassAsPrincipal(classId, vicePrincipal)).isEqualTo(1);

		assertThat(stateOf(hoa)).isEqualTo(RecordState.SIGNED_BY_PRINCIPAL);
		assertThat(approvals.approvalsOf(hoa)).extracting(RecordApproval::getStep, RecordApproval::getStaffId)
			.containsExactly(tuple(RecordApproval.Step.TEACHER, teacher),
					tuple(RecordApproval.Step.PRINCIPAL, principal));
	}

	@Test
	void anEditAfterTheTeachersApprovalVoidsItAndStopsThePrincipal() {

		long hoa = prepared("Nguyễn Thị Hoa");
		long binh = prepared("Trần Văn Bình");
		signatures.signClassAsTeacher(classId);
		approvals.approveClassAsTeacher(classId, teacher);

		YearRecord edited = records.findById(binh).orElseThrow();
		management.change(binh, edited.getVersion(), teacher, r -> r.remark("Em chăm ngoan, tiến bộ."));
		assertThat(signatures.signClassAsPrincipal(classId)).isEqualTo(1);

		assertThat(stateOf(binh)).isEqualTo(RecordState.DRAFT);
		assertThat(approvals.approvalsOf(binh)).singleElement().satisfies(approval -> {
			assertThat(approval.isVoided()).isTrue();
			assertThat(approval.getVoidReason()).contains("teacherRemark");
		});
		ApprovalRefused refused = assertRefused(() -> approvals.approveClassAsPrincipal(classId, principal),
				"record.signature.notSignedByPrincipal");
		assertThat(refused.getArguments()).containsExactly("Trần Văn Bình");
		assertThat(stateOf(hoa)).isEqualTo(RecordState.SIGNED_BY_PRINCIPAL);
	}

	@Test
	void aReturnNeedsAReasonAndSendsTheClassBackToPreparation() {

		long hoa = prepared("Nguyễn Thị Hoa");
		signatures.signClassAsTeacher(classId);
		approvals.approveClassAsTeacher(classId, teacher);
		signatures.signClassAsPrincipal(classId);
		approvals.approveClassAsPrincipal(classId, principal);

		assertRefused(() -> approvals.returnClass(classId, principal, "  "), "record.approval.reasonRequired");
		assertRefused(() -> approvals.returnClass(classId, principal, null), "record.approval.reasonRequired");
		assertRefused(() -> approvals.returnClass(classId, teacher, "Sai điểm"), "record.approval.notBoard");
		assertThat(stateOf(hoa)).isEqualTo(RecordState.SIGNED_BY_PRINCIPAL);

		assertThat(approvals.returnClass(classId, principal, "Điểm môn Toán chưa khớp sổ điểm.")).isEqualTo(1);

		YearRecord returned = records.findById(hoa).orElseThrow();
		assertThat(returned.getState()).isEqualTo(RecordState.DRAFT);
		assertThat(returned.isComplete()).isFalse();
		assertThat(returned.getReturnReason()).isEqualTo("Điểm môn Toán chưa khớp sổ điểm.");
		assertThat(approvals.approvalsOf(hoa)).hasSize(2).allSatisfy(approval -> {
			assertThat(approval.isVoided()).isTrue();
			assertThat(approval.getVoidReason()).isEqualTo("returned: Điểm môn Toán chưa khớp sổ điểm.");
		});
		assertThat(management.history(hoa)).extracting(RecordAudit::getField, RecordAudit::getNewValue,
				RecordAudit::getStaffId)
			.contains(tuple(RecordField.RETURN_REASON, "Điểm môn Toán chưa khớp sổ điểm.", principal),
					tuple(RecordField.STATE, "DRAFT", principal));
		assertThat(approvals.signedRecord(hoa)).isEmpty();
		assertRefused(() -> approvals.approveClassAsTeacher(classId, teacher), "record.signature.notSignedByTeacher");
		assertRefused(() -> signatures.signAsTeacher(hoa), "record.signature.incomplete");
	}

	@Test
	void onlyTheClerkSubmitsAndOnlyWhatTheSchoolIssued() {

		long hoa = prepared("Nguyễn Thị Hoa");
		signatures.signClassAsTeacher(classId);
		approvals.approveClassAsTeacher(classId, teacher);

		assertRefused(() -> approvals.submitClass(classId, clerk), "record.signature.notIssued");
		signatures.signClassAsPrincipal(classId);
		approvals.approveClassAsPrincipal(classId, principal);
		assertRefused(() -> approvals.submitClass(classId, clerk), "record.signature.notIssued");
		signatures.issueClass(classId);
		assertRefused(() -> approvals.submitClass(classId, principal), "record.approval.notClerk");
		assertRefused(() -> approvals.submitClass(classId, staffId(org.schoolB.clerk)), "record.approval.notClerk");

		assertThat(approvals.submitClass(classId, clerk)).isEqualTo(1);

		assertThat(stateOf(hoa)).isEqualTo(RecordState.SUBMITTED);
		assertThat(stateHistory(hoa)).containsExactly(tuple("DRAFT", "SIGNED_BY_TEACHER", teacher),
				tuple("SIGNED_BY_TEACHER", "SIGNED_BY_PRINCIPAL", principal),
				tuple("SIGNED_BY_PRINCIPAL", "ISSUED", clerk), tuple("ISSUED", "SUBMITTED", clerk));
		assertThat(approvals.approvalsOf(hoa)).extracting(RecordApproval::getStep)
			.containsExactly(RecordApproval.Step.TEACHER, RecordApproval.Step.PRINCIPAL, RecordApproval.Step.ISSUE);
		assertThatExceptionOfType(RecordNotEditable.class).isThrownBy(() -> management.change(hoa,
				records.findById(hoa).orElseThrow().getVersion(), teacher, r -> r.remark("Sửa sau khi nộp")));
	}

	@Test
	void theRegistrysAnswerComesOnlyForSubmittedRecords() {

		long hoa = prepared("Nguyễn Thị Hoa");
		long binh = prepared("Trần Văn Bình");
		assertRefused(() -> approvals.markAccepted(hoa), "record.approval.wrongState");
		submitClass();

		assertRefused(() -> approvals.markRejected(binh, " "), "record.approval.reasonRequired");
		approvals.markAccepted(hoa);
		approvals.markRejected(binh, "Thiếu nhận xét môn Tiếng Việt.");
		assertRefused(() -> approvals.markRejected(hoa, "Lần hai"), "record.approval.wrongState");

		assertThat(stateOf(hoa)).isEqualTo(RecordState.ACCEPTED);
		YearRecord rejected = records.findById(binh).orElseThrow();
		assertThat(rejected.getState()).isEqualTo(RecordState.REJECTED);
		assertThat(rejected.getRejectionReasons()).isEqualTo("Thiếu nhận xét môn Tiếng Việt.");
		assertThat(approvals.approvalsOf(binh)).allSatisfy(approval -> assertThat(approval.isVoided()).isTrue());
		assertThat(stateHistory(hoa)).last().isEqualTo(tuple("SUBMITTED", "ACCEPTED", null));

		management.change(binh, rejected.getVersion(), teacher, r -> r.remark("Đã bổ sung nhận xét."));
		assertThat(stateOf(binh)).isEqualTo(RecordState.DRAFT);
		assertThat(approvals.classesNotAccepted(org.schoolA.id, org.yearId)).containsExactly(classId);
	}

	@Test
	void theCloseOffLocksTheAcceptedRecordsOfTheSchoolInOneStatement() {

		long hoa = prepared("Nguyễn Thị Hoa");
		long binh = prepared("Trần Văn Bình");
		submitClass();
		approvals.markAccepted(hoa);
		long other = jdbc.queryForObject("select count(*) from year_record where state = 'LOCKED'", Long.class);

		assertThat(approvals.lockAccepted(org.schoolA.id, org.yearId)).isEqualTo(1);

		assertThat(stateOf(hoa)).isEqualTo(RecordState.LOCKED);
		assertThat(records.findById(hoa).orElseThrow().getLockedAt()).isNotNull();
		assertThat(stateOf(binh)).isEqualTo(RecordState.SUBMITTED);
		assertThat(stateHistory(hoa)).last().isEqualTo(tuple("ACCEPTED", "LOCKED", null));
		assertThat(jdbc.queryForObject("select count(*) from year_record where state = 'LOCKED'", Long.class))
			.isEqualTo(other + 1);
		assertThat(approvals.classesNotAccepted(org.schoolA.id, org.yearId)).containsExactly(classId);
		approvals.markAccepted(binh);
		assertThat(approvals.classesNotAccepted(org.schoolA.id, org.yearId)).isEmpty();
		assertThat(approvals.lockAccepted(org.schoolA.id, org.yearId)).isEqualTo(1);
		assertThat(approvals.lockAccepted(org.schoolA.id, org.yearId)).isZero();
	}

	@Test
	void aClassWithAPupilWithoutARecordIsNotAccepted() {

		org.pupil(org.schoolA.class5a, "Hà Văn Khoa");

		assertThat(approvals.classesNotAccepted(org.schoolA.id, org.yearId)).containsExactly(org.schoolA.class5a);
		assertThat(approvals.classesNotAccepted(org.schoolB.id, org.yearId)).isEmpty();
	}

	@Test
	void theDatabaseRefusesEveryChangeToALockedRecordButTheRevocation() {

		long hoa = prepared("Nguyễn Thị Hoa");
		submitClass();
		approvals.markAccepted(hoa);
		approvals.lockAccepted(org.schoolA.id, org.yearId);

		assertSqlRefused("update year_record set teacher_remark = 'x' where id = ?", hoa);
		assertSqlRefused("update year_record set state = 'ACCEPTED' where id = ?", hoa);
		assertSqlRefused("update year_record set state = 'REVOKED', teacher_remark = 'x' where id = ?", hoa);
		assertSqlRefused("update year_record set state = 'REVOKED', lookup_code = gen_random_uuid() where id = ?", hoa);
		assertSqlRefused("update year_record set state = 'WITHDRAWN' where id = ?", hoa);
		assertSqlRefused("delete from year_record where id = ?", hoa);
		assertThat(stateOf(hoa)).isEqualTo(RecordState.LOCKED);

		assertThat(jdbc.update("update year_record set state = 'REVOKED', version = version + 1 where id = ?", hoa))
			.isEqualTo(1);
		assertThat(stateOf(hoa)).isEqualTo(RecordState.REVOKED);
		assertSqlRefused("update year_record set state = 'LOCKED' where id = ?", hoa);
		assertSqlRefused("update year_record set teacher_remark = 'x' where id = ?", hoa);
	}

	@Test
	void pupilsWhoDidNotCompleteTheGradeWaitForSupplementaryEvaluation() {

		long hoa = prepared("Nguyễn Thị Hoa");
		YearRecord binh = filled("Trần Văn Bình");
		management.change(binh.getId(), binh.getVersion(), teacher, r -> {
			r.recordGradeCompletion(false);
			r.recordPromotion(false);
		});

		assertRefused(() -> approvals.holdForSupplementary(classId, clerk), "record.approval.notHomeroomTeacher");
		assertThat(approvals.holdForSupplementary(classId, teacher)).containsExactly(binh.getId());
		assertThat(approvals.holdForSupplementary(classId, teacher)).containsExactly(binh.getId());
		assertThat(signatures.signClassAsTeacher(classId)).isEqualTo(1);
		assertThat(approvals.approveClassAsTeacher(classId, teacher)).isEqualTo(1);
		assertThat(stateOf(binh.getId())).isEqualTo(RecordState.DRAFT);
		assertRefused(() -> approvals.recordSupplementaryResult(hoa, teacher, true, "x"), "record.approval.notHeld");

		// Completing after the review promotes the pupil at once; the principal's decision then changes nothing.
		approvals.recordSupplementaryResult(binh.getId(), teacher, true, "Đạt yêu cầu sau kì ôn tập hè.");
		assertRefused(() -> approvals.decidePromotion(binh.getId(), teacher, true, null), "record.approval.notBoard");
		assertRefused(() -> approvals.decidePromotion(binh.getId(), principal, false, ""),
				"record.approval.reasonRequired");
		approvals.decidePromotion(binh.getId(), principal, true, null);

		YearRecord evaluated = records.findById(binh.getId()).orElseThrow();
		assertThat(evaluated.getCompletedGrade()).isTrue();
		assertThat(evaluated.getPromoted()).isTrue();
		assertThat(evaluated.getSupplementaryNote()).isEqualTo("Đạt yêu cầu sau kì ôn tập hè.");
		assertThat(management.history(binh.getId())).extracting(RecordAudit::getField, RecordAudit::getStaffId)
			.contains(tuple(RecordField.HELD_FOR_SUPPLEMENTARY, teacher), tuple(RecordField.COMPLETED_GRADE, teacher),
					tuple(RecordField.PROMOTED, teacher));
		approvals.completePreparationOf(binh.getId(), teacher);
		assertRefused(() -> approvals.approveAsTeacher(binh.getId(), teacher), "record.signature.notSignedByTeacher");
		signatures.signAsTeacher(binh.getId());
		approvals.approveAsTeacher(binh.getId(), teacher);
		assertRefused(() -> approvals.submit(binh.getId(), clerk), "record.signature.notIssued");
		signatures.signAsPrincipal(binh.getId());
		approvals.approveAsPrincipal(binh.getId(), principal);
		signatures.issue(binh.getId());
		approvals.submit(binh.getId(), clerk);
		assertThat(stateOf(binh.getId())).isEqualTo(RecordState.SUBMITTED);
	}

	@Test
	void oneRecordIsReturnedWithAReasonAndOnlyFromAnApprovedState() {

		long hoa = prepared("Nguyễn Thị Hoa");

		assertRefused(() -> approvals.returnRecord(hoa, principal, "Sai"), "record.approval.wrongState");
		assertRefused(() -> approvals.approveAsPrincipal(hoa, principal), "record.signature.notSignedByPrincipal");
		signatures.signAsTeacher(hoa);
		approvals.approveAsTeacher(hoa, teacher);
		assertRefused(() -> approvals.returnRecord(hoa, principal, ""), "record.approval.reasonRequired");
		approvals.returnRecord(hoa, principal, "Thiếu chữ kí phụ huynh.");

		assertThat(stateOf(hoa)).isEqualTo(RecordState.DRAFT);
		assertRefused(() -> approvals.approveAsTeacher(hoa, teacher), "record.signature.notSignedByTeacher");
	}

	private void submitClass() {
		signatures.signClassAsTeacher(classId);
		approvals.approveClassAsTeacher(classId, teacher);
		signatures.signClassAsPrincipal(classId);
		approvals.approveClassAsPrincipal(classId, principal);
		signatures.issueClass(classId);
		approvals.submitClass(classId, clerk);
	}

	private void assertSqlRefused(String sql, long recordId) {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> jdbc.update(sql, recordId));
	}

}
