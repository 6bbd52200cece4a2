package com.rolloutplanner.businesscase;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.rolloutplanner.input.CsvLines;
import com.rolloutplanner.input.Decimals;

/**
 * Reads monthly cost actuals from CSV ({@code month,cost,benefit} with a header; the
 * benefit may be empty), all or nothing ({@link CsvLines}).
 */
public final class CsvCosts {

	static final int MAX_LINES = BusinessCase.MAX_MONTH;

	private CsvCosts() {
	}

	/** A month to store. */
	record Entry(int month, BigDecimal cost, BigDecimal benefit) {
	}

	/**
	 * An amount as typed, read; or the message code of what is wrong, and the likelier
	 * reading.
	 */
	public record Amount(BigDecimal value, String error, String meant) {

		public Amount(BigDecimal value, String error) {
			this(value, error, null);
		}

	}

	static CsvLines.Result<Entry> read(String content, Locale locale) {
		Set<Integer> months = new HashSet<>();
		return CsvLines.read(content, List.of("month", "cost", "benefit"), "csvCosts.header", MAX_LINES,
				(record, line, problems) -> {
					Integer month = month(record.get(0));
					if (month == null) {
						problems.add(new CsvLines.Problem(line, "csvCosts.month", List.of(record.get(0))));
					}
					else if (!months.add(month)) {
						problems.add(new CsvLines.Problem(line, "csvCosts.twice", List.of(month)));
						month = null;
					}
					BigDecimal cost = checked(amount(record.get(1), locale), "csvCosts.cost", record.get(1), line,
							problems);
					BigDecimal benefit = record.get(2).isEmpty() ? BigDecimal.ZERO
							: checked(amount(record.get(2), locale), "csvCosts.benefit", record.get(2), line, problems);
					return (month != null && cost != null && benefit != null) ? new Entry(month, cost, benefit) : null;
				});
	}

	public static Integer month(String text) {
		if (text == null || !text.strip().matches("[0-9]{1,3}")) {
			return null;
		}
		int month = Integer.parseInt(text.strip());
		return (month >= 1 && month <= BusinessCase.MAX_MONTH) ? month : null;
	}

	private static BigDecimal checked(Amount amount, String code, String typed, long line,
			List<CsvLines.Problem> problems) {
		if (amount.value() == null) {
			problems.add((amount.meant() != null)
					? new CsvLines.Problem(line, "csvCosts.ambiguous", List.of(typed, amount.meant()))
					: new CsvLines.Problem(line, code, List.of(typed)));
		}
		return amount.value();
	}

	/**
	 * An amount as typed, read by the rules of the reader's language ({@link Decimals}):
	 * at least 0, under a thousand million, at most two decimals. What could be read two
	 * ways is refused with the likelier reading.
	 */
	public static Amount amount(String text, Locale locale) {
		Decimals.Reading reading = Decimals.read(text, locale, 2);
		if (reading instanceof Decimals.Read read && BusinessCaseTerms.isAmount(read.value())) {
			return new Amount(read.value().setScale(2), null);
		}
		if (reading instanceof Decimals.Ambiguous ambiguous) {
			return new Amount(null, "Decimals.ambiguous", Decimals.format(ambiguous.meant(), locale));
		}
		return new Amount(null, "businessCase.actual.amount");
	}

}
