package vn.edu.hocbaso.gradebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a class sheet: headers in row 1, column keys in row 2 (hidden in XLSX), then one row per pupil. Numbers
 * are written as numbers, so that the spreadsheet program neither warns nor reformats them.
 */
final class SpreadsheetWriter {

	/** The identity columns stay visible while scrolling through about 60 field columns. */
	private static final int FROZEN_COLUMNS = 3;

	private SpreadsheetWriter() {
	}

	static byte[] xlsx(String sheetName, List<String> headers, List<String> keys, List<List<Object>> rows,
			List<Integer> hiddenColumns) {

		try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = bold(workbook);
			write(sheet.createRow(0), headers).forEach(cell -> cell.setCellStyle(bold));
			sheet.createRow(1).setZeroHeight(true);
			write(sheet.getRow(1), keys);
			for (int r = 0; r < rows.size(); r++) {
				write(sheet.createRow(r + 2), rows.get(r));
			}
			hiddenColumns.forEach(column -> sheet.setColumnHidden(column, true));
			sheet.createFreezePane(FROZEN_COLUMNS, 2);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** UTF-8 with a byte order mark, without which Excel reads Vietnamese as mojibake. */
	static byte[] csv(List<String> headers, List<String> keys, List<List<Object>> rows) {

		var out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
			writer.write('\uFEFF');
			printer.printRecord(headers);
			printer.printRecord(keys);
			for (List<Object> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}

		return out.toByteArray();
	}

	private static List<org.apache.poi.ss.usermodel.Cell> write(Row row, List<?> values) {

		for (int c = 0; c < values.size(); c++) {
			Object value = values.get(c);
			if (value instanceof Number number) {
				row.createCell(c).setCellValue(number.doubleValue());
			}
			else if (value != null) {
				row.createCell(c).setCellValue(value.toString());
			}
		}

		return java.util.stream.StreamSupport.stream(row.spliterator(), false).toList();
	}

	private static CellStyle bold(XSSFWorkbook workbook) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		style.setFont(font);
		return style;
	}

}
