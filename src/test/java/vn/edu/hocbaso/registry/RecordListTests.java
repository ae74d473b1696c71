package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Cutting a DANH_SACH_HOC_BA list into its records' bytes exactly as they stand, and refusing what is not such a
 * list or could hide a record's tags.
 */
class RecordListTests {

	private static final String FIRST = "<HOC_BA id=\"a\">\r\n  <X>Một &amp; hai &lt;HOC_BA&gt;</X>\n</HOC_BA >";

	private static final String SECOND = "<HOC_BA><Y attr='&lt;/HOC_BA>'/></HOC_BA>";

	@Test
	void cutsEachRecordExactlyAsItStandsInTheList() {

		String list = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DANH_SACH_HOC_BA id=\"dataDanhSach\">\n  "
				+ FIRST + "\n\t" + SECOND + "\n</DANH_SACH_HOC_BA>\n";

		List<byte[]> records = RecordList.split(bytes(list));

		assertThat(records).extracting(record -> new String(record, StandardCharsets.UTF_8))
			.containsExactly(FIRST, SECOND);
	}

	@Test
	void buildsAListFromRecordFilesWithoutTheirDeclarations() {

		byte[] file = bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n" + SECOND + "\n");

		byte[] list = RecordList.of(List.of(file, bytes(FIRST)));

		assertThat(RecordList.split(list)).extracting(record -> new String(record, StandardCharsets.UTF_8))
			.containsExactly(SECOND, FIRST);
		assertThat(RecordList.withoutDeclaration(file)).isEqualTo(bytes(SECOND + "\n"));
	}

	@Test
	void refusesWhatIsNotAListOfRecordsOrCouldHideATag() {

		assertNotAList("<HOC_BA/>");
		assertNotAList("<DANH_SACH_HOC_BA><HOC_BA/><KHAC/></DANH_SACH_HOC_BA>");
		assertNotAList("<DANH_SACH_HOC_BA><HOC_BA/>text<HOC_BA/></DANH_SACH_HOC_BA>");
		assertNotAList("<DANH_SACH_HOC_BA><HOC_BA><!-- </HOC_BA><HOC_BA> --></HOC_BA></DANH_SACH_HOC_BA>");
		assertNotAList("<DANH_SACH_HOC_BA><HOC_BA><![CDATA[</HOC_BA>]]></HOC_BA></DANH_SACH_HOC_BA>");
		assertNotAList("<DANH_SACH_HOC_BA><HOC_BA><?pi <HOC_BA>?></HOC_BA></DANH_SACH_HOC_BA>");
		assertNotAList("<DANH_SACH_HOC_BA xmlns:h=\"urn:x\"><h:HOC_BA/></DANH_SACH_HOC_BA>");
		assertNotAList("<!DOCTYPE DANH_SACH_HOC_BA [<!ENTITY x \"y\">]><DANH_SACH_HOC_BA><HOC_BA>&x;</HOC_BA>"
				+ "</DANH_SACH_HOC_BA>");
		assertNotAList("<DANH_SACH_HOC_BA><HOC_BA></DANH_SACH_HOC_BA>");
		assertThatExceptionOfType(TransactionRefused.class)
			.isThrownBy(() -> RecordList.split(bytes("<DANH_SACH_HOC_BA>\n</DANH_SACH_HOC_BA>")))
			.satisfies(refused -> assertThat(refused.getError()).isEqualTo(TransactionError.EMPTY_LIST));
	}

	/** The parser is kept per thread and reused: each use must still refuse a document type and start afresh. */
	@Test
	void readsEachRecordFromItsOwnDocumentWithTheParserReusedAndStillSecure() {

		byte[] list = RecordList.of(List.of(bytes(FIRST), bytes(SECOND)));
		String doctype = "<!DOCTYPE DANH_SACH_HOC_BA [<!ENTITY x \"y\">]><DANH_SACH_HOC_BA><HOC_BA>&x;</HOC_BA>"
				+ "</DANH_SACH_HOC_BA>";

		for (int round = 0; round < 3; round++) {
			assertThat(RecordList.split(list, (xml, document) -> document.getDocumentElement().getAttribute("id")
					+ ":" + new String(xml, StandardCharsets.UTF_8))).containsExactly("a:" + FIRST, ":" + SECOND);
			assertNotAList(doctype);
			assertNotAList("<DANH_SACH_HOC_BA><HOC_BA></DANH_SACH_HOC_BA>");
		}
	}

	private static void assertNotAList(String xml) {
		assertThatExceptionOfType(TransactionRefused.class).as(xml)
			.isThrownBy(() -> RecordList.split(bytes(xml)))
			.satisfies(refused -> assertThat(refused.getError()).isEqualTo(TransactionError.NOT_A_LIST));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
