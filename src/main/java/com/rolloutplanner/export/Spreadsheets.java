package com.rolloutplanner.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Writes tables as CSV or XLSX. In CSV a day is ISO 8601 and a moment ISO 8601 with its
 * offset in the product's time zone; in XLSX both are real dates with a date format, and
 * numbers are numbers. The header row is in the reader's language (frozen in XLSX, with
 * the columns' widths). A text cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is never run as a formula (numbers in CSV are
 * written plainly, {@code 20} rather than {@code 20.0000}): in CSV it starts with an
 * apostrophe, in XLSX it is marked as quoted text (what Excel's own leading apostrophe
 * does).
 */
@Component
public class Spreadsheets {

	/** The media type of an XLSX file. */
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Rows kept in memory while an XLSX file is written; the rest go to disk. */
	static final int WINDOW = 100;

	private final MessageSource messages;

	private final Clock clock;

	Spreadsheets(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/** The file name of a table's export on today's date, with its extension. */
	public String fileName(Table<?> table, String extension) {
		return table.name() + "-" + LocalDate.now(this.clock) + "." + extension;
	}

	/** Whether a text would be run as a formula by a spreadsheet. */
	public static boolean formulaLike(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/**
	 * Answers a request with the table as a file to download: {@code csv} or
	 * {@code xlsx}, named with today's date.
	 */
	public <T> void send(Table<T> table, String extension, Locale locale, HttpServletResponse response)
			throws IOException {
		boolean xlsx = "xlsx".equals(extension);
		response.setContentType(xlsx ? XLSX : "text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(fileName(table, xlsx ? "xlsx" : "csv"), StandardCharsets.UTF_8)
					.build()
					.toString());
		OutputStream out = response.getOutputStream();
		if (xlsx) {
			xlsx(table, locale, out);
		}
		else {
			csv(table, locale, out);
		}
		out.flush();
	}

	public <T> void csv(Table<T> table, Locale locale, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setHeader(headers(table, locale).toArray(String[]::new)).get());
		rows(table, (cells) -> {
			List<Object> written = new ArrayList<>(cells.size());
			for (Object cell : cells) {
				written.add(csvCell(cell));
			}
			printer.printRecord(written);
		});
		printer.flush();
	}

	public <T> void xlsx(Table<T> table, Locale locale, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
			workbook.setCompressTempFiles(true);
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			CellStyle quoted = workbook.createCellStyle();
			quoted.setQuotePrefixed(true);
			Row head = sheet.createRow(0);
			List<String> headers = headers(table, locale);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(header);
				sheet.setColumnWidth(i, Math.min(255, table.columns().get(i).width()) * 256);
			}
			sheet.createFreezePane(0, 1);
			int[] index = { 1 };
			rows(table, (cells) -> {
				Row row = sheet.createRow(index[0]++);
				for (int i = 0; i < cells.size(); i++) {
					Object value = cells.get(i);
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(i);
					if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else if (value instanceof LocalDate day) {
						cell.setCellValue(day);
						cell.setCellStyle(date);
					}
					else if (value instanceof Instant moment) {
						cell.setCellValue(LocalDateTime.ofInstant(moment, this.clock.getZone()));
						cell.setCellStyle(dateTime);
					}
					else {
						String text = value.toString();
						cell.setCellValue(text);
						if (formulaLike(text)) {
							cell.setCellStyle(quoted);
						}
					}
				}
			});
			workbook.write(out);
		}
	}

	private List<String> headers(Table<?> table, Locale locale) {
		return table.columns().stream().map((c) -> this.messages.getMessage(c.headerKey(), null, locale)).toList();
	}

	private Object csvCell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Instant moment) {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment.atZone(this.clock.getZone()).withNano(0));
		}
		if (value instanceof LocalDate day) {
			return day.toString();
		}
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Double || value instanceof Float) {
			return java.math.BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
		}
		if (value instanceof Number) {
			return value;
		}
		String text = value.toString();
		return formulaLike(text) ? "'" + text : text;
	}

	/** A row of cells, written. */
	@FunctionalInterface
	private interface RowWriter {

		void write(List<Object> cells) throws IOException;

	}

	private static <T> void rows(Table<T> table, RowWriter writer) throws IOException {
		int page = 0;
		Page<T> found;
		do {
			found = table.pages().apply(page++);
			for (T item : found) {
				List<Object> cells = table.row().apply(item);
				if (cells.size() != table.columns().size()) {
					throw new IllegalStateException(
							"A row of " + cells.size() + " cells for " + Arrays.toString(table.columns().toArray()));
				}
				writer.write(cells);
			}
		}
		while (found.hasNext());
	}

}
