package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The type-5 content: written as the school side sends it, read back item for item (Vietnamese text and markup
 * characters intact, left-out fields null), and anything that is not such a list refused with its code.
 */
class RevocationContentTests {

	@Test
	void readsBackWhatItWrites() {

		List<RevocationItem> items = List.of(
				new RevocationItem("3f6c1a52-8d4e-4c1b-9a57-2b1f0e6d7c90", "0100123456", "001217012345",
						"Nguyễn Thị Hoa", "Sai điểm <Toán> & Tiếng Việt"),
				new RevocationItem("6a0f9b1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b", null, null, null, "Nhầm học sinh"));

		String xml = RevocationContent.write(items);

		assertThat(xml).contains("<MA_TRA_CUU_UUID>3f6c1a52-8d4e-4c1b-9a57-2b1f0e6d7c90</MA_TRA_CUU_UUID>",
				"<LY_DO>Sai điểm &lt;Toán&gt; &amp; Tiếng Việt</LY_DO>").doesNotContain("<SO_CCCD></SO_CCCD>");
		assertThat(RevocationContent.read(xml)).isEqualTo(items);
		assertThat(RevocationContent.read(new String(TransactionContent.decode(TransactionContent.encode(xml)),
				java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(items);
	}

	@Test
	void refusesWhatIsNotAListOfRecords() {

		assertRefused("<HOC_BA><MA_TRA_CUU_UUID>x</MA_TRA_CUU_UUID></HOC_BA>", TransactionError.NOT_A_LIST);
		assertRefused("<DANH_SACH_HOC_BA><KHAC/></DANH_SACH_HOC_BA>", TransactionError.NOT_A_LIST);
		assertRefused("<DANH_SACH_HOC_BA><HOC_BA>", TransactionError.NOT_A_LIST);
		assertRefused("<DANH_SACH_HOC_BA/>", TransactionError.EMPTY_LIST);
		assertRefused("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><DANH_SACH_HOC_BA><HOC_BA><LY_DO>&e;"
				+ "</LY_DO></HOC_BA></DANH_SACH_HOC_BA>", TransactionError.NOT_A_LIST);
	}

	private static void assertRefused(String xml, TransactionError error) {
		assertThatThrownBy(() -> RevocationContent.read(xml)).isInstanceOfSatisfying(TransactionRefused.class,
				refused -> assertThat(refused.getError()).isEqualTo(error));
	}

}
