package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.signing.CertificateAuthority;
import vn.edu.hocbaso.signing.CertificateRole;
import vn.edu.hocbaso.signing.SampleRecordFiles;
import vn.edu.hocbaso.signing.ServerKeySigner;
import vn.edu.hocbaso.system.OwnerDatabase;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The registry's intake as a school system uses it: signed records of enrolled pupils, sent in a signed
 * national transaction, are stored byte for byte and answered per record; a retry stores nothing twice; every
 * bad transaction is refused with its code and stores nothing; every bad record is rejected with its reason
 * while the good ones of the same transaction are stored; and the database refuses changes to a locked record.
 */
@WebIntegrationTest
class RegistryIntakeIT {

	@Autowired
	RegistryIntake intake;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	ServerKeySigner signer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OwnerDatabase owner;

	@Autowired
	PasswordEncoder encoder;

	OrganisationFixture org;

	RegistrySchool schoolA;

	int year;

	@BeforeEach
	void organisation() {
		org = new OrganisationFixture(jdbc, encoder);
		schoolA = school(org.schoolA, true);
		year = schoolA.year;
	}

	@Test
	void storesAcceptedRecordsByteForByteAndAnswersPerRecord() throws Exception {

		byte[] first = schoolA.signedRecord(schoolA.pupil("Nguyễn Thị Ánh Dương"));
		byte[] second = schoolA.signedRecord(schoolA.pupil("Trần Văn Bình"));
		TransactionRequest request = schoolA.transaction("msg-" + UUID.randomUUID(), first, second);

		TransactionResponse response = intake.submit(request);

		assertThat(response.error()).isEmpty();
		assertThat(response.responseDescription()).isEqualTo("Đã nhận 2 học bạ: 2 được chấp nhận, 0 bị từ chối.");
		assertThat(response.records()).extracting(RecordStatus::status).containsExactly(1, 1);
		assertThat(response.records()).extracting(RecordStatus::lookupCode)
			.containsExactly(lookupCode(first).toString(), lookupCode(second).toString());
		for (byte[] file : List.of(first, second)) {
			RegistryRecord stored = intake.find(lookupCode(file)).orElseThrow();
			byte[] sent = RecordList.withoutDeclaration(file);
			assertThat(stored.xml()).isEqualTo(sent);
			assertThat(stored.sha256()).isEqualTo(HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(sent)));
			assertThat(stored.status()).isEqualTo(RegistryRecordStatus.ACCEPTED);
			assertThat(stored.schoolId()).isEqualTo(org.schoolA.id);
			assertThat(stored.schoolYearId()).isEqualTo(org.yearId);
			assertThat(stored.pupilId()).isNotNull();
		}
		// the stored bytes are exactly a piece of what the school sent
		byte[] decoded = TransactionContent.decode(request.content());
		assertThat(indexOf(decoded, intake.find(lookupCode(second)).orElseThrow().xml())).isPositive();
		assertThat(intake.query(List.of(lookupCode(first), UUID.randomUUID()))).extracting(RecordStatus::status,
				RecordStatus::error)
			.containsExactly(tuple(1, null),
					tuple(0, "UNKNOWN_LOOKUP_CODE"));
	}

	@Test
	void aRetriedTransactionGetsTheSameAnswerAndStoresNothingTwice() {

		byte[] record = schoolA.signedRecord(schoolA.pupil("Lê Thu Hà"));
		String messageId = "msg-" + UUID.randomUUID();
		TransactionRequest request = schoolA.transaction(messageId, record);

		TransactionResponse first = intake.submit(request);
		TransactionResponse retry = intake.submit(request);

		assertThat(retry).isEqualTo(first);
		assertThat(intake.query(messageId)).contains(first);
		assertThat(stored(org.schoolA.id)).isEqualTo(1);
		assertThat(transactions(org.schoolA.id)).isEqualTo(1);

		// the same message id from another school is not this school's answer
		RegistrySchool schoolB = school(org.schoolB, true);
		TransactionResponse taken = intake.submit(schoolB.transaction(messageId,
				schoolB.signedRecord(schoolB.pupil("Phan Văn Tú"))));
		assertThat(taken.error()).isEqualTo("MESSAGE_ID_TAKEN");
		assertThat(stored(org.schoolB.id)).isZero();
	}

	@Test
	void refusesEachBadTransactionWithItsCodeAndStoresNothing() throws Exception {

		byte[] record = schoolA.signedRecord(schoolA.pupil("Vũ Minh Khoa"));
		byte[] list = RecordList.of(List.of(record));
		String good = TransactionContent.encode(list);

		assertRefused(schoolA.signed(schoolA.envelope(), "A".repeat(TransactionContent.MAX_BYTES + 1)),
				"CONTENT_TOO_LARGE", "Giao dịch vượt quá dung lượng cho phép");
		assertRefused(schoolA.signed(schoolA.envelope(), Base64.getEncoder()
			.encodeToString(prefixed(list.length, "not gzip at all".getBytes(StandardCharsets.UTF_8)))),
				"CONTENT_NOT_GZIP", "không phải dữ liệu nén gzip");
		assertRefused(schoolA.signed(schoolA.envelope(), Base64.getEncoder()
			.encodeToString(prefixed(list.length + 1, gzip(list)))), "CONTENT_LENGTH_MISMATCH",
				"Độ dài khai báo");
		assertRefused(schoolA.signed(schoolA.envelope(), "@@@ không phải Base64 @@@"), "CONTENT_NOT_BASE64",
				"không phải chuỗi Base64");
		assertRefused(TransactionRequest.of(schoolA.envelope(), new String(list, StandardCharsets.UTF_8)),
				"SIGNATURE_MISSING", "chưa có chữ ký số");
		TransactionRequest signed = schoolA.signed(schoolA.envelope(), good);
		assertRefused(new TransactionRequest(signed.authenticationRequest(),
				TransactionContent.encode(RecordList.of(List.of(record, record))), signed.signature()),
				"SIGNATURE_INVALID", "không hợp lệ");
		assertRefused(new TransactionRequest(AuthenticationRequest.of(schoolA.code, year,
				signed.messageId() + "x", TransactionType.SUBMIT), good, signed.signature()), "SIGNATURE_INVALID",
				"không hợp lệ");

		// an envelope for school A signed with school B's approved issue certificate
		RegistrySchool schoolB = school(org.schoolB, true);
		TransactionRequest asA = TransactionRequest.of(schoolA.envelope(), new String(list, StandardCharsets.UTF_8));
		assertRefused(TransactionSignature.sign(asA, schoolB.issueKey.key(), schoolB.issueKey.certificate()),
				"SIGNATURE_NOT_APPROVED", "không được ký bằng chứng thư số phát hành của trường");

		assertRefused(schoolA.signed(schoolA.envelope(), TransactionContent.encode("<HOC_BA/>")), "NOT_A_LIST",
				"không phải danh sách học bạ");
		assertRefused(schoolA.signed(schoolA.envelope(), TransactionContent
			.encode("<DANH_SACH_HOC_BA><!-- <HOC_BA> --></DANH_SACH_HOC_BA>")), "EMPTY_LIST", "không có học bạ");
		assertRefused(schoolA.signed(AuthenticationRequest.of(schoolA.code, year, "msg-" + UUID.randomUUID(),
				TransactionType.QUERY_SUBMISSION), good), "WRONG_TYPE", "gửi nhầm chức năng");

		assertThat(stored(org.schoolA.id)).isZero();
		assertThat(transactions(org.schoolA.id)).isZero();
	}

	@Test
	void refusesATransactionSignedWithAnIssueCertificateTheDepartmentHasNotApproved() {

		RegistrySchool unapproved = school(org.schoolB, false);

		TransactionResponse response = intake.submit(unapproved.transaction("msg-" + UUID.randomUUID(),
				unapproved.record(unapproved.pupil("Hoàng Gia Bảo"))));

		assertThat(response.error()).isEqualTo("SIGNATURE_NOT_APPROVED");
		assertThat(transactions(org.schoolB.id)).isZero();
	}

	@Test
	void rejectsBadRecordsWithTheirReasonsAndStoresTheGoodOnes() {

		byte[] good = schoolA.signedRecord(schoolA.pupil("Đỗ Thị Lan"));
		byte[] unsignedByTheSchool = schoolA.signedUpTo(schoolA.record(schoolA.pupil("Mai Văn Nam")),
				CertificateRole.PRINCIPAL);
		byte[] tampered = new String(schoolA.signedRecord(schoolA.pupil("Ngô Bảo Châu")), StandardCharsets.UTF_8)
			.replace("Em ngoan", "Em giỏi")
			.getBytes(StandardCharsets.UTF_8);
		RegistrySchool schoolB = school(org.schoolB, true);
		byte[] notEnrolledHere = schoolA.signedRecord(schoolB.pupil("Lý Thường Kiệt"));

		TransactionResponse response = intake.submit(schoolA.transaction("msg-" + UUID.randomUUID(), good,
				unsignedByTheSchool, tampered, notEnrolledHere));

		assertThat(response.error()).isEmpty();
		assertThat(response.records()).extracting(RecordStatus::status, RecordStatus::error).containsExactly(
				tuple(1, null),
				tuple(0, "SIGNATURES"),
				tuple(0, "SIGNATURES"),
				tuple(0, "PUPIL_NOT_ENROLLED"));
		assertThat(response.records().get(1).errorDescription()).contains("Thiếu chữ ký KY_PHAT_HANH");
		assertThat(response.records().get(2).errorDescription()).contains("Chữ ký GVCN không hợp lệ");
		assertThat(stored(org.schoolA.id)).isEqualTo(1);
		assertThat(intake.find(lookupCode(good))).isPresent();

		// school B sends a record school A signed: not its record, and not its issue certificate
		TransactionResponse fromB = intake.submit(schoolB.transaction("msg-" + UUID.randomUUID(),
				schoolA.signedRecord(schoolA.pupil("Trịnh Công Sơn"))));
		assertThat(fromB.records()).extracting(RecordStatus::error).containsExactly("OTHER_SCHOOL");
		assertThat(stored(org.schoolB.id)).isZero();
	}

	@Test
	void rejectsALookupCodeAlreadyUsedInTheRegistryOrTwiceInOneTransaction() {

		byte[] record = schoolA.signedRecord(schoolA.pupil("Bùi Xuân Phái"));
		intake.submit(schoolA.transaction("msg-" + UUID.randomUUID(), record));

		TransactionResponse again = intake.submit(schoolA.transaction("msg-" + UUID.randomUUID(), record));
		byte[] other = schoolA.signedRecord(schoolA.pupil("Tô Ngọc Vân"));
		TransactionResponse twice = intake.submit(schoolA.transaction("msg-" + UUID.randomUUID(), other, other));

		assertThat(again.records()).extracting(RecordStatus::error).containsExactly("LOOKUP_CODE_USED");
		assertThat(again.records().get(0).errorDescription()).contains(lookupCode(record).toString())
			.contains("đã được dùng");
		assertThat(twice.records()).extracting(RecordStatus::status).containsExactly(1, 0);
		assertThat(stored(org.schoolA.id)).isEqualTo(2);
	}

	/**
	 * The trigger of V70, as the owner of the schema, for whom it is the only guard (the application's role is
	 * refused before it reaches the trigger: RegistryImmutabilityIT).
	 */
	@Test
	void theDatabaseRefusesToChangeALockedRecordExceptItsRevocation() {

		JdbcTemplate ownerJdbc = new JdbcTemplate(owner.dataSource());
		byte[] record = schoolA.signedRecord(schoolA.pupil("Nguyễn Du"));
		intake.submit(schoolA.transaction("msg-" + UUID.randomUUID(), record));
		UUID code = lookupCode(record);

		assertSqlRefused("update registry_record set xml = ? where lookup_code = ?", "x".getBytes(), code);
		assertThat(ownerJdbc.update("update registry_record set status = 'LOCKED', locked_at = now() where lookup_code = ?",
				code)).isEqualTo(1);

		assertSqlRefused("update registry_record set sha256 = ? where lookup_code = ?", "0".repeat(64), code);
		assertSqlRefused("update registry_record set status = 'WITHDRAWN' where lookup_code = ?", code);
		assertSqlRefused("update registry_record set status = 'REVOKED', pupil_id = null where lookup_code = ?",
				code);
		assertSqlRefused("delete from registry_record where lookup_code = ?", code);
		assertThat(ownerJdbc.update("update registry_record set status = 'REVOKED' where lookup_code = ?", code))
			.isEqualTo(1);
		assertSqlRefused("update registry_record set status = 'LOCKED' where lookup_code = ?", code);
		assertThat(intake.find(code).orElseThrow().xml()).isEqualTo(RecordList.withoutDeclaration(record));
	}

	private RegistrySchool school(OrganisationFixture.SchoolFixture fixture, boolean approved) {
		return new RegistrySchool(org, fixture, approved, authority, signer, jdbc);
	}

	private void assertSqlRefused(String sql, Object... arguments) {
		JdbcTemplate ownerJdbc = new JdbcTemplate(owner.dataSource());
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> ownerJdbc.update(sql, arguments));
	}

	private void assertRefused(TransactionRequest request, String code, String text) {
		TransactionResponse response = intake.submit(request);
		assertThat(response.error()).as(code).isEqualTo(code);
		assertThat(response.errorDescription()).as(code).contains(text);
		assertThat(response.records()).isNull();
	}

	private int stored(long schoolId) {
		return jdbc.queryForObject("select count(*) from registry_record where school_id = ?", Integer.class,
				schoolId);
	}

	private int transactions(long schoolId) {
		return jdbc.queryForObject("select count(*) from registry_transaction where school_id = ?", Integer.class,
				schoolId);
	}

	private static UUID lookupCode(byte[] record) {
		return SampleRecordFiles.lookupCode(record);
	}

	private static byte[] prefixed(int declared, byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(declared).array());
		out.writeBytes(data);
		return out.toByteArray();
	}

	private static byte[] gzip(byte[] data) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(data);
		}
		return out.toByteArray();
	}

	private static int indexOf(byte[] bytes, byte[] part) {
		for (int i = 0; i <= bytes.length - part.length; i++) {
			if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
				return i;
			}
		}
		return -1;
	}

}
