package vn.edu.hocbaso.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Files are read whatever their format, columns are found by key or by header, and anything else is refused
 * with the message key that names the problem.
 */
class ClassSheetReaderTests {

	private final ClassSheetLayout layout = ClassSheetLayout.of(4);

	@Test
	void readsCsvWithBomAndSemicolons() {

		byte[] file = "\uFEFFMã học sinh;Họ và tên\r\nHS1;\"Lê; Văn An\"\r\n".getBytes(StandardCharsets.UTF_8);

		SheetTable table = SpreadsheetReader.read(file);

		assertThat(table.rows()).hasSize(2);
		assertThat(table.rows().get(0).cells()).containsExactly("Mã học sinh", "Họ và tên");
		assertThat(table.rows().get(1).cells()).containsExactly("HS1", "Lê; Văn An");
		assertThat(table.rows().get(1).number()).isEqualTo(2);
	}

	@Test
	void readsBackWhatTheWriterWrote() {

		byte[] xlsx = SpreadsheetWriter.xlsx("4A", layout.headers(), layout.keys(),
				List.of(List.of(1, "HS1", "Lê Văn An")), List.of(4));

		SheetTable table = SpreadsheetReader.read(xlsx);

		assertThat(table.rows().get(0).cells()).isEqualTo(layout.headers());
		assertThat(table.rows().get(1).cells()).isEqualTo(layout.keys());
		assertThat(table.rows().get(2).cells()).containsExactly("1", "HS1", "Lê Văn An");
		assertThat(table.rows().get(2).number()).isEqualTo(3);
	}

	@Test
	void refusesOldExcelPdfAndEmptyFiles() {
		assertRefused(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 }, SpreadsheetReader.OLD_EXCEL);
		assertRefused("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), SpreadsheetReader.NOT_A_SPREADSHEET);
		assertRefused(new byte[] { 'a', 0, 'b' }, SpreadsheetReader.NOT_A_SPREADSHEET);
		assertRefused(new byte[0], SpreadsheetReader.EMPTY);
	}

	@Test
	void findsColumnsByHeaderWhenTheKeyRowIsGone() {

		SheetTable table = new SheetTable(List.of(new SheetTable.Row(1, layout.headers()),
				new SheetTable.Row(2, List.of("1", "HS1", "Lê Văn An"))));

		SheetColumns columns = SheetColumns.find(table, layout);

		assertThat(columns.firstDataRow()).isEqualTo(1);
		assertThat(columns.isBlank(new SheetTable.Row(3, List.of("3")))).isTrue();
		assertThat(columns.isBlank(table.rows().get(1))).isFalse();
		assertThat(columns.cell(table.rows().get(1), ClassSheetLayout.PUPIL_NAME)).isEqualTo("Lê Văn An");
	}

	@Test
	void refusesUnknownDuplicateAndMissingColumnsTogether() {

		List<String> keys = new ArrayList<>(layout.keys());
		keys.remove("subject.TOAN.score");
		keys.add("subject.TNXH.level");
		keys.add(ClassSheetLayout.PUPIL_CODE);
		SheetTable table = new SheetTable(List.of(new SheetTable.Row(1, keys), new SheetTable.Row(2, keys)));

		assertThatExceptionOfType(SheetRefused.class).isThrownBy(() -> SheetColumns.find(table, layout))
			.satisfies(refused -> assertThat(refused.problems()).extracting(p -> p.getCode())
				.containsExactly("sheet.column.unknown", "sheet.column.duplicate", "sheet.column.missing"));
	}

	@Test
	void matchesDigitCodesWhoseLeadingZerosExcelDropped() {
		assertThat(ClassSheetImport.codeKey("0100000123")).isEqualTo(ClassSheetImport.codeKey("100000123"));
		assertThat(ClassSheetImport.codeKey("0")).isEqualTo("0");
		assertThat(ClassSheetImport.codeKey("HS001")).isEqualTo("HS001");
	}

	@Test
	void refusesTextNamedAsAnExcelFileWithOneMessage() {
		assertThatExceptionOfType(SheetRefused.class)
			.isThrownBy(() -> SpreadsheetReader.read("hello, this is text".getBytes(StandardCharsets.UTF_8), "a.xlsx"))
			.satisfies(refused -> assertThat(refused.problems()).extracting(p -> p.getCode())
				.containsExactly(SpreadsheetReader.NOT_A_SPREADSHEET));
	}

	@Test
	void asksForUtf8WhenACsvCameInTheWindowsVietnameseEncoding() {

		byte[] windows1258 = "STT;Họ và tên\n1;Lê Thị Anh\n"
			.getBytes(java.nio.charset.Charset.forName("windows-1258"));

		assertRefused(windows1258, SpreadsheetReader.NOT_UTF8);
	}

	private static void assertRefused(byte[] file, String code) {
		assertThatExceptionOfType(SheetRefused.class).isThrownBy(() -> SpreadsheetReader.read(file))
			.satisfies(refused -> assertThat(refused.problems()).extracting(p -> p.getCode()).containsExactly(code));
	}

}
