package com.rolloutplanner.kpi;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import com.rolloutplanner.input.Decimals;
import com.rolloutplanner.input.Measurement;

/**
 * Reads monthly actuals from CSV ({@code kpi,month,value} with a header). Every line is
 * checked before anything is stored, so an import is all or nothing; problems are
 * reported by line.
 */
final class CsvActuals {

	static final int MAX_LINES = 5000;

	private CsvActuals() {
	}

	/** A value to store. */
	record Entry(Kpi kpi, int month, BigDecimal value) {
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

	static Result read(String content, Map<String, Kpi> kpisByLowerCaseName, Locale locale) {
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
			if (!header.equals(List.of("kpi", "month", "value"))) {
				problems.add(new Problem(1, "csv.header", List.of(String.join(",", parser.getHeaderNames()))));
				return new Result(List.of(), problems);
			}
			for (CSVRecord record : parser) {
				if (entries.size() + problems.size() >= MAX_LINES) {
					problems.add(new Problem(record.getRecordNumber() + 1, "csv.tooLong", List.of(MAX_LINES)));
					break;
				}
				read(record, kpisByLowerCaseName, entries, problems, locale);
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

	private static void read(CSVRecord record, Map<String, Kpi> kpis, List<Entry> entries, List<Problem> problems,
			Locale locale) {
		long line = record.getRecordNumber() + 1;
		if (record.size() != 3) {
			problems.add(new Problem(line, "csv.columns", List.of(record.size())));
			return;
		}
		Kpi kpi = kpis.get(record.get(0).toLowerCase(Locale.ROOT));
		if (kpi == null) {
			problems.add(new Problem(line, "csv.unknownKpi", List.of(record.get(0))));
		}
		Integer month = Kpi.month(record.get(1));
		if (month == null) {
			problems.add(new Problem(line, "csv.month", List.of(record.get(1))));
		}
		Value value = value(record.get(2), locale);
		if (value.meant() != null) {
			problems.add(new Problem(line, "csv.ambiguous", List.of(record.get(2), value.meant())));
		}
		else if (value.value() == null) {
			problems.add(new Problem(line, "csv.value", List.of(record.get(2))));
		}
		if (kpi != null && month != null && value.value() != null) {
			entries.add(new Entry(kpi, month, value.value()));
		}
	}

	/**
	 * A value as typed, read; or the likelier reading of one that could be read two ways.
	 */
	record Value(BigDecimal value, String meant) {
	}

	/**
	 * A value as typed, read by the rules of the reader's language ({@link Decimals}),
	 * within ±{@link Kpi#MAX_VALUE} and with at most {@value Measurement#DECIMALS}
	 * decimals.
	 */
	static Value value(String text, Locale locale) {
		Decimals.Reading reading = Decimals.read(text, locale, Measurement.DECIMALS);
		if (reading instanceof Decimals.Read read && Kpi.isValue(read.value())) {
			return new Value(read.value(), null);
		}
		if (reading instanceof Decimals.Ambiguous ambiguous) {
			return new Value(null, Decimals.format(ambiguous.meant(), locale));
		}
		return new Value(null, null);
	}

	private static String stripBom(String content) {
		return content.startsWith("\uFEFF") ? content.substring(1) : content;
	}

}
