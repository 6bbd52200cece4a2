package com.rolloutplanner.phase;

import java.time.LocalDate;

/**
 * The dates the product accepts, stores and computes with: 1 January 1900 to 31 December
 * 2200. Anything outside is a typing error (or an attack), never an engagement, and
 * keeping every date inside keeps every calendar computation small and bounded.
 */
public final class DateWindow {

	public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

	public static final LocalDate LAST = LocalDate.of(2200, 12, 31);

	private DateWindow() {
	}

	public static boolean contains(LocalDate date) {
		return date != null && !date.isBefore(FIRST) && !date.isAfter(LAST);
	}

	/**
	 * @throws IllegalArgumentException for a date outside the window
	 */
	public static LocalDate require(LocalDate date, String what) {
		if (!contains(date)) {
			throw new IllegalArgumentException(what + " must lie between " + FIRST + " and " + LAST + ", was " + date);
		}
		return date;
	}

}
