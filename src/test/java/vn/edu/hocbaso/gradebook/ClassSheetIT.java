package vn.edu.hocbaso.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

import vn.edu.hocbaso.record.Subject;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.record.YearRecordRepository;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebClient;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The class sheet goes out as XLSX or CSV and comes back: changed cells reach the records, a file with any wrong
 * row or column changes nothing and says where, and the file just downloaded changes nothing at all.
 */
@WebIntegrationTest
class ClassSheetIT {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String MATH_SCORE = "subject.TOAN.score";

	private static final String VIETNAMESE_SCORE = "subject.TV.score";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	YearRecordRepository records;

	@LocalServerPort
	int port;

	OrganisationFixture org;

	String teacher;

	long classId;

	long an;

	long binh;

	@BeforeEach
	void createClass() {
		org = new OrganisationFixture(jdbc, encoder);
		teacher = org.schoolA.homeroomTeacher;
		classId = org.schoolA.class4a;
		an = org.pupil(classId, "Lê Văn An");
		binh = org.pupil(classId, "Nguyễn Thị Bình");
	}

	@Test
	void importsTheScoresChangedInAnExportedWorkbook() throws Exception {

		byte[] sheet = exportXlsx(teacher);
		sheet = setCells(sheet, new Edit(rowOf(sheet, an), MATH_SCORE, 9), new Edit(rowOf(sheet, binh),
				VIETNAMESE_SCORE, "7"));
		MockHttpServletResponse response = importFile(teacher, "lop.xlsx", sheet);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(page(response)).contains("Toán – Điểm KTĐK", "Tiếng Việt – Điểm KTĐK");
		assertThat(record(an).subjectResult(Subject.TOAN).score()).isEqualTo(9);
		assertThat(record(binh).subjectResult(Subject.TV).score()).isEqualTo(7);
		assertThat(record(an).subjectResult(Subject.TV).score()).isNull();
	}

