package com.rolloutplanner.due;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long something is overdue, in the unit a reader weighs it by: days for the first
 * {@value #DAYS_UP_TO} days ("overdue 17 days"), whole months after that ("overdue 4
 * months"). The one rule for the dashboard, the waiting list, the agenda, the report and
 * the mails.
 *
 * @param amount how many days or months
 * @param inMonths whether the amount is in months
 */
public record Overdue(long amount, boolean inMonths) {

	/** Up to this many days late, lateness is said in days. */
	public static final int DAYS_UP_TO = 59;

	/**
	 * @return how long it is overdue on {@code asOf}, or null when it is not overdue then
	 */
	public static Overdue of(LocalDate dueDate, LocalDate asOf) {
		long days = ChronoUnit.DAYS.between(dueDate, asOf);
		if (days <= 0) {
			return null;
		}
		return (days <= DAYS_UP_TO) ? new Overdue(days, false)
				: new Overdue(ChronoUnit.MONTHS.between(dueDate, asOf), true);
	}

	/** The message that says it, with {@link #amount()} as its argument. */
	public String messageKey() {
		return this.inMonths ? "due.overdueBy.months" : "due.overdueBy.days";
	}

}
