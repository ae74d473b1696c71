package vn.edu.hocbaso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathValidatorException;
import java.security.cert.X509CRL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.record.NationalForms;
import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.record.Subject;
import vn.edu.hocbaso.record.SubjectLevel;
import vn.edu.hocbaso.record.Trait;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.testing.OrganisationFixture;

/**
 * A stored record of a school's class 4A, written as the national XML, signed on the server by its homeroom
 * teacher, its principal and the school, then checked by others: the JDK's XML signature API and PKIX validator
 * alone (no verifier of this project), and Debian's xmlsec1 with the authority's root as the only trusted
 * certificate. One changed character is then found and the broken signatures named; a signature pasted from
 * another record is refused.
 */
@SpringBootTest
class SigningIndependentVerificationIT {

	private static final char[] PASSWORD = "Mat-khau-2027".toCharArray();

	private static final String PUPIL = "Nguyễn Thị Ánh Dương";

	@Autowired
	CertificateAuthority authority;

	@Autowired
	ServerKeySigner serverKey;

	@Autowired
	RecordVerification verification;

	@Autowired
	RecordManagement management;

	@Autowired
	NationalForms forms;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	OrganisationFixture org;

	long teacherId;

	long principalId;

	SigningCertificate teacher;

	SigningCertificate principal;

	SigningCertificate school;

	@BeforeEach
	void aSchoolWithItsThreeCertificates() {
		org = new OrganisationFixture(jdbc, encoder);
		teacherId = org.staffId(org.schoolA.homeroomTeacher);
		principalId = org.staffId(org.schoolA.principal);
		teacher = authority.issueForStaff(teacherId, CertificateRole.TEACHER, PASSWORD);
		principal = authority.issueForStaff(principalId, CertificateRole.PRINCIPAL, PASSWORD);
		school = authority.requestSchoolCertificate(org.schoolA.id, PASSWORD);
		authority.approveRegistration(school.getId());
	}

	@Test
	void threeSignaturesOfAStoredRecordHoldForTheJdkAloneAndForXmlsec1(@TempDir Path dir) throws Exception {

		byte[] unsigned = nationalXml(PUPIL);
		byte[] signed = signThrice(unsigned);

		assertThat(new String(unsigned, StandardCharsets.UTF_8)).contains("<DU_LIEU_HOC_BA Id=\"HB-");
		assertThat(verification.verify(signed).valid()).isTrue();

		List<IndependentCheck.Checked> checked = IndependentCheck.signatures(signed);
		assertThat(checked).extracting(IndependentCheck.Checked::toString)
			.containsExactly("GVCN:true", "CBQL:true", "KY_PHAT_HANH:true");
		X509CRL crl = authority.crl();
		for (IndependentCheck.Checked signature : checked) {
			OffsetDateTime at = OffsetDateTime.parse(signature.signingTime());
			assertThatNoException().as(signature.block())
				.isThrownBy(() -> IndependentCheck.chainsTo(signature.certificate(), authority.rootCertificate(), crl,
						at));
		}
		assertThat(checked.get(0).certificate()).isEqualTo(teacher.certificate());
		assertThat(checked.get(2).certificate()).isEqualTo(school.certificate());
		authority.revoke(principal.getId(), RevocationReason.KEY_COMPROMISE);
		X509CRL later = authority.crl();
		assertThatExceptionOfType(CertPathValidatorException.class).as("the CRL is consulted")
			.isThrownBy(() -> IndependentCheck.chainsTo(checked.get(1).certificate(), authority.rootCertificate(),
					later, OffsetDateTime.now().plusMinutes(1)));

		SigningXmlTests.Xmlsec1.assumeInstalled();
		Path record = Files.write(dir.resolve("hoc-ba.xml"), signed);
		Path root = Files.writeString(dir.resolve("root.pem"), SigningXmlTests.pem(authority.rootCertificate()));
		for (CertificateRole role : CertificateRole.values()) {
			assertThat(SigningXmlTests.Xmlsec1.verify(record, root, role.block())).as(role.block()).contains("OK");
		}
		Path changed = Files.write(dir.resolve("changed.xml"), flipInPupilName(signed));
		assertThat(SigningXmlTests.Xmlsec1.verify(changed, root, "CBQL")).contains("FAIL");
	}

	@Test
	void oneCharacterOfThePupilsNameBreaksAndNamesAllThreeSignatures() throws Exception {

		byte[] tampered = flipInPupilName(signThrice(nationalXml(PUPIL)));

		VerificationResult result = verification.verify(tampered);

		SigningXmlTests.assertAllThreeBroken(result, tampered);
	}

	@Test
	void oneCharacterOfASubjectLevelBreaksAllThreeSignatures() {

		String signed = new String(signThrice(nationalXml(PUPIL)), StandardCharsets.UTF_8);
		String tampered = signed.replace("<MUC_DAT_DUOC>H</MUC_DAT_DUOC>", "<MUC_DAT_DUOC>T</MUC_DAT_DUOC>");

		assertThat(tampered).isNotEqualTo(signed);
		assertThat(verification.verify(tampered.getBytes(StandardCharsets.UTF_8)).failedBlocks())
			.containsExactly("GVCN", "CBQL", "KY_PHAT_HANH");
	}

