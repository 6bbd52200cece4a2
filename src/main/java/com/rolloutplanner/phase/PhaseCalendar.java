package com.rolloutplanner.phase;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a go-live date and any other date on the phase timeline.
 * <p>
 * Every phase boundary is {@code goLive.plusMonths(k)}, always counted from the go-live
 * date itself (never chained), so that {@link java.time} clamps to the month's end the
 * same way for every boundary: a go-live on 31 January enters learning on 30 April and
 * established production on 31 July.
 */
public final class PhaseCalendar {

	private PhaseCalendar() {
	}

	/**
	 * @throws IllegalArgumentException for a date outside the {@link DateWindow}
	 */
	public static Placement place(LocalDate goLive, LocalDate asOf) {
		DateWindow.require(goLive, "The go-live date");
		DateWindow.require(asOf, "The date to place");
		List<PhaseWindow> timeline = timeline(goLive);
		if (asOf.isBefore(goLive)) {
			int days = (int) ChronoUnit.DAYS.between(asOf, goLive);
			return new Placement(asOf, goLive, Phase.PRE_LAUNCH, null, goLive, 0, 0, null, days, null, timeline);
		}
		int monthsCompleted = monthsCompleted(goLive, asOf);
		Phase phase = Phase.ofMonth(monthsCompleted + 1);
		LocalDate start = goLive.plusMonths(phase.startMonth());
		Phase next = phase.next();
		LocalDate nextStart = (next != null) ? goLive.plusMonths(next.startMonth()) : null;
		int dayInPhase = (int) ChronoUnit.DAYS.between(start, asOf) + 1;
		Integer daysToNext = (nextStart != null) ? (int) ChronoUnit.DAYS.between(asOf, nextStart) : null;
		Integer progress = (nextStart != null) ? progressPercent(start, nextStart, asOf) : null;
		int monthInPhase = monthsCompleted - phase.startMonth() + 1;
		return new Placement(asOf, goLive, phase, start, nextStart, monthsCompleted + 1, monthInPhase, dayInPhase,
				daysToNext, progress, timeline);
	}

	/** The dated windows of every phase, pre-launch first. */
	public static List<PhaseWindow> timeline(LocalDate goLive) {
		List<PhaseWindow> windows = new ArrayList<>();
		windows.add(new PhaseWindow(Phase.PRE_LAUNCH, null, goLive));
		for (Phase phase : Phase.values()) {
			if (phase.isAfterGoLive()) {
				Phase next = phase.next();
				LocalDate end = (next != null) ? goLive.plusMonths(next.startMonth()) : null;
				windows.add(new PhaseWindow(phase, goLive.plusMonths(phase.startMonth()), end));
			}
		}
		return windows;
	}

	/** The first day of the given 1-based month of the journey. */
	public static LocalDate startOfMonth(LocalDate goLive, int monthOfJourney) {
		return goLive.plusMonths(monthOfJourney - 1L);
	}

	/**
	 * Whole months between go-live and the date, where month {@code m} is complete on
	 * {@code goLive.plusMonths(m)}. {@link ChronoUnit#MONTHS} alone disagrees at month
	 * ends (31 Jan to 28 Feb is "0 months"), so the estimate is corrected against
	 * {@code plusMonths}: it counts by the day of the month, which {@code plusMonths}
	 * clamps at month ends, so it is never too high and at most one too low.
	 */
	static int monthsCompleted(LocalDate goLive, LocalDate asOf) {
		long months = ChronoUnit.MONTHS.between(goLive, asOf);
		if (!goLive.plusMonths(months + 1).isAfter(asOf)) {
			months++;
		}
		return Math.toIntExact(months);
	}

	private static int progressPercent(LocalDate start, LocalDate end, LocalDate asOf) {
		long total = ChronoUnit.DAYS.between(start, end);
		long done = ChronoUnit.DAYS.between(start, asOf);
		return (int) (done * 100 / total);
	}

}
