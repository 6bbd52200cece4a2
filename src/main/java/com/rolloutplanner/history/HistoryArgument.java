package com.rolloutplanner.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * One typed argument of a history entry, stored as it was and put into words only when
 * read: a text as typed, a date, a number, a message key, or several message keys.
 */
record HistoryArgument(Kind kind, String value) {

	static final int MAX_TEXT = 2000;

	enum Kind {

		TEXT, DATE, NUMBER, MESSAGE, MESSAGES

	}

	static HistoryArgument text(String text) {
		if (text == null) {
			return message("history.none");
		}
		return new HistoryArgument(Kind.TEXT,
				(text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT - 1) + "…" : text);
	}

	static HistoryArgument date(LocalDate date) {
		return (date != null) ? new HistoryArgument(Kind.DATE, date.toString()) : message("history.none");
	}

	static HistoryArgument number(Number number) {
		if (number == null) {
			return message("history.none");
		}
		BigDecimal decimal = (number instanceof BigDecimal d) ? d : new BigDecimal(number.toString());
		return new HistoryArgument(Kind.NUMBER, decimal.stripTrailingZeros().toPlainString());
	}

	static HistoryArgument message(String key) {
		return new HistoryArgument(Kind.MESSAGE, key);
	}

	static HistoryArgument messages(Collection<String> keys) {
		return keys.isEmpty() ? message("history.none")
				: new HistoryArgument(Kind.MESSAGES, keys.stream().collect(Collectors.joining(",")));
	}

}
