package com.rolloutplanner.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.rolloutplanner.input.CsvLines;
import com.rolloutplanner.input.Decimals;
import com.rolloutplanner.input.Measurement;

/**
 * Reads monthly actuals from CSV ({@code kpi,month,value} with a header), all or nothing
 * ({@link CsvLines}).
 */
public final class CsvActuals {

	static final int MAX_LINES = 5000;

	private CsvActuals() {
	}

	/** A value to store. */
	record Entry(Kpi kpi, int month, BigDecimal value) {
	}

	static CsvLines.Result<Entry> read(String content, Map<String, Kpi> kpisByLowerCaseName, Locale locale) {
		return CsvLines.read(content, List.of("kpi", "month", "value"), "csv.header", MAX_LINES,
				(record, line, problems) -> {
					Kpi kpi = kpisByLowerCaseName.get(record.get(0).toLowerCase(Locale.ROOT));
					if (kpi == null) {
						problems.add(new CsvLines.Problem(line, "csv.unknownKpi", List.of(record.get(0))));
					}
					Integer month = Kpi.month(record.get(1));
					if (month == null) {
						problems.add(new CsvLines.Problem(line, "csv.month", List.of(record.get(1))));
					}
					Value value = value(record.get(2), locale);
					if (value.meant() != null) {
						problems
							.add(new CsvLines.Problem(line, "csv.ambiguous", List.of(record.get(2), value.meant())));
					}
					else if (value.value() == null) {
						problems.add(new CsvLines.Problem(line, "csv.value", List.of(record.get(2))));
					}
					return (kpi != null && month != null && value.value() != null)
							? new Entry(kpi, month, value.value()) : null;
				});
	}

	/**
	 * A value as typed, read; or the likelier reading of one that could be read two ways.
	 */
	public record Value(BigDecimal value, String meant) {
	}

	/**
	 * A value as typed, read by the rules of the reader's language ({@link Decimals}),
	 * within ±{@link Kpi#MAX_VALUE} and with at most {@value Measurement#DECIMALS}
	 * decimals.
	 */
	public static Value value(String text, Locale locale) {
		Decimals.Reading reading = Decimals.read(text, locale, Measurement.DECIMALS);
		if (reading instanceof Decimals.Read read && Kpi.isValue(read.value())) {
			return new Value(read.value(), null);
		}
		if (reading instanceof Decimals.Ambiguous ambiguous) {
			return new Value(null, Decimals.format(ambiguous.meant(), locale));
		}
		return new Value(null, null);
	}

}
