package vn.edu.hocbaso.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.edu.hocbaso.signing.CertificateRole;
import vn.edu.hocbaso.signing.ServerKeySigner;
import vn.edu.hocbaso.signing.SignatureRequest;
import vn.edu.hocbaso.testing.TestSignatures;

/**
 * The record side of the signatures (issue 5): what each step signs, who may sign it and when, the signed XML
 * kept byte for byte with its SHA-256, a signature refused when the record changed meanwhile or the XML is of
 * another record, an edit that voids the signatures and says why, and the class steps that confirm the signatures.
 */
class RecordSignaturesIT extends RecordStepsTestSupport {

	@Autowired
	ServerKeySigner signer;

	@Test
	void theTeacherSignsAFreshFormThatNamesThePrincipalAndTheTeacher() {

		long hoa = prepared("Nguyễn Thị Hoa");

		DocumentToSign document = approvals.documentToSign(hoa, RecordApproval.Step.TEACHER, teacher);

		YearRecord record = records.findById(hoa).orElseThrow();
		NationalRecord form = NationalRecordXml.read(document.xml());
		assertThat(document.version()).isEqualTo(record.getVersion());
		assertThat(document.step()).isEqualTo(RecordApproval.Step.TEACHER);
		assertThat(form.header().lookupCode()).isEqualTo(record.getLookupCode());
		assertThat(form.issue().principalPersonalId()).isEqualTo(personalIdOf(principal)).isNotNull();
		assertThat(form.issue().homeroomTeacherPersonalId()).isEqualTo(personalIdOf(teacher)).isNotNull();
	}

