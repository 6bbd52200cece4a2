package com.rolloutplanner.input;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.web.multipart.MultipartFile;

/**
 * A CSV file of lines under a header (KPI actuals, cost actuals), read all or nothing:
 * every line is checked before anything is stored, and what is wrong is said by line as a
 * message code and its arguments.
 */
public final class CsvLines {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreSurroundingSpaces(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private CsvLines() {
	}

	/** A problem on a line (0: the whole file), as a message code and its arguments. */
	public record Problem(long line, String code, List<Object> arguments) implements Serializable {
	}

	/** What a file holds: entries to store, or the problems that stop the import. */
	public record Result<E>(List<E> entries, List<Problem> problems) {

		public boolean isValid() {
			return this.problems.isEmpty() && !this.entries.isEmpty();
		}

		/** A file larger than the upload takes. */
		public static <E> Result<E> tooBig(long maxBytes) {
			return new Result<>(List.of(), List.of(new Problem(0, "csv.tooBig", List.of(maxBytes / 1024))));
		}

	}

	/**
	 * Reads one line of the right number of columns: its entry, or null and its problems.
	 */
	@FunctionalInterface
	public interface Line<E> {

		E read(CSVRecord record, long line, List<Problem> problems);

	}

	/**
	 * The entries of the content's lines under the header (its names in any case; another
	 * header is {@code headerCode}), at most {@code maxLines}.
	 */
	public static <E> Result<E> read(String content, List<String> header, String headerCode, int maxLines,
			Line<E> lines) {
		List<E> entries = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			if (!parser.getHeaderNames().stream().map((h) -> h.toLowerCase(Locale.ROOT)).toList().equals(header)) {
				return new Result<>(List.of(),
						List.of(new Problem(1, headerCode, List.of(String.join(",", parser.getHeaderNames())))));
			}
			for (CSVRecord record : parser) {
				long line = record.getRecordNumber() + 1;
				if (entries.size() + problems.size() >= maxLines) {
					problems.add(new Problem(line, "csv.tooLong", List.of(maxLines)));
					break;
				}
				if (record.size() != header.size()) {
					problems.add(new Problem(line, "csv.columns", List.of(record.size())));
					continue;
				}
				E entry = lines.read(record, line, problems);
				if (entry != null) {
					entries.add(entry);
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			problems.add(new Problem(0, "csv.unreadable", List.of()));
		}
		if (problems.isEmpty() && entries.isEmpty()) {
			problems.add(new Problem(0, "csv.empty", List.of()));
		}
		return new Result<>(problems.isEmpty() ? entries : List.of(), problems);
	}

	/**
	 * What was uploaded: the file when one was chosen, otherwise the text typed; null
	 * when the file is larger than {@code maxBytes}.
	 */
	public static String uploaded(MultipartFile file, String typed, long maxBytes) throws IOException {
		if (file == null || file.isEmpty()) {
			return typed;
		}
		return (file.getSize() > maxBytes) ? null : new String(file.getBytes(), StandardCharsets.UTF_8);
	}

}
