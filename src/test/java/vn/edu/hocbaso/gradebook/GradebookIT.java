package vn.edu.hocbaso.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.edu.hocbaso.record.GradeMatrix;
import vn.edu.hocbaso.record.OverallResult;
import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.record.Subject;
import vn.edu.hocbaso.record.SubjectLevel;
import vn.edu.hocbaso.record.Trait;
import vn.edu.hocbaso.record.TraitLevel;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.TestSignatures;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The class grid of a grade-4 class: the homeroom teacher saves what is valid and gets back what is not, with
 * its message; a subject teacher changes her subject only; a stale row is refused while the others are saved.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradebookIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	RecordManagement records;

	@Autowired
	TestSignatures signatures;

	OrganisationFixture org;

	long classId;

	long binh;

	long anh;

	long anhAcute;

	long chi;

	String mathsTeacher;

	long teacherId;

	@BeforeAll
	void createClass() {
		org = new OrganisationFixture(jdbc, encoder);
		classId = org.schoolA.class4a;
		binh = org.pupil(classId, "Nguyễn Văn Bình");
		anhAcute = org.pupil(classId, "Lê Ánh");
		anh = org.pupil(classId, "Trần Thị Anh");
		chi = org.pupil(classId, "Phạm Thị Chi");
		// The fixture's subject teacher teaches English in 5A; here she teaches Mathematics in 4A.
		mathsTeacher = org.schoolA.subjectTeacher;
		teacherId = jdbc.queryForObject("select staff_id from account where username = ?", Long.class,
				org.schoolA.homeroomTeacher);
		jdbc.update("update staff_role set class_id = ?, subject_code = 'TOAN' "
				+ "where staff_id = (select staff_id from account where username = ?)", classId, mathsTeacher);
	}

	@Test
	void opensTheRecordsAndListsPupilsInVietnameseNameOrder() throws Exception {

		String page = page(org.schoolA.homeroomTeacher);

		assertThat(jdbc.queryForObject("select count(*) from year_record where class_id = ?", Integer.class, classId))
			.isEqualTo(4);
		assertThat(page).containsSubsequence("Trần Thị Anh", "Lê Ánh", "Nguyễn Văn Bình", "Phạm Thị Chi");
		assertThat(page).contains("Chưa đánh giá mức đạt được.", "Tin học và Công nghệ (Tin học)", "Điểm KTĐK");
	}

	@Test
	void savesValidCellsAndKeepsRefusedOnesAsTypedWithTheirMessage() throws Exception {

		YearRecord record = record(binh);
		String remark = Normalizer.normalize("Em <b>chăm</b> ngoan & lễ phép.", Normalizer.Form.NFD);

		String page = save(org.schoolA.homeroomTeacher, record, Map.of("subject.TOAN.level", "t",
				"subject.TOAN.score", "8 ", "subject.TV.level", "Hoàn thành tốt", "subject.TV.score", "8.5",
				"subject.NN1.score", "abc", "subject.KH.score", "11", "height", "128,5", "teacherRemark", remark))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		YearRecord saved = record(binh);
		assertThat(saved.subjectResult(Subject.TOAN).level()).isEqualTo(SubjectLevel.COMPLETED_WELL);
		assertThat(saved.subjectResult(Subject.TOAN).score()).isEqualTo(8);
		assertThat(saved.subjectResult(Subject.TV).level()).isEqualTo(SubjectLevel.COMPLETED_WELL);
		assertThat(saved.subjectResult(Subject.TV).score()).isNull();
		assertThat(saved.subjectResult(Subject.NN1).score()).isNull();
		assertThat(saved.subjectResult(Subject.KH).score()).isNull();
		assertThat(saved.getHeight()).isEqualByComparingTo("128.5");
		assertThat(saved.getTeacherRemark()).isEqualTo(Normalizer.normalize(remark, Normalizer.Form.NFC));

		long id = record.getId();
		assertThat(page).contains(cell(id, "subject.TV.score", "8.5"), cell(id, "subject.NN1.score", "abc"),
				cell(id, "subject.KH.score", "11"), cell(id, "subject.TOAN.score", "8"));
		assertThat(page).contains("Điểm kiểm tra định kì là số nguyên, không có phần thập phân",
				"Điểm kiểm tra phải là một số nguyên từ 0 đến 10.", "Điểm kiểm tra phải từ 0 đến 10.");
		assertThat(page).contains("id=\"grid-problems\"", "Em &lt;b&gt;chăm&lt;/b&gt; ngoan &amp; lễ phép.")
			.doesNotContain("<b>chăm</b>");
	}

	@Test
	void saysTheClassReturnsToPreparationWhenACheckedRecordIsChanged() throws Exception {

		YearRecord full = fill(chi);
		YearRecord checked = full.isComplete() ? full
				: records.markComplete(full.getId(), full.getVersion(), teacherId);

		MvcResult saved = save(org.schoolA.homeroomTeacher, checked,
				Map.of("teacherRemark", "Em tiến bộ rõ rệt, " + System.nanoTime() + "."))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String after = mvc.perform(as(org.schoolA.homeroomTeacher, get("/classes/{id}/grid", classId))
			.flashAttrs(saved.getFlashMap()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(after).contains("Đã lưu 1 hồ sơ.", "id=\"reopened\"", "lớp quay lại bước chuẩn bị");
		assertThat(record(chi).isComplete()).isFalse();
	}

	@Test
	void warnsBeforeASignedRecordIsChangedAndSaysItsSignaturesWereVoided() throws Exception {

		YearRecord full = fill(chi);
		YearRecord checked = full.isComplete() ? full
				: records.markComplete(full.getId(), full.getVersion(), teacherId);
		signatures.signAsTeacher(checked.getId());
		YearRecord signed = record(chi);

		assertThat(page(org.schoolA.homeroomTeacher)).contains("id=\"grid-signed-note\"",
				"id=\"signed-" + signed.getId() + "\"", "sẽ hủy các chữ ký số");

		MvcResult saved = save(org.schoolA.homeroomTeacher, signed, Map.of("height", "131"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String after = mvc.perform(as(org.schoolA.homeroomTeacher, get("/classes/{id}/grid", classId))
			.flashAttrs(saved.getFlashMap()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(after).contains("id=\"unsigned\"", "chữ ký số", "đã bị hủy", "quay lại bước chuẩn bị")
			.doesNotContain("id=\"reopened\"").doesNotContain("id=\"signed-" + signed.getId() + "\"");
		assertThat(record(chi).getState()).isEqualTo(RecordState.DRAFT);
	}

	@Test
	void showsTheSuggestedResultTheChecksAndMarksCleanRecordsComplete() throws Exception {

		YearRecord full = fill(chi);
		YearRecord almost = fill(anhAcute);
		records.change(almost.getId(), almost.getVersion(), teacherId, r -> r.remark(null));

		String page = page(org.schoolA.homeroomTeacher);
		assertThat(page).contains("id=\"suggested-" + full.getId() + "\">Gợi ý: HTXS");
		assertThat(page).contains("Chưa có nhận xét của giáo viên chủ nhiệm.");

		MvcResult completed = mvc.perform(as(org.schoolA.homeroomTeacher, post("/classes/{id}/grid/complete", classId)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String after = mvc.perform(as(org.schoolA.homeroomTeacher, get("/classes/{id}/grid", classId))
			.flashAttrs(completed.getFlashMap()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(after).contains("Đã đánh dấu hoàn thành 1 hồ sơ; 3 hồ sơ còn lỗi")
			.containsSubsequence("id=\"not-complete\"", "Trần Thị Anh", "Lê Ánh", "Nguyễn Văn Bình");
		String english = mvc.perform(as(org.schoolA.homeroomTeacher, get("/classes/{id}/grid", classId)
			.param("lang", "en")
			.flashAttrs(completed.getFlashMap())))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).as("English plurals").contains("1 record marked complete; 3 records still have errors")
			.containsPattern(">(1 error|[02-9]\\d* errors|1\\d+ errors), (1 warning|[02-9]\\d* warnings|1\\d+ warnings)<")
			.doesNotContain("(s)");

		assertThat(record(chi).isComplete()).isTrue();
		assertThat(record(anhAcute).isComplete()).isFalse();
		assertThat(page(org.schoolA.homeroomTeacher)).contains("1/4 hồ sơ đã hoàn thành",
				"id=\"state-" + full.getId() + "\">Đã hoàn thành");
	}

	@Test
	void completionWithoutErrorsEndsItsSentenceWithoutAnEmptyList() throws Exception {

		String page = mvc.perform(as(org.schoolA.homeroomTeacher, get("/classes/{id}/grid", classId))
			.flashAttr("completion", new GradebookCompletion(0, java.util.List.of())))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Đã đánh dấu hoàn thành 0 hồ sơ; không còn hồ sơ nào có lỗi.")
			.doesNotContain("id=\"not-complete\"").doesNotContain("(xem cột Kiểm tra):");
	}

	@Test
	void subjectTeacherChangesHerSubjectButNoOtherField() throws Exception {

		YearRecord record = record(anh);

		String page = save(mathsTeacher, record, Map.of("subject.TOAN.score", "7", "subject.TV.level", "H",
				"teacherRemark", "Không phải việc của tôi"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		YearRecord saved = record(anh);
		assertThat(saved.subjectResult(Subject.TOAN).score()).isEqualTo(7);
		assertThat(saved.subjectResult(Subject.TV).level()).isNull();
		assertThat(saved.getTeacherRemark()).isNull();
		assertThat(page).contains("Bạn không được sửa cột này; giá trị chưa được lưu.");
		assertThat(page(mathsTeacher)).contains("id=\"f." + record.getId() + ".subject.TOAN.score\"")
			.doesNotContain("name=\"f." + record.getId() + ".subject.TV.level\"");
	}

	@Test
	void staleRowIsRefusedWithAMessageWhileOtherRowsAreSaved() throws Exception {

		YearRecord stale = record(binh);
		records.change(stale.getId(), stale.getVersion(), teacherId, r -> r.commend("Học sinh tiêu biểu"));
		YearRecord other = record(anh);

		String page = mvc.perform(as(org.schoolA.homeroomTeacher, post("/classes/{id}/grid", classId))
			.param("v." + stale.getId(), String.valueOf(stale.getVersion()))
			.param("f." + stale.getId() + ".commendation", "Khen thưởng khác")
			.param("v." + other.getId(), String.valueOf(other.getVersion()))
			.param("f." + other.getId() + ".commendation", "Học sinh Xuất sắc năm học"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Hồ sơ của Nguyễn Văn Bình vừa được người khác sửa; các thay đổi của bạn ở dòng "
				+ "này chưa được lưu, hãy xem lại.");
		assertThat(record(binh).getCommendation()).isEqualTo("Học sinh tiêu biểu");
		assertThat(record(anh).getCommendation()).isEqualTo("Học sinh Xuất sắc năm học");
	}

	@Test
	void teachersOfOtherClassesAreRefused() throws Exception {

		mvc.perform(as(org.schoolB.homeroomTeacher, get("/classes/{id}/grid", classId)))
			.andExpect(status().isForbidden());
		mvc.perform(as(org.schoolB.homeroomTeacher, post("/classes/{id}/grid", classId)))
			.andExpect(status().isForbidden());
		mvc.perform(as(org.schoolB.principal, post("/classes/{id}/grid/complete", classId)))
			.andExpect(status().isForbidden());
	}

	@Test
	void principalReadsTheGridWithoutChangingIt() throws Exception {

		assertThat(page(org.schoolA.principal)).contains("id=\"grid-read-only\"").doesNotContain("id=\"grid-save\"")
			.contains("/classes/" + classId + "/export.xlsx").doesNotContain("id=\"import-link\"");
		assertThat(page(org.schoolA.homeroomTeacher)).contains("id=\"import-link\"");
		YearRecord record = record(binh);

		save(org.schoolA.principal, record, Map.of("teacherRemark", "Hiệu trưởng sửa"))
			.andExpect(status().isForbidden());

		assertThat(record(binh).getTeacherRemark()).isEqualTo(record.getTeacherRemark());
	}

	@Test
	void classPageAndHomePageLinkToTheGrid() throws Exception {

		String link = "href=\"/classes/" + classId + "/grid\"";

		assertThat(html(org.schoolA.homeroomTeacher, "/classes/" + classId)).contains(link);
		assertThat(html(org.schoolA.homeroomTeacher, "/")).contains(link);
		assertThat(html(org.schoolA.principal, "/classes/" + classId)).contains(link);
	}

	private YearRecord record(long pupilId) {
		return records.open(pupilId, classId, teacherId);
	}

	/** Fills a record as a homeroom teacher would before signing: all T, scores of 9, result HTXS. */
	private YearRecord fill(long pupilId) {

		YearRecord record = record(pupilId);
		return records.change(record.getId(), record.getVersion(), teacherId, r -> {
			for (GradeMatrix.Offer offer : GradeMatrix.subjectsOf(r.getGrade())) {
				if (!offer.elective() || offer.tested()) {
					r.assessSubject(offer.subject(), SubjectLevel.COMPLETED_WELL);
				}
				if (offer.tested()) {
					r.recordScore(offer.subject(), 9);
				}
			}
			for (Trait trait : Trait.values()) {
				r.assessTrait(trait, TraitLevel.GOOD);
			}
			for (Trait.Block block : Trait.Block.values()) {
				r.commentBlock(block, "Em tiến bộ tốt.");
			}
			r.recordHeight(new BigDecimal("130"));
			r.recordWeight(new BigDecimal("28.5"));
			r.recordAbsencesWithPermission(1);
			r.recordAbsencesWithoutPermission(0);
			r.confirmResult(OverallResult.HTXS, null);
			r.recordGradeCompletion(true);
			r.recordPromotion(true);
			r.remark("Em ngoan.");
		});
	}

	private ResultActions save(String username, YearRecord record, Map<String, String> cells) throws Exception {

		MockHttpServletRequestBuilder request = post("/classes/{id}/grid", classId)
			.param("v." + record.getId(), String.valueOf(record.getVersion()));
		cells.forEach((field, value) -> request.param("f." + record.getId() + "." + field, value));

		return mvc.perform(as(username, request));
	}

	private String page(String username) throws Exception {
		return html(username, "/classes/" + classId + "/grid");
	}

	private String html(String username, String path) throws Exception {
		return mvc.perform(as(username, get(path)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(users.loadUserByUsername(username))).with(csrf());
	}

	private static String cell(long recordId, String field, String value) {
		return "name=\"f.%d.%s\" value=\"%s\"".formatted(recordId, field, value);
	}

}
