package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The transaction envelope in JSON with the national field names (CV 2088 Annex 1 §II.2), both ways.
 */
class TransactionEnvelopeTests {

	private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

	@Test
	void aRequestHasTheNationalFieldNamesAndRoundTrips() throws Exception {
		TransactionRequest request = TransactionRequest
			.of(AuthenticationRequest.of("01234567", 2025, "msg-001", TransactionType.SUBMIT),
					"<DANH_SACH_HOC_BA><HOC_BA/></DANH_SACH_HOC_BA>")
			.withSignature("PFNpZ25hdHVyZS8+");

		JsonNode tree = json.readTree(json.writeValueAsString(request));

		assertThat(tree.fieldNames()).toIterable().containsExactly("authenticationRequest", "content", "Signature");
		JsonNode sender = tree.get("authenticationRequest");
		assertThat(sender.fieldNames()).toIterable().containsExactly("ma_don_vi", "nam_hoc", "messageid", "type");
		assertThat(sender.get("type").isTextual()).isTrue();
		assertThat(sender.get("type").asText()).isEqualTo("1");
		assertThat(sender.get("nam_hoc").isNumber()).isTrue();
		assertThat(json.treeToValue(tree, TransactionRequest.class)).isEqualTo(request);
		assertThat(TransactionContent.decodeText(request.content()))
			.isEqualTo("<DANH_SACH_HOC_BA><HOC_BA/></DANH_SACH_HOC_BA>");
	}

	@Test
	void readsARequestWrittenByAnotherSystem() throws Exception {
		String sent = """
				{"authenticationRequest": {"token": "t", "user_name": "truong01", "password": "9f86d081",
				  "ma_don_vi": "01234567", "nam_hoc": 2025, "messageid": "m-7", "type": 5, "function": "THU_HOI"},
				 "content": "AAAA", "Signature": "c2ln"}
				""";

		TransactionRequest request = json.readValue(sent, TransactionRequest.class);

		assertThat(request.authenticationRequest().type()).isEqualTo(TransactionType.REVOKE);
		assertThat(request.authenticationRequest().userName()).isEqualTo("truong01");
		assertThat(request.messageId()).isEqualTo("m-7");
		assertThat(request.signature()).isEqualTo("c2ln");
		assertThat(request.toString()).doesNotContain("9f86d081").doesNotContain("AAAA");
	}

	@Test
	void refusesAnUnknownType() {
		String sent = """
				{"authenticationRequest": {"ma_don_vi": "01", "nam_hoc": 2025, "messageid": "m", "type": "7"}}
				""";

		assertThatThrownBy(() -> json.readValue(sent, TransactionRequest.class)).rootCause()
			.isInstanceOfSatisfying(TransactionRefused.class,
					refused -> assertThat(refused.getError()).isEqualTo(TransactionError.UNKNOWN_TYPE));
		assertThat(TransactionType.of(" 6 ")).isEqualTo(TransactionType.QUERY_REVOCATION);
	}

	@Test
	void aStatusAnswerListsEveryRecordAndRoundTrips() throws Exception {
		TransactionResponse response = new TransactionResponse("msg-001", "", "", "1", "Đã tiếp nhận",
				List.of(RecordStatus.submitted("HS01", "Trương Phương Anh", "048317002681",
						"4ef748d9-2146-4a82-95a5-8534051475f0", RecordStatus.Submission.ACCEPTED, null, null, null),
						RecordStatus.submitted("HS02", "Lê Văn Bình", "048317002682",
								"5ef748d9-2146-4a82-95a5-8534051475f1", RecordStatus.Submission.REJECTED,
								"LOOKUP_CODE_USED", "Mã tra cứu", "Mã tra cứu đã được dùng")));

		String written = json.writeValueAsString(response);
		JsonNode tree = json.readTree(written);

		assertThat(tree.fieldNames()).toIterable()
			.containsExactly("MessageId", "Error", "ErrorDescription", "ResponseCode", "ResponseDescription",
					"DanhSachHocBa");
		JsonNode rejected = tree.get("DanhSachHocBa").get(1);
		assertThat(rejected.fieldNames()).toIterable()
			.containsExactly("ma_hoc_sinh", "ten_hoc_sinh", "so_cccd", "ma_tra_cuu_uuid", "trang_thai", "error",
					"error_field_title", "error_description");
		assertThat(rejected.get("trang_thai").asInt()).isZero();
		assertThat(tree.get("DanhSachHocBa").get(0).get("trang_thai").asInt()).isEqualTo(1);
		assertThat(json.readValue(written, TransactionResponse.class)).isEqualTo(response);
		assertThat(written).contains("Trương Phương Anh");
	}

	@Test
	void revocationStatesAreOneToThree() throws Exception {
		RecordStatus refused = RecordStatus.revocation("HS01", "A", "0483", "4ef7", RecordStatus.Revocation.REFUSED,
				null, null, null);

		assertThat(json.readTree(json.writeValueAsString(refused)).get("trang_thai").asInt()).isEqualTo(3);
		assertThat(RecordStatus.Revocation.PENDING.code()).isEqualTo(1);
		assertThat(RecordStatus.Revocation.ACCEPTED.code()).isEqualTo(2);
		assertThatThrownBy(() -> json.readValue("{\"trang_thai\": 4}", RecordStatus.class)).rootCause()
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aRefusalCarriesTheCodeAndNoRecords() throws Exception {
		TransactionResponse refused = TransactionResponse.refused("msg-9", TransactionError.CONTENT_NOT_GZIP,
				"Not gzip");

		JsonNode tree = json.readTree(json.writeValueAsString(refused));

		assertThat(tree.get("Error").asText()).isEqualTo("CONTENT_NOT_GZIP");
		assertThat(tree.get("MessageId").asText()).isEqualTo("msg-9");
		assertThat(tree.has("DanhSachHocBa")).isFalse();
	}

}
