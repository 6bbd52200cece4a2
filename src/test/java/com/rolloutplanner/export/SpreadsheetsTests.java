package com.rolloutplanner.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables written as CSV and XLSX and read back: headers in the reader's language, real
 * numbers and dates, every page of rows, and no text a spreadsheet would run as a
 * formula.
 */
class SpreadsheetsTests {

	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	private final Spreadsheets spreadsheets;

	SpreadsheetsTests() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(false);
		messages.addMessage("t.id", Locale.ENGLISH, "Id");
		messages.addMessage("t.title", Locale.ENGLISH, "Title");
		messages.addMessage("t.day", Locale.ENGLISH, "Day");
		messages.addMessage("t.at", Locale.ENGLISH, "At");
		messages.addMessage("t.id", Locale.forLanguageTag("fi"), "Id");
		messages.addMessage("t.title", Locale.forLanguageTag("fi"), "Otsikko");
		messages.addMessage("t.day", Locale.forLanguageTag("fi"), "Day");
		messages.addMessage("t.at", Locale.forLanguageTag("fi"), "At");
		this.spreadsheets = new Spreadsheets(messages, Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), HELSINKI));
	}

	/** 1,201 rows over three pages of 500. */
	private static Table<Integer> table() {
		List<Column> columns = List.of(Column.number("t.id"), Column.text("t.title", 30), Column.date("t.day"),
				Column.dateTime("t.at"));
		return new Table<>("log-7", columns, (page) -> {
			int from = page * 500;
			List<Integer> rows = java.util.stream.IntStream.range(from, Math.min(1201, from + 500)).boxed().toList();
			return new PageImpl<>(rows, PageRequest.of(page, 500), 1201);
		}, (i) -> Arrays.asList(i, (i == 0) ? "=HYPERLINK(\"http://x\")" : (i == 1) ? null : "Row " + i,
				LocalDate.of(2026, 11, 30), Instant.parse("2026-11-27T10:00:00Z")));
	}

	@Test
	void anXlsxFileHasItsHeaderFrozenRealNumbersAndDatesAndNoFormula() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.spreadsheets.xlsx(table(), Locale.ENGLISH, out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("log-7");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Title");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getColumnWidth(1)).isEqualTo(30 * 256);
			assertThat(sheet.getLastRowNum()).isEqualTo(1201);
			assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isZero();
			// The formula-looking text is text, marked as quoted.
			assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
			assertThat(sheet.getRow(1).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(sheet.getRow(3).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
			assertThat(sheet.getRow(2).getCell(1)).as("an empty cell").isNull();
			assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(2))).isTrue();
			assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2026, 11, 30));
			// A moment in the product's time zone: 10:00 UTC is 12:00 in Helsinki.
			assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().getHour()).isEqualTo(12);
			assertThat(sheet.getRow(1201).getCell(1).getStringCellValue()).isEqualTo("Row 1200");
		}
	}

	@Test
	void aCsvFileHasItsHeaderInTheReadersLanguageAndNoFormula() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.spreadsheets.csv(table(), Locale.forLanguageTag("fi"), out);
		String csv = out.toString(StandardCharsets.UTF_8);

		assertThat(csv).startsWith("Id,Otsikko,Day,At\r\n")
			.contains("0,\"'=HYPERLINK(\"\"http://x\"\")\",2026-11-30,2026-11-27T12:00:00+02:00\r\n")
			.contains("1,,2026-11-30,")
			.endsWith("1200,Row 1200,2026-11-30,2026-11-27T12:00:00+02:00\r\n");
	}

	@ParameterizedTest
	@CsvSource(value = { "=1+1,true", "+1,true", "-1,true", "@SUM(A1),true", "'\t',true", "a=b,false", "'',false",
			"1,false" }, quoteCharacter = '\'')
	void textThatStartsLikeAFormulaIsGuarded(String text, boolean guarded) {
		assertThat(Spreadsheets.formulaLike(text)).isEqualTo(guarded);
	}

	@Test
	void theFileIsNamedWithTheDay() {
		assertThat(this.spreadsheets.fileName(table(), "xlsx")).isEqualTo("log-7-2026-11-27.xlsx");
	}

}
