package com.rolloutplanner.issue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

/**
 * How soon an issue of a severity is answered: calendar hours for a critical issue,
 * working days (Monday to Friday in the engagement's time zone, the time of day kept) for
 * the others; from one hour to thirty days.
 *
 * @param hours for a critical issue, otherwise 0
 * @param workingDays for the other severities, otherwise 0
 */
public record ResponsePromise(int hours, int workingDays) {

	/** The most hours a critical issue may wait: thirty days. */
	public static final int MAX_HOURS = 30 * 24;

	/** The most working days an issue may wait. */
	public static final int MAX_WORKING_DAYS = 30;

	public ResponsePromise {
		if ((hours > 0) == (workingDays > 0) || hours < 0 || workingDays < 0 || hours > MAX_HOURS
				|| workingDays > MAX_WORKING_DAYS) {
			throw new IllegalArgumentException("A promise is 1–720 hours or 1–30 working days");
		}
	}

	public static ResponsePromise hours(int hours) {
		return new ResponsePromise(hours, 0);
	}

	public static ResponsePromise workingDays(int days) {
		return new ResponsePromise(0, days);
	}

	/** The promises an engagement starts with: 4 hours, then 1, 3 and 10 working days. */
	public static Map<IssueSeverity, ResponsePromise> defaults() {
		Map<IssueSeverity, ResponsePromise> promises = new EnumMap<>(IssueSeverity.class);
		promises.put(IssueSeverity.CRITICAL, hours(4));
		promises.put(IssueSeverity.HIGH, workingDays(1));
		promises.put(IssueSeverity.MEDIUM, workingDays(3));
		promises.put(IssueSeverity.LOW, workingDays(10));
		return promises;
	}

	/**
	 * A promise for the severity as written in ISO 8601: hours for a critical issue
	 * ({@code PT4H}), days for the others ({@code P1D}, counted as working days).
	 * @throws IllegalArgumentException for anything else, or out of bounds
	 */
	public static ResponsePromise parse(IssueSeverity severity, String text) {
		try {
			if (severity == IssueSeverity.CRITICAL) {
				Duration duration = Duration.parse(text);
				if (duration.isNegative() || duration.toMinutesPart() != 0 || duration.toSecondsPart() != 0
						|| duration.toNanosPart() != 0 || duration.toHours() > MAX_HOURS) {
					throw new IllegalArgumentException("Whole hours, 1–720: " + text);
				}
				return hours((int) duration.toHours());
			}
			Period period = Period.parse(text);
			if (period.getYears() != 0 || period.getMonths() != 0 || period.getDays() > MAX_WORKING_DAYS) {
				throw new IllegalArgumentException("Working days, 1–30: " + text);
			}
			return workingDays(period.getDays());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not a promise: " + text, ex);
		}
	}

	/** The promise as written in ISO 8601, as {@link #parse} reads it. */
	public String text() {
		return (this.hours > 0) ? "PT" + this.hours + "H" : "P" + this.workingDays + "D";
	}

	/**
	 * When the response is due for something raised at the moment: so many hours later,
	 * or the same time of day so many working days later (raised on a weekend, the count
	 * starts on Monday).
	 */
	public ZonedDateTime due(ZonedDateTime raised) {
		if (this.hours > 0) {
			return raised.plusHours(this.hours);
		}
		ZonedDateTime due = raised;
		int counted = 0;
		while (counted < this.workingDays) {
			due = due.plusDays(1);
			if (isWorkingDay(due.getDayOfWeek())) {
				counted++;
			}
		}
		return due;
	}

	private static boolean isWorkingDay(DayOfWeek day) {
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	/**
	 * The tier of an issue raised at the moment, at another moment: the first response
	 * stops the clock ({@code respondedAt}, {@code null} while there is none).
	 */
	public EscalationTier tier(ZonedDateTime raised, ZonedDateTime respondedAt, ZonedDateTime now) {
		ZonedDateTime clock = (respondedAt != null && respondedAt.isBefore(now)) ? respondedAt : now;
		ZonedDateTime due = due(raised);
		return EscalationTier.at(due.toInstant(), due(due).toInstant(), clock.toInstant());
	}

}