	@Test
	void theSignedXmlIsKeptByteForByteWithItsDigestCertificateAndVersion() throws Exception {

		long hoa = prepared("Nguyễn Thị Hoa");
		long certificateId = signatures.certificateFor(classId, RecordApproval.Step.TEACHER, teacher);
		DocumentToSign document = approvals.documentToSign(hoa, RecordApproval.Step.TEACHER, teacher);
		byte[] signed = sign(document, CertificateRole.TEACHER, certificateId, teacher);

		approvals.recordSignature(document, teacher, certificateId, signed);

		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(signed));
		assertThat(stateOf(hoa)).isEqualTo(RecordState.SIGNED_BY_TEACHER);
		assertThat(approvals.approvalsOf(hoa)).singleElement().satisfies(approval -> {
			assertThat(approval.getStep()).isEqualTo(RecordApproval.Step.TEACHER);
			assertThat(approval.getStaffId()).isEqualTo(teacher);
			assertThat(approval.getSignedXml()).isEqualTo(signed);
			assertThat(approval.getXmlSha256()).isEqualTo(sha256);
			assertThat(approval.getCertificateId()).isEqualTo(certificateId);
			assertThat(approval.getSignedVersion()).isEqualTo(document.version());
		});
		assertThat(approvals.signedRecord(hoa)).hasValueSatisfying(record -> {
			assertThat(record.xml()).isEqualTo(signed);
			assertThat(record.sha256()).isEqualTo(sha256);
			assertThat(record.step()).isEqualTo(RecordApproval.Step.TEACHER);
		});
		assertThat(jdbc.queryForObject("select xml_sha256 from record_approval where record_id = ?", String.class,
				hoa)).isEqualTo(sha256);
		assertThat(stateHistory(hoa)).containsExactly(tuple("DRAFT", "SIGNED_BY_TEACHER", teacher));
	}

	@Test
	void thePrincipalAndTheSchoolSignTheXmlTheStepBeforeStored() {

		long hoa = prepared("Nguyễn Thị Hoa");
		signatures.signAsTeacher(hoa);
		byte[] teachers = approvals.signedRecord(hoa).orElseThrow().xml();

		DocumentToSign forPrincipal = approvals.documentToSign(hoa, RecordApproval.Step.PRINCIPAL, principal);
		assertThat(forPrincipal.xml()).isEqualTo(teachers);
		signatures.signAsPrincipal(hoa);
		byte[] principals = approvals.signedRecord(hoa).orElseThrow().xml();

		DocumentToSign forIssue = approvals.documentToSign(hoa, RecordApproval.Step.ISSUE, clerk);
		assertThat(forIssue.xml()).isEqualTo(principals);
		signatures.issue(hoa);

		assertThat(stateOf(hoa)).isEqualTo(RecordState.ISSUED);
		assertThat(approvals.signedRecord(hoa)).hasValueSatisfying(
				record -> assertThat(record.step()).isEqualTo(RecordApproval.Step.ISSUE));
		assertThat(stateHistory(hoa)).containsExactly(tuple("DRAFT", "SIGNED_BY_TEACHER", teacher),
				tuple("SIGNED_BY_TEACHER", "SIGNED_BY_PRINCIPAL", principal),
				tuple("SIGNED_BY_PRINCIPAL", "ISSUED", clerk));
		long version = records.findById(hoa).orElseThrow().getVersion();
		assertThatExceptionOfType(RecordNotEditable.class)
			.isThrownBy(() -> management.change(hoa, version, teacher, r -> r.remark("Sửa sau khi ký phát hành")));
		assertThat(approvals.approvalsOf(hoa)).noneMatch(RecordApproval::isVoided);
	}

	@Test
	void eachStepIsSignedOnlyByItsPersonFromItsState() {

		long hoa = prepared("Nguyễn Thị Hoa");
		long notComplete = filled("Lê Văn Chưa Xong").getId();

		assertRefused(() -> approvals.documentToSign(hoa, RecordApproval.Step.TEACHER, principal),
				"record.approval.notHomeroomTeacher");
		assertRefused(() -> approvals.documentToSign(hoa, RecordApproval.Step.TEACHER,
				staffId(org.schoolB.homeroomTeacher)), "record.approval.notHomeroomTeacher");
		assertRefused(() -> approvals.documentToSign(hoa, RecordApproval.Step.PRINCIPAL, teacher),
				"record.approval.notBoard");
		assertRefused(() -> approvals.documentToSign(hoa, RecordApproval.Step.ISSUE, principal),
				"record.approval.notClerk");
		assertThat(assertRefused(() -> approvals.documentToSign(hoa, RecordApproval.Step.PRINCIPAL, principal),
				"record.signature.notSignedByTeacher").getArguments()).containsExactly("Nguyễn Thị Hoa");
		assertRefused(() -> approvals.documentToSign(hoa, RecordApproval.Step.ISSUE, clerk),
				"record.signature.notSignedByPrincipal");
		ApprovalRefused incomplete = assertRefused(
				() -> approvals.documentToSign(notComplete, RecordApproval.Step.TEACHER, teacher),
				"record.signature.incomplete");
		assertThat(messages.getMessage(incomplete, Locale.forLanguageTag("vi"))).contains("Lê Văn Chưa Xong");

		signatures.signAsTeacher(hoa);
		assertRefused(() -> approvals.documentToSign(hoa, RecordApproval.Step.TEACHER, teacher),
				"record.signature.wrongState");
		assertThat(approvals.approvalsOf(hoa)).hasSize(1);
		assertThat(approvals.approvalsOf(notComplete)).isEmpty();
	}

	@Test
	void aSignatureOfARecordThatChangedMeanwhileIsRefusedAndChangesNothing() {

		long hoa = prepared("Nguyễn Thị Hoa");
		long certificateId = signatures.certificateFor(classId, RecordApproval.Step.TEACHER, teacher);
		DocumentToSign document = approvals.documentToSign(hoa, RecordApproval.Step.TEACHER, teacher);
		byte[] signed = sign(document, CertificateRole.TEACHER, certificateId, teacher);
		YearRecord before = records.findById(hoa).orElseThrow();
		management.change(hoa, before.getVersion(), teacher, r -> r.remark("Em chăm ngoan, tiến bộ rõ."));
		YearRecord edited = records.findById(hoa).orElseThrow();

		ApprovalRefused refused = assertRefused(
				() -> approvals.recordSignature(document, teacher, certificateId, signed), "record.signature.changed");

		assertThat(refused.getArguments()).containsExactly("Nguyễn Thị Hoa");
		YearRecord after = records.findById(hoa).orElseThrow();
		assertThat(after.getVersion()).isEqualTo(edited.getVersion());
		assertThat(after.getState()).isEqualTo(RecordState.DRAFT);
		assertThat(approvals.approvalsOf(hoa)).isEmpty();
		assertThat(approvals.signedRecord(hoa)).isEmpty();
	}

	@Test
	void theSignedXmlOfAnotherRecordIsNeverStored() {

		long hoa = prepared("Nguyễn Thị Hoa");
		long binh = prepared("Trần Văn Bình");
		long certificateId = signatures.certificateFor(classId, RecordApproval.Step.TEACHER, teacher);
		DocumentToSign ofHoa = approvals.documentToSign(hoa, RecordApproval.Step.TEACHER, teacher);
		DocumentToSign ofBinh = approvals.documentToSign(binh, RecordApproval.Step.TEACHER, teacher);
		byte[] hoasSigned = sign(ofHoa, CertificateRole.TEACHER, certificateId, teacher);

		ApprovalRefused refused = assertRefused(
				() -> approvals.recordSignature(ofBinh, teacher, certificateId, hoasSigned),
				"record.signature.otherRecord");
		assertRefused(() -> approvals.recordSignature(ofBinh, teacher, certificateId, "<garbage".getBytes()),
				"record.signature.unreadable");

		assertThat(refused.getArguments()).containsExactly("Trần Văn Bình");
		assertThat(stateOf(binh)).isEqualTo(RecordState.DRAFT);
		assertThat(approvals.approvalsOf(binh)).isEmpty();
	}

	@Test
	void anEditAfterTheTeachersSignatureVoidsItReturnsTheRecordAndSaysWhy() {

		long hoa = prepared("Nguyễn Thị Hoa");
		long binh = prepared("Trần Văn Bình");
		signatures.signClassAsTeacher(classId);

		YearRecord signed = records.findById(binh).orElseThrow();
		management.change(binh, signed.getVersion(), teacher, r -> r.remark("Em chăm ngoan, tiến bộ."));

		assertThat(stateOf(binh)).isEqualTo(RecordState.DRAFT);
		assertThat(approvals.signedRecord(binh)).isEmpty();
		assertThat(approvals.approvalsOf(binh)).singleElement().satisfies(approval -> {
			assertThat(approval.isVoided()).isTrue();
			assertThat(approval.getVoidReason()).contains("teacherRemark");
		});
		assertThat(management.history(binh)).filteredOn(row -> row.getField().equals(RecordField.SIGNATURES))
			.singleElement().satisfies(row -> {
				assertThat(row.getOldValue()).isEqualTo("TEACHER");
				assertThat(row.getNewValue()).contains("signatures voided").contains("teacherRemark");
				assertThat(row.getStaffId()).isEqualTo(teacher);
			});
		ApprovalRefused refused = assertRefused(() -> approvals.approveClassAsTeacher(classId, teacher),
				"record.signature.notSignedByTeacher");
		assertThat(refused.getArguments()).containsExactly("Trần Văn Bình");
		assertThat(stateOf(hoa)).isEqualTo(RecordState.SIGNED_BY_TEACHER);
	}

	@Test
	void theClassStepsConfirmTheSignaturesAndNameThePupilsWithout() {

		long hoa = prepared("Nguyễn Thị Hoa");
		long binh = prepared("Trần Văn Bình");

		ApprovalRefused unsigned = assertRefused(() -> approvals.approveClassAsTeacher(classId, teacher),
				"record.signature.notSignedByTeacher");
		assertThat(unsigned.getArguments()).containsExactly("Nguyễn Thị Hoa, Trần Văn Bình");
		assertThat(messages.getMessage(unsigned, Locale.forLanguageTag("vi"))).contains("chưa được giáo viên chủ "
				+ "nhiệm ký");

		signatures.signAsTeacher(hoa);
		assertThat(assertRefused(() -> approvals.approveClassAsTeacher(classId, teacher),
				"record.signature.notSignedByTeacher").getArguments()).containsExactly("Trần Văn Bình");
		signatures.signAsTeacher(binh);
		assertThat(approvals.approveClassAsTeacher(classId, teacher)).isEqualTo(2);
		assertThat(stateOf(hoa)).isEqualTo(RecordState.SIGNED_BY_TEACHER);

		assertThat(assertRefused(() -> approvals.approveClassAsPrincipal(classId, principal),
				"record.signature.notSignedByPrincipal").getArguments())
			.containsExactly("Nguyễn Thị Hoa, Trần Văn Bình");
		signatures.signClassAsPrincipal(classId);
		assertThat(approvals.approveClassAsPrincipal(classId, principal)).isEqualTo(2);

		assertThat(assertRefused(() -> approvals.submitClass(classId, clerk), "record.signature.notIssued")
			.getArguments()).containsExactly("Nguyễn Thị Hoa, Trần Văn Bình");
		signatures.issueClass(classId);
		assertThat(approvals.submitClass(classId, clerk)).isEqualTo(2);
		assertThat(stateOf(hoa)).isEqualTo(RecordState.SUBMITTED);
		assertThat(stateHistory(binh)).last().isEqualTo(tuple("ISSUED", "SUBMITTED", clerk));
	}

	@Test
	void aSchoolWithoutABoardMemberCannotNameTheSigningManager() {

		long pupilId = org.pupil(org.schoolB.class4a, "Hà Văn Khoa");
		long teacherB = staffId(org.schoolB.homeroomTeacher);
		YearRecord opened = management.open(pupilId, org.schoolB.class4a, teacherB);
		YearRecord filled = management.change(opened.getId(), opened.getVersion(), teacherB, SampleRecords::complete);
		long khoa = management.markComplete(filled.getId(), filled.getVersion(), teacherB).getId();
		jdbc.update("delete from staff_role where school_id = ? and role in ('PRINCIPAL', 'VICE_PRINCIPAL')",
				org.schoolB.id);

		ApprovalRefused refused = assertRefused(
				() -> approvals.documentToSign(khoa, RecordApproval.Step.TEACHER, teacherB),
				"record.signature.noBoard");

		assertThat(messages.getMessage(refused, Locale.forLanguageTag("vi"))).contains("hiệu trưởng");
	}

	private byte[] sign(DocumentToSign document, CertificateRole role, long certificateId, long holder) {
		return signer.sign(new SignatureRequest(document.xml(), role, certificateId, holder,
				TestSignatures.PASSWORD.toCharArray())).xml();
	}

	private String personalIdOf(long staffId) {
		return jdbc.queryForObject("select personal_id from staff where id = ?", String.class, staffId);
	}

}
