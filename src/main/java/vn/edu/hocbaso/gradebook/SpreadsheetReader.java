package vn.edu.hocbaso.gradebook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX file, or a CSV file in UTF-8 (with or without BOM, comma or semicolon), into
 * text cells. Anything else is refused with a message the teacher understands, never an exception page.
 */
final class SpreadsheetReader {

	static final String NOT_A_SPREADSHEET = "sheet.file.notSpreadsheet";

	static final String OLD_EXCEL = "sheet.file.oldExcel";

	static final String NOT_UTF8 = "sheet.file.notUtf8";

	static final String EMPTY = "sheet.file.empty";

	static final String MERGED = "sheet.file.merged";

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private SpreadsheetReader() {
	}

	static SheetTable read(byte[] bytes) {
		return read(bytes, null);
	}

	/**
	 * Reads by content, not by name; the name only keeps a file called ".xlsx" that holds text from being
	 * taken for a CSV and reported as dozens of missing columns.
	 */
	static SheetTable read(byte[] bytes, String fileName) {

		if (bytes.length == 0) {
			throw new SheetRefused(EMPTY);
		}
		if (startsWith(bytes, ZIP)) {
			return xlsx(bytes);
		}
		if (startsWith(bytes, OLE2)) {
			throw new SheetRefused(OLD_EXCEL);
		}
		if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			throw new SheetRefused(NOT_A_SPREADSHEET);
		}

		return csv(text(bytes));
	}

	private static SheetTable xlsx(byte[] bytes) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			return table(workbook);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof SheetRefused refused) {
				throw refused;
			}
			throw new SheetRefused(NOT_A_SPREADSHEET);
		}
	}

	private static SheetTable table(Workbook workbook) {

		Sheet sheet = workbook.getSheetAt(0);
		if (sheet.getNumMergedRegions() > 0) {
			throw new SheetRefused(MERGED, sheet.getMergedRegion(0).formatAsString());
		}
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();

		List<SheetTable.Row> rows = new ArrayList<>();
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
				Cell cell = row.getCell(c);
				cells.add(cell == null ? null : formatter.formatCellValue(cell, evaluator));
			}
			rows.add(new SheetTable.Row(r + 1, cells));
		}

		return new SheetTable(rows);
	}

	/** Strict UTF-8: a binary file (a PDF, an image, random bytes) fails here rather than as odd cells. */
	private static String text(byte[] bytes) {

		int start = startsWith(bytes, BOM) ? BOM.length : 0;
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
				.toString();
			if (text.indexOf('\0') >= 0 || text.startsWith("%PDF")) {
				throw new SheetRefused(NOT_A_SPREADSHEET);
			}
			return text;
		}
		catch (CharacterCodingException ex) {
			// Text in another encoding is what Excel's plain "CSV" save gives on Vietnamese Windows (cp1258).
			throw new SheetRefused(looksLikeText(bytes) ? NOT_UTF8 : NOT_A_SPREADSHEET);
		}
	}

	/** No NUL and few control bytes: written text, whatever its encoding. */
	private static boolean looksLikeText(byte[] bytes) {

		int control = 0;
		for (byte b : bytes) {
			if (b == 0) {
				return false;
			}
			if (b > 0 && b < 0x09) {
				control++;
			}
		}

		return control * 100 < bytes.length;
	}

	private static SheetTable csv(String text) {

		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();

		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<SheetTable.Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(new SheetTable.Row((int) record.getRecordNumber(), record.toList()));
			}
			return new SheetTable(rows);
		}
		catch (IOException | RuntimeException ex) {
			throw new SheetRefused(NOT_A_SPREADSHEET);
		}
	}

	private static long count(String line, char character) {
		return line.chars().filter(c -> c == character).count();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