	@Test
	void oneCharacterOfThePrincipalsSigningTimeBreaksOnlyThePrincipalsSignature() {

		String signed = new String(signThrice(nationalXml(PUPIL)), StandardCharsets.UTF_8);
		int block = signed.indexOf("<CBQL><NGAY_KY>") + "<CBQL><NGAY_KY>".length();
		char digit = signed.charAt(block + 3);
		String tampered = signed.substring(0, block + 3) + (digit == '9' ? '8' : (char) (digit + 1))
				+ signed.substring(block + 4);

		VerificationResult result = verification.verify(tampered.getBytes(StandardCharsets.UTF_8));

		assertThat(result.failedBlocks()).containsExactly("CBQL");
		assertThat(result.signatures().get(1).findings())
			.containsExactly(Finding.of("signing.verify.noSigningTime", "CBQL"));
	}

	@Test
	void aSignaturePastedFromAnotherRecordIsNamedBrokenEvenWithTheOtherRecordsId() {

		String first = new String(signAsTeacher(nationalXml(PUPIL)), StandardCharsets.UTF_8);
		String second = new String(nationalXml("Trần Văn Bình"), StandardCharsets.UTF_8);
		String block = first.substring(first.indexOf("<GVCN>"), first.indexOf("</GVCN>") + "</GVCN>".length());
		String replayed = second.replace("<DANH_SACH_THONG_TIN_KY/>",
				"<DANH_SACH_THONG_TIN_KY>" + block + "</DANH_SACH_THONG_TIN_KY>");
		String renamed = replayed.replace(dataId(second), dataId(first));

		assertThat(replayed).contains("<GVCN><NGAY_KY>").doesNotContain("Id=\"" + dataId(first) + "\"");
		for (String record : List.of(replayed, renamed)) {
			VerificationResult result = verification.verify(record.getBytes(StandardCharsets.UTF_8));
			assertThat(result.failedBlocks()).contains("GVCN");
			assertThat(result.signatures().get(0).findings()).contains(Finding.of("signing.verify.broken", "GVCN"));
		}
	}

	private byte[] signThrice(byte[] xml) {
		byte[] once = signAsTeacher(xml);
		byte[] twice = sign(once, CertificateRole.PRINCIPAL, principal, principalId);
		return sign(twice, CertificateRole.SCHOOL_ISSUE, school, org.schoolA.id);
	}

	private byte[] signAsTeacher(byte[] xml) {
		return sign(xml, CertificateRole.TEACHER, teacher, teacherId);
	}

	private byte[] sign(byte[] xml, CertificateRole role, SigningCertificate certificate, long holder) {
		return serverKey.sign(new SignatureRequest(xml, role, certificate.getId(), holder, PASSWORD)).xml();
	}

	/** The national XML of a pupil of 4A whose record the homeroom teacher has filled in, as the demo's are. */
	private byte[] nationalXml(String pupilName) {

		long pupilId = org.pupil(org.schoolA.class4a, pupilName);
		YearRecord opened = management.open(pupilId, org.schoolA.class4a, teacherId);
		management.change(opened.getId(), opened.getVersion(), teacherId, record -> {
			record.assessSubject(Subject.TV, SubjectLevel.COMPLETED);
			record.recordScore(Subject.TV, 8);
			record.assessSubject(Subject.TOAN, SubjectLevel.COMPLETED_WELL);
			record.recordScore(Subject.TOAN, 9);
			record.commentBlock(Trait.Block.QUALITY, "Em lễ phép, chăm chỉ.");
			record.recordHeight(new BigDecimal("128.5"));
			record.remark("Em ngoan, học giỏi.");
		});

		return forms.xml(opened.getId(), principalId, OffsetDateTime.now(ZoneOffset.ofHours(7)));
	}

	/** One character of the pupil's name inside DU_LIEU_HOC_BA: "Dương" becomes "Dưong". */
	private static byte[] flipInPupilName(byte[] signed) {
		String text = new String(signed, StandardCharsets.UTF_8);
		String tampered = text.replace("<HO_VA_TEN>" + PUPIL + "<", "<HO_VA_TEN>" + PUPIL.replace("ơ", "o") + "<");
		assertThat(tampered).isNotEqualTo(text);
		return tampered.getBytes(StandardCharsets.UTF_8);
	}

	/** The Id attribute's value of DU_LIEU_HOC_BA. */
	private static String dataId(String xml) {
		int start = xml.indexOf("<DU_LIEU_HOC_BA Id=\"") + "<DU_LIEU_HOC_BA Id=\"".length();
		return xml.substring(start, xml.indexOf('"', start));
	}

}
