package com.rolloutplanner.system;

import java.time.LocalDate;

/**
 * The date a page shows the state on: {@code ?asOf=YYYY-MM-DD}, or today. A value that is
 * not a date falls back to today and is kept in {@link #rejected()} so the page can say
 * so.
 */
public record AsOf(LocalDate date, boolean today, String rejected) {

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
