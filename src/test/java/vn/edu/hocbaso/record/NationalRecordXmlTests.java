package vn.edu.hocbaso.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.edu.hocbaso.record.NationalRecordXml.InvalidNationalXml;

class NationalRecordXmlTests {

	private static final ZoneOffset ICT = ZoneOffset.ofHours(7);

	@ParameterizedTest(name = "grade {0}")
	@ValueSource(ints = { 1, 2, 3, 4, 5 })
	void writesAValidRecordOfEveryGradeAndReadsItBackEqual(int grade) {

		NationalRecord record = national(SampleRecords.complete(grade));

		byte[] xml = NationalRecordXml.write(record);

		assertThatNoException().isThrownBy(() -> NationalRecordXml.validate(xml));
		assertThat(NationalRecordXml.read(xml)).isEqualTo(record);
	}

	@Test
	void writesTheSubjectsOfTheGradeAndLeavesOptionalCompetenciesOutInGradeTwo() {

		String xml = text(national(SampleRecords.complete(2)));

		assertThat(xml).contains("<MA_MON_HOC>TNXH</MA_MON_HOC>", "<TEN_MON_HOC>Tự nhiên và Xã hội</TEN_MON_HOC>",
				"<NANG_LUC_GIAO_TIEP_HOC_TAC>T</NANG_LUC_GIAO_TIEP_HOC_TAC>")
			.doesNotContain("NANG_LUC_TIN_HOC", "NANG_LUC_CONG_NGHE", "<MA_MON_HOC>KH</MA_MON_HOC>",
					"DA_HOAN_THANH_CHUONG_TRINH_TIEU_HOC", "HO_VA_TEN_CHA");
	}

	@Test
	void usesThePublishedTagNamesTyposIncluded() {

		String xml = text(national(SampleRecords.complete(4)));

		assertThat(xml).contains("<HOC_BA>", "<DU_LIEU_HOC_BA Id=\"HB-", "<THONG_TIN_CHUNG>", "<QUA_TRINH_HOC_TAP>",
				"<TONG_KET>", "<DANH_SACH_THONG_TIN_KY/>", "<THONG_SO_BUOI_NGHI_KHONG_PHEP>0<",
				"<TONG_SO_BUOI_NGHI_CO_PHEP>2<", "<MA_TRA_CUU_UUID>", "<KET_QUA_XEP_LOAI>HTXS<",
				"<DIEM_KIEM_TRA_DINH_KY>9<", "<MUC_DAT_DUOC>T<");
	}

	@Test
	void namesTheDataForTheSignaturesAndReadsARecordWrittenWithoutTheName() {

		NationalRecord record = national(SampleRecords.complete(4));
		String xml = text(record);
		String unnamed = xml.replaceFirst("<DU_LIEU_HOC_BA Id=\"[^\"]*\">", "<DU_LIEU_HOC_BA>");

		assertThat(xml).contains("<DU_LIEU_HOC_BA Id=\"HB-" + record.header().lookupCode() + "\">");
		assertThat(unnamed).doesNotContain(" Id=");
		assertThat(NationalRecordXml.read(unnamed.getBytes(StandardCharsets.UTF_8))).isEqualTo(record);
		assertThatNoException().isThrownBy(() -> validate(unnamed));
		// xs:ID: a name, which may not start with a digit
		assertThatExceptionOfType(InvalidNationalXml.class).isThrownBy(() -> validate(xml.replace("Id=\"HB-",
				"Id=\"1HB-")));
	}

	@Test
	void writesDatesInIsoAtTheOffsetOfVietnam() {

		String xml = text(national(SampleRecords.complete(3)));

		assertThat(xml).contains("<NGAY_SINH>2018-03-01T00:00:00+07:00</NGAY_SINH>",
				"<NGAY_TAO_HOC_BA>2027-05-25T08:30:00+07:00</NGAY_TAO_HOC_BA>",
				"<NGAY_KY_PHAT_HANH_HOC_BA>2027-05-31T01:00:00+07:00</NGAY_KY_PHAT_HANH_HOC_BA>");
	}

