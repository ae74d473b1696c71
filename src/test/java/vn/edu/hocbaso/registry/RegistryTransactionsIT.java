package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.edu.hocbaso.signing.CertificateAuthority;
import vn.edu.hocbaso.signing.SampleRecordFiles;
import vn.edu.hocbaso.signing.ServerKeySigner;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebClient;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The transaction interface over HTTP as an outside school system calls it: JSON in, JSON out, no login and no
 * CSRF token, the transaction's own signature deciding.
 */
@WebIntegrationTest
class RegistryTransactionsIT {

	@LocalServerPort
	int port;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	ServerKeySigner signer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ObjectMapper json;

	OrganisationFixture org;

	RegistrySchool school;

	@BeforeEach
	void organisation() {
		org = new OrganisationFixture(jdbc, encoder);
		school = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
	}

	@Test
	void aSchoolSystemSubmitsSignedRecordsWithoutLoggingInAndARetryGetsTheSameAnswer() throws Exception {

		byte[] record = school.signedRecord(school.pupil("Phạm Minh Châu"));
		String body = json.writeValueAsString(school.transaction("msg-" + UUID.randomUUID(), record));

		HttpResponse<String> first = post(body);
		HttpResponse<String> retry = post(body);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		JsonNode answer = json.readTree(first.body());
		assertThat(answer.get("Error").asText()).isEmpty();
		assertThat(answer.get("DanhSachHocBa").get(0).get("trang_thai").asInt()).isEqualTo(1);
		assertThat(answer.get("DanhSachHocBa").get(0).get("ma_tra_cuu_uuid").asText())
			.isEqualTo(SampleRecordFiles.lookupCode(record).toString());
		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(json.readTree(retry.body())).isEqualTo(answer);
		assertThat(jdbc.queryForObject("select count(*) from registry_record where school_id = ?", Integer.class,
				org.schoolA.id)).isEqualTo(1);
	}

	@Test
	void refusesBadTransactionsWithTheirCodeAndA400() throws Exception {

		TransactionRequest signed = school.transaction("msg-" + UUID.randomUUID(),
				school.signedRecord(school.pupil("Lê Văn Tám")));
		TransactionRequest tampered = new TransactionRequest(signed.authenticationRequest(),
				TransactionContent.encode("<DANH_SACH_HOC_BA><HOC_BA/></DANH_SACH_HOC_BA>"), signed.signature());

		assertRefused(post(json.writeValueAsString(tampered)), "SIGNATURE_INVALID", "không hợp lệ");
		assertRefused(post("{ không phải JSON"), "NOT_JSON", "không phải JSON");
		assertRefused(post("null"), "NOT_JSON", "không phải JSON");
		assertRefused(post(json.writeValueAsString(signed).replace("\"nam_hoc\":" + school.year,
				"\"nam_hoc\":\"2025-2026\"")), "FIELD_INVALID", "authenticationRequest.nam_hoc");
		assertRefused(post("{\"content\":\"" + "A".repeat(TransactionContent.MAX_BYTES + 300 * 1024) + "\"}"),
				"CONTENT_TOO_LARGE", "vượt quá dung lượng");
		assertRefused(post(json.writeValueAsString(signed).replace("\"type\":\"1\"", "\"type\":\"9\"")),
				"UNKNOWN_TYPE", "Loại giao dịch \"9\" không hợp lệ");
		assertRefused(post(json.writeValueAsString(signed).replace("\"type\":\"1\"", "\"type\":\"3\"")),
				"TYPE_NOT_SERVED", "không phục vụ giao dịch loại 3");
		assertThat(jdbc.queryForObject("select count(*) from registry_transaction where school_id = ?",
				Integer.class, org.schoolA.id)).isZero();
	}

	private void assertRefused(HttpResponse<String> response, String code, String text) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode answer = json.readTree(response.body());
		assertThat(answer.get("Error").asText()).isEqualTo(code);
		assertThat(answer.get("ErrorDescription").asText()).contains(text);
	}

	private HttpResponse<String> post(String body) {
		return new WebClient(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/registry/transactions"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

}
