package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.edu.hocbaso.record.GradeMatrix;
import vn.edu.hocbaso.record.OverallResult;
import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.record.SubjectLevel;
import vn.edu.hocbaso.record.Trait;
import vn.edu.hocbaso.record.TraitLevel;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.TestSignatures;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The pupil page tells a record's history from the audit's fields and the stored signatures: who signed, who
 * voided the signatures and why (the fields changed, the return reason), in Vietnamese or English, never the
 * audit's English free text.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PupilRecordHistoryIT {

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
	RecordApprovals approvals;

	@Autowired
	TestSignatures signatures;

	OrganisationFixture org;

	long classId;

	long teacherId;

	long principalId;

	@BeforeAll
	void createClass() {
		org = new OrganisationFixture(jdbc, encoder);
		classId = org.schoolA.class4a;
		teacherId = staffOf(org.schoolA.homeroomTeacher);
		principalId = staffOf(org.schoolA.principal);
	}

	@Test
	void anEditAfterSigningShowsTheSignatureTheVoidingAndTheFieldChanged() throws Exception {

		long pupil = org.pupil(classId, "Nguyễn Văn Huy");
		YearRecord signed = signedByTeacher(pupil);
		records.change(signed.getId(), signed.getVersion(), teacherId, r -> r.recordHeight(new BigDecimal("131")));

		String page = page(org.schoolA.homeroomTeacher, "/pupils/" + pupil);

		assertThat(page).contains("id=\"record-history-" + signed.getId() + "\"", "Lịch sử học bạ")
			.containsSubsequence("Ký số: chữ ký của giáo viên chủ nhiệm",
					"Hủy chữ ký số: chữ ký của giáo viên chủ nhiệm", "Học bạ được sửa sau khi ký: Chiều cao (cm)")
			.contains("Trạng thái: Giáo viên chủ nhiệm đã ký → Đang soạn", "Giáo viên A " + org.tag)
			.doesNotContain("signatures voided").doesNotContain("changed after signing");

		String english = page(org.schoolA.homeroomTeacher, "/pupils/" + pupil + "?lang=en");
		assertThat(english).contains("Record history", "Signed: the homeroom teacher signature",
				"Digital signatures voided: the homeroom teacher signature",
				"Record changed after signing: Height (cm)");
	}

	@Test
	void aReturnShowsTheReasonTheBoardGave() throws Exception {

		long pupil = org.pupil(classId, "Trần Thị Mai");
		YearRecord signed = signedByTeacher(pupil);
		approvals.returnRecord(signed.getId(), principalId, "Sai điểm Toán");

		String page = page(org.schoolA.principal, "/pupils/" + pupil);

		assertThat(page).contains("Hủy chữ ký số: chữ ký của giáo viên chủ nhiệm", "Bị trả lại: Sai điểm Toán")
			.doesNotContain("Học bạ được sửa sau khi ký");
	}

	@Test
	void someoneOutOfReachSeesNoHistory() throws Exception {

		long pupil = org.pupil(classId, "Lê Văn Khánh");
		signedByTeacher(pupil);

		mvc.perform(as(org.schoolB.principal, get("/pupils/" + pupil)))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.doesNotContain("Lịch sử học bạ"));
	}

	private YearRecord signedByTeacher(long pupilId) {

		YearRecord full = fill(pupilId);
		YearRecord complete = full.isComplete() ? full
				: records.markComplete(full.getId(), full.getVersion(), teacherId);
		signatures.signAsTeacher(complete.getId());

		return records.open(pupilId, classId, teacherId);
	}

	/** Fills a record as a homeroom teacher would before signing. */
	private YearRecord fill(long pupilId) {

		YearRecord record = records.open(pupilId, classId, teacherId);
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

	private String page(String username, String path) throws Exception {
		return mvc.perform(as(username, get(path)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(users.loadUserByUsername(username)));
	}

	private long staffOf(String username) {
		return jdbc.queryForObject("select staff_id from account where username = ?", Long.class, username);
	}

}
