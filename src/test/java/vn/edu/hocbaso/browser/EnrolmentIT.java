package vn.edu.hocbaso.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The principal, vice-principal or clerk enrols pupils in a class of her school: new pupils, and pupils moving
 * in who keep their one identity; anything wrong is refused field by field and leaves nothing saved.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnrolmentIT {

	private static final AtomicInteger SERIAL = new AtomicInteger((int) (Math.random() * 400_000) + 100_000);

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	OrganisationFixture org;

	long pupilB4;

	@BeforeAll
	void createOrganisation() {
		org = new OrganisationFixture(jdbc, encoder);
		pupilB4 = org.pupil(org.schoolB.class4a, "Hoàng Thị Cúc");
	}

	@Test
	void enrolsANewPupilWithHerGuardiansInNfc() throws Exception {

		Map<String, String> form = validForm();
		form.put("fullName", nfd("  Nguyễn   Thị Ánh "));
		form.put("placeOfBirth", nfd("Bệnh viện Phụ sản Hà Nội"));

		MvcResult result = submit(org.schoolA.clerk, org.schoolA.class4a, form).andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("registered"))
			.andReturn();

		long pupilId = jdbc.queryForObject("select id from pupil where personal_id = ?", Long.class,
				form.get("personalId"));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/pupils/" + pupilId);
		Map<String, Object> pupil = jdbc.queryForMap("select * from pupil where id = ?", pupilId);
		assertThat(pupil.get("full_name")).isEqualTo("Nguyễn Thị Ánh");
		assertThat(pupil.get("place_of_birth")).isEqualTo(Normalizer.normalize("Bệnh viện Phụ sản Hà Nội",
				Normalizer.Form.NFC));
		assertThat(pupil.get("ministry_code")).isEqualTo("D" + org.tag + "%08d".formatted(pupilId));
		assertThat(jdbc.queryForList("select full_name from guardian where pupil_id = ? order by relation",
				String.class, pupilId)).containsExactly("Lê Văn Nam", "Trần Thị Lan");
		assertThat(page(org.schoolA.clerk, "/classes/" + org.schoolA.class4a)).contains("Nguyễn Thị Ánh");
	}

	@Test
	void showsTheSavedPupilWithAMessage() throws Exception {

		Map<String, String> form = validForm();
		form.put("ministryCode", "HS" + form.get("personalId"));
		MvcResult result = submit(org.schoolA.principal, org.schoolA.class4a, form).andReturn();

		String page = mvc.perform(get(result.getResponse().getRedirectedUrl())
			.flashAttrs(result.getFlashMap())
			.with(user(users.loadUserByUsername(org.schoolA.principal))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Đã thêm học sinh Lê Thị Hoa vào lớp 4A.", "HS" + form.get("personalId"));
	}

	/** A field, a value that is wrong for it, the field whose error it gives, and that error. */
	static Stream<Arguments> badInput() {
		return Stream.of(
				Arguments.of("personalId", "12345", "personalId", "Số định danh cá nhân phải gồm đúng 12 chữ số."),
				Arguments.of("personalId", "999317000001", "personalId", "có mã tỉnh (3 chữ số đầu) không tồn tại."),
				Arguments.of("personalId", "001517000001", "personalId", "có mã thế kỷ và giới tính (chữ số thứ 4)"),
				Arguments.of("sex", "M", "personalId", "Số định danh cá nhân không khớp với giới tính của học sinh."),
				Arguments.of("birthDate", "2016-05-10", "personalId", "không khớp với năm sinh của học sinh."),
				Arguments.of("fullName", "Lê Thị 3", "fullName", "Họ và tên chỉ được gồm chữ cái và dấu cách"),
				Arguments.of("fullName", "<b>Hoa</b>", "fullName", "Họ và tên chỉ được gồm chữ cái và dấu cách"),
				Arguments.of("fullName", " ", "fullName", "Họ và tên không được để trống."),
				Arguments.of("birthDate", TODAY.plusDays(1).toString(), "birthDate",
						"Ngày sinh không được ở trong tương lai."),
				Arguments.of("registrationNumber", "", "registrationNumber", "Số đăng bộ không được để trống"),
				Arguments.of("motherName", "Trần Thị 2", "motherName", "Họ và tên mẹ chỉ được gồm chữ cái"),
				Arguments.of("ethnicity", "", "ethnicity", "Dân tộc không được để trống"),
				Arguments.of("enrolledOn", "2020-01-01", "enrolledOn",
						"Ngày nhập học phải nằm trong năm học của lớp."));
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("badInput")
	void refusesBadInputNamingTheFieldAndSavesNothing(String field, String value, String errorField, String message)
			throws Exception {

		Map<String, String> form = validForm();
		form.put(field, value);

		assertRefused(form, errorField, message);
	}

	@Test
	void refusesABirthDateImplausibleForTheGrade() throws Exception {

		Map<String, String> form = validForm();
		form.put("birthDate", "2022-01-10");
		form.put("personalId", "001322" + "%06d".formatted(SERIAL.incrementAndGet()));

		assertRefused(form, "birthDate", "Ngày sinh không phù hợp với độ tuổi của khối lớp này.");
	}

	@Test
	void refusesAMinistryCodeGivenToAnotherPupil() throws Exception {

		Map<String, String> form = validForm();
		form.put("ministryCode", "HS" + org.personalIdOf(pupilB4));

		assertRefused(form, "ministryCode", "Mã học sinh này đã được cấp cho một học sinh khác.");
	}

	@Test
	void refusesAPupilWithoutAnyParentOrGuardian() throws Exception {

		Map<String, String> form = validForm();
		form.put("fatherName", "");
		form.put("motherName", " ");

		assertRefused(form, "fatherName", "Cần họ và tên của ít nhất một người: cha, mẹ hoặc người giám hộ.");
	}

	@Test
	void keepsWhatWasTypedWhenTheFormComesBack() throws Exception {

		Map<String, String> form = validForm();
		form.put("personalId", "0013170");

		// Attribute values come back with HTML entities for letters such as "ê".
		String page = HtmlUtils.htmlUnescape(refusedPage(org.schoolA.clerk, form));

		assertThat(page).contains("value=\"Lê Thị Hoa\"", "value=\"0013170\"", "value=\"Bệnh viện Xanh Pôn\"",
				"name=\"_csrf\"");
	}

	@Test
	void answersInEnglishWhenChosen() throws Exception {

		Map<String, String> form = validForm();
		form.put("personalId", "12345");
		form.put("lang", "en");

		assertThat(refusedPage(org.schoolA.clerk, form))
			.contains("The personal ID number must have exactly 12 digits.");
	}

	@Test
	void transfersAPupilInKeepingHerIdentity() throws Exception {

		String personalId = org.personalIdOf(pupilB4);
		Map<String, String> form = transferForm(personalId, nfd("hoàng thị CÚC"));

		submit(org.schoolA.vicePrincipal, org.schoolA.class4a, form).andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("registered"));

		assertThat(jdbc.queryForObject("select count(*) from pupil where personal_id = ?", Long.class, personalId))
			.isEqualTo(1);
		List<Map<String, Object>> history = jdbc.queryForList(
				"select class_id, left_on from enrolment where pupil_id = ? order by enrolled_on", pupilB4);
		assertThat(history).hasSize(2);
		assertThat(history.get(0)).containsEntry("class_id", org.schoolB.class4a)
			.containsEntry("left_on", java.sql.Date.valueOf(TODAY.minusDays(1)));
		assertThat(history.get(1)).containsEntry("class_id", org.schoolA.class4a).containsEntry("left_on", null);
		assertThat(page(org.schoolA.principal, "/pupils/" + pupilB4)).contains("Trường Tiểu học A " + org.tag,
				"Trường Tiểu học B " + org.tag);
	}

	@Test
	void refusesAPersonalIdOfSomeoneElseWithoutRevealingWho() throws Exception {

		long other = org.pupil(org.schoolB.class5a, "Đỗ Thị Mai");
		Map<String, String> form = transferForm(org.personalIdOf(other), "Đỗ Thị Lan");

		String page = assertRefused(form, "personalId", "Số định danh này đã thuộc về một học sinh khác; kiểm tra lại "
				+ "số định danh, họ tên và ngày sinh");

		assertThat(page).doesNotContain("Đỗ Thị Mai", "Trường Tiểu học B");
		assertThat(jdbc.queryForObject("select count(*) from enrolment where pupil_id = ? and left_on is null",
				Long.class, other)).isEqualTo(1);
	}

	@Test
	void refusesAPupilAlreadyInTheClass() throws Exception {

		long pupil = org.pupil(org.schoolB.class5a, "Vũ Thị Hằng");
		Map<String, String> form = transferForm(org.personalIdOf(pupil), "Vũ Thị Hằng");

		String page = refusedPage(org.schoolB.clerk, org.schoolB.class5a, form);

		assertThat(page).contains("Số định danh cá nhân này thuộc về một học sinh đang học trong lớp này.");
	}

	@Test
	void showsTheAddLinkOnlyToTheSchoolBoardAndClerk() throws Exception {

		String classPage = "/classes/" + org.schoolA.class4a;

		assertThat(page(org.schoolA.clerk, classPage)).contains("id=\"add-pupil\"");
		assertThat(page(org.schoolA.principal, classPage)).contains("id=\"add-pupil\"");
		assertThat(page(org.schoolA.homeroomTeacher, classPage)).doesNotContain("id=\"add-pupil\"");
		assertThat(page(org.officer, classPage)).doesNotContain("id=\"add-pupil\"");
	}

	@Test
	void refusesTheFormToTeachersOtherSchoolsAndTheDepartment() throws Exception {

		String form = "/classes/" + org.schoolA.class4a + "/pupils/new";

		for (String username : List.of(org.schoolA.homeroomTeacher, org.schoolB.principal, org.officer)) {
			mvc.perform(get(form).with(user(users.loadUserByUsername(username)))).andExpect(status().isForbidden());
		}
		mvc.perform(get(form).with(user(users.loadUserByUsername(org.schoolA.clerk)))).andExpect(status().isOk());
	}

	@Test
	void refusesPostsFromATeacherAndAnotherSchoolsPrincipal() throws Exception {

		long before = count("pupil");

		submit(org.schoolA.homeroomTeacher, org.schoolA.class4a, validForm()).andExpect(status().isForbidden());
		submit(org.schoolB.principal, org.schoolA.class4a, validForm()).andExpect(status().isForbidden());
		mvc.perform(request(org.schoolA.clerk, org.schoolA.class4a, validForm()))
			.andExpect(status().isForbidden());

		assertThat(count("pupil")).isEqualTo(before);
	}

	private String assertRefused(Map<String, String> form, String field, String message) throws Exception {

		long[] before = { count("pupil"), count("guardian"), count("enrolment") };

		String page = refusedPage(org.schoolA.clerk, form);

		assertThat(fieldError(page, field)).contains(message);
		assertThat(new long[] { count("pupil"), count("guardian"), count("enrolment") }).containsExactly(before);
		return page;
	}

	private String refusedPage(String username, Map<String, String> form) throws Exception {
		return refusedPage(username, org.schoolA.class4a, form);
	}

	private String refusedPage(String username, long classId, Map<String, String> form) throws Exception {
		return submit(username, classId, form).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The text of the error shown right under a field. */
	private static String fieldError(String page, String field) {

		int start = page.indexOf("id=\"" + field + "-error\"");
		assertThat(start).as("error of " + field).isNotNegative();

		return page.substring(start, page.indexOf("</p>", start));
	}

	private ResultActions submit(String username, long classId,
			Map<String, String> form) throws Exception {
		return mvc.perform(request(username, classId, form).with(csrf()));
	}

	private MockHttpServletRequestBuilder request(String username, long classId, Map<String, String> form) {
		MockHttpServletRequestBuilder request = post("/classes/" + classId + "/pupils/new")
			.with(user(users.loadUserByUsername(username)));
		form.forEach(request::param);
		return request;
	}

	private String page(String username, String path) throws Exception {
		return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	/** A girl born in Hà Nội in 2017, nine at the start of the year: right for grade 4. */
	private static Map<String, String> validForm() {
		Map<String, String> form = new HashMap<>();
		form.put("fullName", "Lê Thị Hoa");
		form.put("sex", "F");
		form.put("birthDate", "2017-05-10");
		form.put("personalId", "001317" + "%06d".formatted(SERIAL.incrementAndGet()));
		form.put("ministryCode", "");
		form.put("ethnicity", "Kinh");
		form.put("nationality", "Việt Nam");
		form.put("placeOfBirth", "Bệnh viện Xanh Pôn");
		form.put("homeTown", "Nam Định");
		form.put("residence", "Số 5 phố Huế, Hà Nội");
		form.put("fatherName", "Lê Văn Nam");
		form.put("motherName", "Trần Thị Lan");
		form.put("guardianName", "");
		form.put("registrationNumber", "DB" + SERIAL.get());
		form.put("enrolledOn", TODAY.toString());
		return form;
	}

	/** The form for a fixture pupil (a girl born on 1 March 2018) under the given name. */
	private static Map<String, String> transferForm(String personalId, String fullName) {
		Map<String, String> form = validForm();
		form.put("personalId", personalId);
		form.put("fullName", fullName);
		form.put("birthDate", "2018-03-01");
		form.put("fatherName", "Nguyễn Văn Bình");
		return form;
	}

	private static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

}