	@Test
	void keepsVietnameseTextInNfcAndEscapesMarkup() {

		YearRecord record = SampleRecords.complete(4);
		record.remark(Normalizer.normalize("Em tiến bộ <rõ rệt> & chăm ngoan.", Normalizer.Form.NFD));
		NationalRecord national = national(record);

		byte[] xml = NationalRecordXml.write(national);
		String text = new String(xml, StandardCharsets.UTF_8);

		assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"")
			.contains("<NHAN_XET_GVCN>Em tiến bộ &lt;rõ rệt&gt; &amp; chăm ngoan.</NHAN_XET_GVCN>")
			.contains("<HO_VA_TEN>Nguyễn Thị Ánh Dương</HO_VA_TEN>");
		assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
		assertThat(NationalRecordXml.read(xml).summary().teacherRemark())
			.isEqualTo("Em tiến bộ <rõ rệt> & chăm ngoan.");
	}

	@Test
	void refusesADocumentWithoutAMandatoryElement() {

		String xml = text(national(SampleRecords.complete(4)));
		String withoutRemark = xml.replaceAll("\\s*<NHAN_XET_GVCN>[^<]*</NHAN_XET_GVCN>", "");

		assertThatExceptionOfType(InvalidNationalXml.class)
			.isThrownBy(() -> NationalRecordXml.validate(withoutRemark.getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining("BANG_DIEM");
	}

	@Test
	void refusesElementsOutOfOrderAndCodesOutsideTheLists() {

		String xml = text(national(SampleRecords.complete(4)));

		assertThatExceptionOfType(InvalidNationalXml.class).isThrownBy(() -> validate(
				xml.replace("<KET_QUA_XEP_LOAI>HTXS</KET_QUA_XEP_LOAI>", "<KET_QUA_XEP_LOAI>GIOI</KET_QUA_XEP_LOAI>")));
		assertThatExceptionOfType(InvalidNationalXml.class)
			.isThrownBy(() -> validate(xml.replace("<MUC_DAT_DUOC>T<", "<MUC_DAT_DUOC>Đ<")));
		assertThatExceptionOfType(InvalidNationalXml.class)
			.isThrownBy(() -> validate(xml.replace("<DIEM_KIEM_TRA_DINH_KY>9<", "<DIEM_KIEM_TRA_DINH_KY>8.5<")));
		String versionAfterCircular = xml.replace("<PHIEN_BAN>1.0</PHIEN_BAN>", "")
			.replace("</THONG_TU>", "</THONG_TU><PHIEN_BAN>1.0</PHIEN_BAN>");
		assertThatExceptionOfType(InvalidNationalXml.class).isThrownBy(() -> validate(versionAfterCircular));
	}

	@Test
	void readsDatesWrittenAsDayMonthYear() {

		String xml = text(national(SampleRecords.complete(1)))
			.replace("2018-03-01T00:00:00+07:00", "01/03/2018");

		assertThat(NationalRecordXml.read(xml.getBytes(StandardCharsets.UTF_8)).pupil().birthDate())
			.isEqualTo(LocalDate.of(2018, 3, 1));
	}

	@Test
	void refusesADocumentWithADocumentType() {

		String xml = "<?xml version=\"1.0\"?><!DOCTYPE HOC_BA [<!ENTITY x \"y\">]><HOC_BA>&x;</HOC_BA>";

		assertThatExceptionOfType(InvalidNationalXml.class)
			.isThrownBy(() -> NationalRecordXml.read(xml.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void writesTheCompletionInTheWordsOfTheTemplate() {

		YearRecord fifth = SampleRecords.complete(5);
		YearRecord third = SampleRecords.complete(3);
		third.recordGradeCompletion(false);

		assertThat(NationalRecords.completionText(fifth)).isEqualTo("Hoàn thành chương trình tiểu học");
		assertThat(NationalRecords.completionText(third)).isEqualTo("Chưa hoàn thành chương trình lớp 3");
	}

	private static void validate(String xml) {
		NationalRecordXml.validate(xml.getBytes(StandardCharsets.UTF_8));
	}

	private static String text(NationalRecord record) {
		return new String(NationalRecordXml.write(record), StandardCharsets.UTF_8);
	}

	static NationalRecord national(YearRecord record) {

		NationalRecord.School school = new NationalRecord.School("01", "Sở Giáo dục và Đào tạo Hà Nội", "01234567",
				"Trường Tiểu học Nguyễn Du", "Quận Hoàn Kiếm", "Phường Hàng Bạc", "Thành phố Hà Nội");
		NationalRecord.PupilDetails pupil = new NationalRecord.PupilDetails("DB-2023-015", "Nguyễn Thị Ánh Dương",
				SampleRecords.PERSONAL_ID, "0100012345", "Nữ", LocalDate.of(2018, 3, 1), null, null, null, null,
				"Hà Nội", "Nam Định", "Số 5 phố Hàng Bạc, Hà Nội", "Kinh", "Việt Nam", null, "Trần Thị Mai", null);
		NationalRecord.Issue issue = new NationalRecord.Issue("Lê Văn Hùng", "001075009876", "Hiệu trưởng", "Hà Nội",
				OffsetDateTime.of(2027, 5, 25, 8, 30, 0, 0, ICT), OffsetDateTime.of(2027, 5, 30, 18, 0, 0, 0,
						ZoneOffset.UTC),
				"Phạm Thu Hà", "001180004321");
		List<NationalRecord.StudyYear> history = List.of(
				new NationalRecord.StudyYear("2026-2027", record.getGrade() + "A", "Trường Tiểu học Nguyễn Du",
						LocalDate.of(2026, 9, 5)));

		NationalRecord national = NationalRecords.from(record, new NationalRecords.Context("2026-2027",
				record.getGrade() + "A", school, pupil, issue, history));

		return sameInstantsAsWritten(national);
	}

	/** Instants read back at +07:00, as written; the test's own UTC instant is moved there first. */
	private static NationalRecord sameInstantsAsWritten(NationalRecord national) {
		NationalRecord.Issue issue = national.issue();
		NationalRecord.Issue ict = new NationalRecord.Issue(issue.principalName(), issue.principalPersonalId(),
				issue.principalPosition(), issue.place(), issue.createdAt(),
				issue.issuedAt().withOffsetSameInstant(ICT), issue.homeroomTeacherName(),
				issue.homeroomTeacherPersonalId());
		return new NationalRecord(national.header(), national.school(), national.pupil(), ict, national.classYear(),
				national.history(), national.summary(), national.subjects(), national.traits(),
				national.qualityComment(), national.generalCompetencyComment(), national.specificCompetencyComment());
	}

}
