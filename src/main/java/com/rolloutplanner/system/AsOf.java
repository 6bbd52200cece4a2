package com.rolloutplanner.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.rolloutplanner.phase.DateWindow;

/**
 * The date a page shows the state on: {@code ?asOf=YYYY-MM-DD}, or today. A value that is
 * not a date falls back to today and is kept in {@link #rejected()} so the page can say
 * so.
 */
public record AsOf(LocalDate date, boolean today, String rejected) {

	/** What was wrong with a rejected value: not a date. */
	public static final String NOT_A_DATE = "api.field.date";

	/** What was wrong with a rejected value: a date outside the window. */
	public static final String OUTSIDE_WINDOW = "DateInWindow";

	/**
	 * The one reading of an {@code asOf} value, for pages and the API alike: a date of
	 * the window ({@link DateWindow}), or today when it is blank, not a date or outside
	 * the window (then kept as rejected).
	 */
	public static AsOf read(String value, LocalDate today) {
		if (value == null || value.isBlank()) {
			return new AsOf(today, true, null);
		}
		LocalDate date = parse(value);
		return (date != null && DateWindow.contains(date)) ? new AsOf(date, date.equals(today), null)
				: new AsOf(today, true, value);
	}

	/**
	 * The message key saying what is wrong with the rejected value; {@code null} if none.
	 */
	public String problem() {
		if (this.rejected == null) {
			return null;
		}
		return (parse(this.rejected) == null) ? NOT_A_DATE : OUTSIDE_WINDOW;
	}

	private static LocalDate parse(String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public boolean isInvalid() {
		return this.rejected != null;
	}

	/**
	 * The query parameter to carry on in links; {@code null} when the page shows today.
	 */
	public String param() {
		return this.today ? null : this.date.toString();
	}

}
