package com.rolloutplanner.businesscase;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads monthly cost actuals from CSV ({@code month,cost,benefit} with a header; the
 * benefit may be empty). Every line is checked before anything is stored, so an import is
 * all or nothing; problems are reported by line.
 */
final class CsvCosts {

	static final int MAX_LINES = BusinessCase.MAX_MONTH;

	private CsvCosts() {
	}

	/** A month to store. */
	record Entry(int month, BigDecimal cost, BigDecimal benefit) {
	}

	/** A problem on a line, as a message code and its arguments. */
	record Problem(long line, String code, List<Object> arguments) implements java.io.Serializable {
	}

	/** What a file holds: entries to store, or the problems that stop the import. */
	record Result(List<Entry> entries, List<Problem> problems) {

		boolean isValid() {
			return this.problems.isEmpty() && !this.entries.isEmpty();
		}

	}

	static Result read(String content) {
		List<Entry> entries = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(content)), format)) {
			List<String> header = parser.getHeaderNames().stream().map((h) -> h.toLowerCase(Locale.ROOT)).toList();
			if (!header.equals(List.of("month", "cost", "benefit"))) {
				problems.add(new Problem(1, "csvCosts.header", List.of(String.join(",", parser.getHeaderNames()))));
				return new Result(List.of(), problems);
			}
			Set<Integer> months = new HashSet<>();
			for (CSVRecord record : parser) {
				if (entries.size() + problems.size() >= MAX_LINES) {
					problems.add(new Problem(record.getRecordNumber() + 1, "csv.tooLong", List.of(MAX_LINES)));
					break;
				}
				read(record, months, entries, problems);
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			problems.add(new Problem(0, "csv.unreadable", List.of()));
		}
		if (problems.isEmpty() && entries.isEmpty()) {
			problems.add(new Problem(0, "csv.empty", List.of()));
		}
		return new Result(problems.isEmpty() ? entries : List.of(), problems);
	}

	private static void read(CSVRecord record, Set<Integer> months, List<Entry> entries, List<Problem> problems) {
		long line = record.getRecordNumber() + 1;
		if (record.size() != 3) {
			problems.add(new Problem(line, "csv.columns", List.of(record.size())));
			return;
		}
		Integer month = month(record.get(0));
		if (month == null) {
			problems.add(new Problem(line, "csvCosts.month", List.of(record.get(0))));
		}
		else if (!months.add(month)) {
			problems.add(new Problem(line, "csvCosts.twice", List.of(month)));
			month = null;
		}
		BigDecimal cost = amount(record.get(1));
		if (cost == null) {
			problems.add(new Problem(line, "csvCosts.cost", List.of(record.get(1))));
		}
		BigDecimal benefit = record.get(2).isEmpty() ? BigDecimal.ZERO : amount(record.get(2));
		if (benefit == null) {
			problems.add(new Problem(line, "csvCosts.benefit", List.of(record.get(2))));
		}
		if (month != null && cost != null && benefit != null) {
			entries.add(new Entry(month, cost, benefit));
		}
	}

	static Integer month(String text) {
		if (text == null || !text.strip().matches("[0-9]{1,3}")) {
			return null;
		}
		int month = Integer.parseInt(text.strip());
		return (month >= 1 && month <= BusinessCase.MAX_MONTH) ? month : null;
	}

	/**
	 * An amount as typed: digits with a point, or a comma as Finnish spreadsheets write
	 * it, spaces as thousands separators; at least 0, under a thousand million, at most
	 * two decimals. Anything else is {@code null}.
	 */
	static BigDecimal amount(String text) {
		if (text == null) {
			return null;
		}
		String plain = text.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
		if (!plain.matches("[0-9]{1,12}(\\.[0-9]{1,4})?")) {
			return null;
		}
		BigDecimal value = new BigDecimal(plain);
		return BusinessCaseTerms.isAmount(value) ? value.setScale(2) : null;
	}

	private static String stripBom(String content) {
		return content.startsWith("\uFEFF") ? content.substring(1) : content;
	}

}