	@Test
	void servesAsTheGradesTemplateWithThePupilsFilledIn() throws Exception {

		byte[] sheet = exportXlsx(teacher);

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
			Row row = workbook.getSheetAt(0).getRow(rowOf(sheet, an) - 1);
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Lê Văn An");
			assertThat(row.getLastCellNum()).isEqualTo((short) 5);
			assertThat(workbook.getSheetAt(0).getRow(1).getLastCellNum())
				.isEqualTo((short) ClassSheetLayout.of(4).keys().size());
		}
	}

	@Test
	void refusesARowWhoseRecordChangedSinceTheDownload() throws Exception {

		byte[] sheet = exportXlsx(teacher);
		int row = rowOf(sheet, an);
		assertThat(importFile(teacher, "lop.xlsx", setCells(sheet, new Edit(row, MATH_SCORE, 9))).getStatus())
			.isEqualTo(200);

		MockHttpServletResponse late = importFile(teacher, "lop.xlsx", setCells(sheet, new Edit(row, MATH_SCORE, 6)));

		assertRefused(late, "Dòng " + row + ": học bạ đã được sửa sau khi tải tệp này");
		assertThat(record(an).subjectResult(Subject.TOAN).score()).isEqualTo(9);
	}

	@Test
	void reimportOfTheUnchangedExportChangesNothing() throws Exception {

		byte[] first = setCells(exportXlsx(teacher), new Edit(rowOf(exportXlsx(teacher), an), MATH_SCORE, 8));
		assertThat(importFile(teacher, "lop.xlsx", first).getStatus()).isEqualTo(200);
		byte[] sheet = exportXlsx(teacher);
		long audits = auditRows();
		List<Long> versions = versions();

		MockHttpServletResponse xlsx = importFile(teacher, "lop.xlsx", sheet);
		MockHttpServletResponse csv = importFile(teacher, "lop.csv", exportCsv(teacher));

		assertThat(xlsx.getStatus()).isEqualTo(200);
		assertThat(page(xlsx)).contains("0 học bạ được cập nhật");
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(auditRows()).isEqualTo(audits);
		assertThat(versions()).isEqualTo(versions);
	}

	@Test
	void oneBadRowChangesNothingAndIsNamedByRowAndColumn() throws Exception {

		byte[] sheet = exportXlsx(teacher);
		int badRow = rowOf(sheet, binh);
		sheet = setCells(sheet, new Edit(rowOf(sheet, an), MATH_SCORE, 9), new Edit(badRow, MATH_SCORE, "8.5"));
		long audits = auditRows();

		MockHttpServletResponse response = importFile(teacher, "lop.xlsx", sheet);

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(page(response))
			.contains("Dòng " + badRow + ", cột Toán – Điểm KTĐK: Điểm kiểm tra định kì là số nguyên");
		assertThat(record(an).subjectResult(Subject.TOAN).score()).isNull();
		assertThat(auditRows()).isEqualTo(audits);
	}

	@Test
	void namesEveryBadScoreAndLevel() throws Exception {

		byte[] sheet = exportXlsx(teacher);
		int row = rowOf(sheet, an);
		sheet = setCells(sheet, new Edit(row, MATH_SCORE, "abc"), new Edit(row, VIETNAMESE_SCORE, 11),
				new Edit(row, "subject.KH.score", -1), new Edit(row, "subject.LSDL.score", "10/10"),
				new Edit(row, "subject.TOAN.level", "Tốt"), new Edit(row, "trait.YEU_NUOC", "Hoàn thành"),
				new Edit(row, "subject.TV.level", "X"));

		String page = page(importFile(teacher, "lop.xlsx", sheet));

		assertThat(page).contains("Dòng " + row + ", cột Toán – Điểm KTĐK: Điểm kiểm tra phải là một số nguyên",
				"cột Tiếng Việt – Điểm KTĐK: Điểm kiểm tra phải từ 0 đến 10",
				"cột Khoa học – Điểm KTĐK: Điểm kiểm tra phải từ 0 đến 10",
				"cột Lịch sử và Địa lí – Điểm KTĐK: Chỉ ghi điểm, không ghi dạng phân số",
				"cột Toán – Mức đạt được: Đây là mức của phẩm chất",
				"cột Phẩm chất – Yêu nước: Đây là mức của môn học",
				"cột Tiếng Việt – Mức đạt được: Mức đạt được của môn học ghi T");
		assertThat(record(an).subjectResult(Subject.TOAN).level()).isNull();
	}

	@Test
	void acceptsScoresWithSpacesAndLevelsAsWords() throws Exception {

		byte[] sheet = exportXlsx(teacher);
		int row = rowOf(sheet, an);
		sheet = setCells(sheet, new Edit(row, MATH_SCORE, " 8 "),
				new Edit(row, "subject.TOAN.level", "hoàn thành tốt"), new Edit(row, "trait.YEU_NUOC", "đạt"));

		assertThat(importFile(teacher, "lop.xlsx", sheet).getStatus()).isEqualTo(200);
		YearRecord record = record(an);
		assertThat(record.subjectResult(Subject.TOAN).score()).isEqualTo(8);
		assertThat(record.subjectResult(Subject.TOAN).level().code()).isEqualTo("T");
		assertThat(record.traitLevels().values()).extracting(level -> level.code()).containsExactly("Đ");
	}

	@Test
	void refusesAMissingColumn() throws Exception {

		byte[] sheet = exportXlsx(teacher);
		sheet = clearColumn(sheet, MATH_SCORE);

		assertRefused(importFile(teacher, "lop.xlsx", sheet), "Thiếu cột \"Toán – Điểm KTĐK\"");
	}

	@Test
	void refusesAnUnknownColumn() throws Exception {

		byte[] sheet = exportXlsx(teacher);
		sheet = addColumn(sheet, "Ghi chú", "note");

		assertRefused(importFile(teacher, "lop.xlsx", sheet), "Cột \"Ghi chú (note)\" không có trong bảng điểm");
	}

	@Test
	void refusesMergedCells() throws Exception {

		byte[] sheet = exportXlsx(teacher);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
			workbook.getSheetAt(0).addMergedRegion(new CellRangeAddress(2, 3, 10, 10));
			sheet = bytes(workbook);
		}

		assertRefused(importFile(teacher, "lop.xlsx", sheet), "Tệp có ô gộp (K3:K4)");
	}

	@Test
	void refusesAPupilOfAnotherClassAndTheSamePupilTwice() throws Exception {

		long other = org.pupil(org.schoolA.class5a, "Trần Văn Cường");
		byte[] sheet = exportXlsx(teacher);
		int anRow = rowOf(sheet, an);
		int binhRow = rowOf(sheet, binh);
		String otherCode = code(other);
		sheet = setCells(sheet, new Edit(anRow, MATH_SCORE, 9), new Edit(binhRow, "pupil.code", code(an)),
				new Edit(binhRow, "pupil.name", "Lê Văn An"));
		byte[] stranger = setCells(sheet, new Edit(binhRow, "pupil.code", otherCode),
				new Edit(binhRow, "pupil.name", "Trần Văn Cường"));

		assertRefused(importFile(teacher, "lop.xlsx", sheet),
				"Dòng " + binhRow + ": học sinh có mã " + code(an) + " đã có ở dòng " + anRow);
		assertRefused(importFile(teacher, "lop.xlsx", stranger),
				"Dòng " + binhRow + ": học sinh có mã " + otherCode + " không thuộc lớp này");
		assertThat(record(an).subjectResult(Subject.TOAN).score()).isNull();
	}

	@Test
	void refusesAFileOverTenMegabytes() throws Exception {

		byte[] huge = new byte[30 * 1024 * 1024];
		new Random(1).nextBytes(huge);

		assertRefused(importFile(teacher, "lop.xlsx", huge), "Tệp lớn hơn 10 MB");
	}

	@Test
	void answersAThirtyMegabyteUploadToTheRealServerWithItsOwnMessage() throws Exception {

		var client = new WebClient(port);
		client.login(teacher, OrganisationFixture.PASSWORD);
		String form = client.get("/classes/" + classId + "/import").body();

		HttpResponse<String> response = upload(client, form, new byte[30 * 1024 * 1024]);

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(HtmlUtils.htmlUnescape(response.body())).contains("Tệp lớn hơn 10 MB");
	}

	@Test
	void refusesWhatIsNotASpreadsheet() throws Exception {

		byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] garbage = new byte[4096];
		new Random(7).nextBytes(garbage);
		byte[] brokenZip = "PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.ISO_8859_1);

		for (byte[] file : List.of(pdf, garbage, brokenZip)) {
			assertRefused(importFile(teacher, "lop.xlsx", file), "Tệp không phải bảng tính");
		}
	}

	@Test
	void listsPupilsInTheClassGridsVietnameseOrder() throws Exception {

		// Names whose order by enrolment, by code point and by family name all differ from the Vietnamese one.
		List<String> given = List.of("Vũ Văn Yên", "Đỗ Thị Anh", "Ánh Lê", "Lê Minh Bảo", "Đinh Trung Đức");
		List<Long> ids = jdbc.queryForList("select pupil_id from enrolment where class_id = ? and left_on is null "
				+ "order by pupil_id", Long.class, classId);
		for (int i = 0; i < ids.size() && i < given.size(); i++) {
			jdbc.update("update pupil set full_name = ? where id = ?", given.get(i), ids.get(i));
		}

		String csv = new String(exportCsv(teacher), StandardCharsets.UTF_8).substring(1);
		List<String> names = new ArrayList<>();
		try (var parser = CSVParser.parse(csv, CSVFormat.EXCEL)) {
			parser.getRecords().stream().skip(2).forEach(row -> names.add(row.get(2)));
		}

		assertThat(names).hasSizeGreaterThan(1).isSortedAccordingTo(vn.edu.hocbaso.organisation.VietnameseOrder.NAMES);
	}

	@Test
	void keepsVietnameseTextInACsvRoundTrip() throws Exception {

		String comment = "Em đọc to, rõ ràng; viết chữ đẹp hơn, \"chăm chỉ\"";
		String csv = new String(exportCsv(teacher), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFSTT,Mã học sinh,Họ và tên");
		String decomposed = Normalizer.normalize(comment, Normalizer.Form.NFD);
		byte[] changed = setCsvCell(csv, code(an), "subject.TV.comment", decomposed);

		MockHttpServletResponse response = importFile(teacher, "lop.csv", changed);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(record(an).subjectResult(Subject.TV).comment()).isEqualTo(comment);
		assertThat(new String(exportCsv(teacher), StandardCharsets.UTF_8)).contains(csvQuoted(comment));
	}

	@Test
	void refusesTeachersOfOtherClasses() throws Exception {

		String stranger = org.schoolB.homeroomTeacher;
		byte[] sheet = exportXlsx(teacher);

		assertThat(get(stranger, "/classes/" + classId + "/export.xlsx").getStatus()).isEqualTo(403);
		assertThat(get(stranger, "/classes/" + classId + "/export.csv").getStatus()).isEqualTo(403);
		assertThat(get(stranger, "/classes/" + classId + "/import").getStatus()).isEqualTo(403);
		assertThat(importFile(stranger, "lop.xlsx", sheet).getStatus()).isEqualTo(403);
		assertThat(importFile(org.schoolA.subjectTeacher, "lop.xlsx", sheet).getStatus()).isEqualTo(403);
	}

	@Test
	void letsTheSchoolBoardDownloadButNotImport() throws Exception {

		String principal = org.schoolA.principal;
		byte[] sheet = exportXlsx(principal);

		assertThat(sheet).isNotEmpty();
		assertThat(get(principal, "/classes/" + classId + "/import").getStatus()).isEqualTo(403);
		assertThat(importFile(principal, "lop.xlsx", sheet).getStatus()).isEqualTo(403);
	}

	@Test
	void letsASubjectTeacherChangeOnlyHerSubject() throws Exception {

		jdbc.update("""
				insert into staff_role (staff_id, role, school_id, class_id, subject_code)
				select staff_id, 'SUBJECT_TEACHER', ?, ?, 'TOAN' from account where username = ?""", org.schoolA.id,
				classId, org.schoolA.subjectTeacher);
		String mathTeacher = org.schoolA.subjectTeacher;
		byte[] sheet = exportXlsx(mathTeacher);
		int row = rowOf(sheet, an);

		byte[] outside = setCells(sheet, new Edit(row, MATH_SCORE, 9), new Edit(row, VIETNAMESE_SCORE, 9));
		assertRefused(importFile(mathTeacher, "lop.xlsx", outside),
				"Dòng " + row + ", cột Tiếng Việt – Điểm KTĐK: bạn không phụ trách cột này");
		byte[] own = setCells(sheet, new Edit(row, MATH_SCORE, 9));
		assertThat(importFile(mathTeacher, "lop.xlsx", own).getStatus()).isEqualTo(200);
		assertThat(record(an).subjectResult(Subject.TOAN).score()).isEqualTo(9);
	}

	@Test
	void showsTheUploadFormToTheHomeroomTeacher() throws Exception {

		MockHttpServletResponse page = get(teacher, "/classes/" + classId + "/import");

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page(page)).contains("enctype=\"multipart/form-data\"", "name=\"_csrf\"",
				"/classes/" + classId + "/export.xlsx");
	}

	private void assertRefused(MockHttpServletResponse response, String message) throws Exception {
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(page(response)).contains(message);
	}

	private static String page(MockHttpServletResponse response) throws Exception {
		return HtmlUtils.htmlUnescape(response.getContentAsString());
	}

	private byte[] exportXlsx(String username) throws Exception {
		MockHttpServletResponse response = get(username, "/classes/" + classId + "/export.xlsx");
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsByteArray();
	}

	private byte[] exportCsv(String username) throws Exception {
		MockHttpServletResponse response = get(username, "/classes/" + classId + "/export.csv");
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsByteArray();
	}

	private MockHttpServletResponse get(String username, String path) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path).with(user(users.loadUserByUsername(username))))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse importFile(String username, String name, byte[] content) throws Exception {
		var file = new MockMultipartFile("file", name, "application/octet-stream", content);
		return mvc.perform(multipart("/classes/" + classId + "/import").file(file)
			.with(user(users.loadUserByUsername(username)))
			.with(csrf())).andReturn().getResponse();
	}

	/** Posts a file as the browser's form does, CSRF token first, to the server on its port. */
	private HttpResponse<String> upload(WebClient client, String form, byte[] content) throws Exception {

		Matcher token = CSRF_FIELD.matcher(form);
		assertThat(token.find()).isTrue();
		String boundary = "----hocbaso" + System.nanoTime();
		var body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
				+ token.group(1) + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
				+ "filename=\"lop.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/classes/" + classId
				+ "/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	private YearRecord record(long pupilId) {
		return records.findByPupilIdAndSchoolYearId(pupilId, org.yearId).orElseThrow();
	}

	private String code(long pupilId) {
		return jdbc.queryForObject("select ministry_code from pupil where id = ?", String.class, pupilId);
	}

	private long auditRows() {
		return jdbc.queryForObject("select count(*) from record_audit a join year_record r on r.id = a.record_id "
				+ "where r.class_id = ?", Long.class, classId);
	}

	private List<Long> versions() {
		return jdbc.queryForList("select version from year_record where class_id = ? order by id", Long.class,
				classId);
	}

	private static byte[] setCsvCell(String csv, String code, String key, String value) throws IOException {

		List<List<String>> rows = new ArrayList<>();
		try (var parser = CSVParser.parse(csv.substring(1), CSVFormat.EXCEL)) {
			parser.forEach(record -> rows.add(new ArrayList<>(record.toList())));
		}
		int column = rows.get(1).indexOf(key);
		rows.stream().filter(row -> row.get(1).equals(code)).forEach(row -> row.set(column, value));

		var out = new StringBuilder("\uFEFF");
		try (var printer = new CSVPrinter(out, CSVFormat.EXCEL)) {
			printer.printRecords(rows);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String csvQuoted(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	/** The row number (1-based, as the spreadsheet shows it) of a pupil. */
	private int rowOf(byte[] sheet, long pupilId) throws IOException {
		String code = code(pupilId);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
			for (Row row : workbook.getSheetAt(0)) {
				Cell cell = row.getCell(column(workbook.getSheetAt(0), "pupil.code"));
				if (cell != null && code.equals(cell.getStringCellValue())) {
					return row.getRowNum() + 1;
				}
			}
		}
		throw new IllegalStateException("No row for pupil " + pupilId);
	}

	private static byte[] setCells(byte[] sheet, Edit... edits) throws IOException {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
			Sheet first = workbook.getSheetAt(0);
			for (Edit edit : edits) {
				Cell cell = first.getRow(edit.row() - 1).createCell(column(first, edit.key()));
				if (edit.value() instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else {
					cell.setCellValue(edit.value().toString());
				}
			}
			return bytes(workbook);
		}
	}

	private static byte[] clearColumn(byte[] sheet, String key) throws IOException {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
			Sheet first = workbook.getSheetAt(0);
			int column = column(first, key);
			for (Row row : first) {
				if (row.getCell(column) != null) {
					row.removeCell(row.getCell(column));
				}
			}
			return bytes(workbook);
		}
	}

	private static byte[] addColumn(byte[] sheet, String header, String key) throws IOException {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
			Sheet first = workbook.getSheetAt(0);
			int column = first.getRow(0).getLastCellNum();
			first.getRow(0).createCell(column).setCellValue(header);
			first.getRow(1).createCell(column).setCellValue(key);
			return bytes(workbook);
		}
	}

	private static int column(Sheet sheet, String key) {
		for (Cell cell : sheet.getRow(1)) {
			if (key.equals(cell.getStringCellValue())) {
				return cell.getColumnIndex();
			}
		}
		throw new IllegalArgumentException("No column " + key);
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		var out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	record Edit(int row, String key, Object value) {
	}

}
