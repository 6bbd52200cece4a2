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

import com.rolloutplanner.input.Decimals;

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

	/**
	 * An amount as typed, read; or the message code of what is wrong, and the likelier
	 * reading.
	 */
	record Amount(BigDecimal value, String error, String meant) {

		Amount(BigDecimal value, String error) {
			this(value, error, null);
		}

	}

	static Result read(String content, Locale locale) {
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
				read(record, months, entries, problems, locale);
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

	private static void read(CSVRecord record, Set<Integer> months, List<Entry> entries, List<Problem> problems,
			Locale locale) {
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
		BigDecimal cost = checked(amount(record.get(1), locale), "csvCosts.cost", record.get(1), line, problems);
		BigDecimal benefit = record.get(2).isEmpty() ? BigDecimal.ZERO
				: checked(amount(record.get(2), locale), "csvCosts.benefit", record.get(2), line, problems);
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

	private static BigDecimal checked(Amount amount, String code, String typed, long line, List<Problem> problems) {
		if (amount.value() == null) {
			problems
				.add((amount.meant() != null) ? new Problem(line, "csvCosts.ambiguous", List.of(typed, amount.meant()))
						: new Problem(line, code, List.of(typed)));
		}
		return amount.value();
	}

	/**
	 * An amount as typed, read by the rules of the reader's language ({@link Decimals}):
	 * at least 0, under a thousand million, at most two decimals. What could be read two
	 * ways is refused with the likelier reading.
	 */
	static Amount amount(String text, Locale locale) {
		Decimals.Reading reading = Decimals.read(text, locale, 2);
		if (reading instanceof Decimals.Read read && BusinessCaseTerms.isAmount(read.value())) {
			return new Amount(read.value().setScale(2), null);
		}
		if (reading instanceof Decimals.Ambiguous ambiguous) {
			return new Amount(null, "Decimals.ambiguous", Decimals.format(ambiguous.meant(), locale));
		}
		return new Amount(null, "businessCase.actual.amount");
	}

	private static String stripBom(String content) {
		return content.startsWith("\uFEFF") ? content.substring(1) : content;
	}

}
