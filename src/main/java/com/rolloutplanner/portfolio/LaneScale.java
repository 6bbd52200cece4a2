package com.rolloutplanner.portfolio;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.rolloutplanner.phase.Phase;

/**
 * The horizontal axis every lane of the portfolio shares: months of the journey from
 * three months before go-live (preparation) to month 24, or to the longest contract shown
 * up to month 60, month 0 being each lane's go-live. Positions are in the units of a
 * drawing {@value #WIDTH} wide.
 *
 * @param last the last month shown
 */
public record LaneScale(int last) {

	/** The first month shown: preparation, three months before go-live. */
	public static final int FIRST = -3;

	/** The last month shown at least. */
	public static final int SHORTEST = 24;

	/** The last month shown at most. */
	public static final int LONGEST = 60;

	/** The width of the drawing, in its own units. */
	public static final int WIDTH = 1000;

	/** The axis that shows the longest of the contracts (in months), within 24 to 60. */
	public static LaneScale covering(int longestContract) {
		return new LaneScale(Math.max(SHORTEST, Math.min(LONGEST, longestContract)));
	}

	/**
	 * The position of a moment of the journey (in months since go-live), kept on the
	 * axis.
	 */
	public double x(double month) {
		double kept = Math.max(FIRST, Math.min(this.last, month));
		return round((kept - FIRST) * WIDTH / (this.last - FIRST));
	}

	/** The width of one month. */
	public double monthWidth() {
		return round((double) WIDTH / (this.last - FIRST));
	}

	/** A stretch of the axis in one phase (before go-live: preparation). */
	public record Band(Phase phase, double from, double width) {
	}

	/** The phases, drawn once across all lanes: preparation, then the four phases. */
	public List<Band> bands() {
		List<Band> bands = new ArrayList<>();
		int[] starts = { FIRST, 0, 3, 6, 9, this.last };
		Phase[] phases = Phase.values();
		for (int i = 0; i < phases.length; i++) {
			double from = x(starts[i]);
			bands.add(new Band(phases[i], from, round(x(starts[i + 1]) - from)));
		}
		return bands;
	}

	/** A labelled month on the axis. */
	public record Tick(int month, double x) {
	}

	/** The months labelled: every three months, every six beyond two years. */
	public List<Tick> ticks() {
		int step = (this.last > SHORTEST) ? 6 : 3;
		List<Tick> ticks = new ArrayList<>();
		for (int month = 0; month < this.last; month += step) {
			ticks.add(new Tick(month, x(month)));
		}
		ticks.add(new Tick(this.last, x(this.last)));
		return ticks;
	}

	/**
	 * How far into its journey an engagement is on a date, in months since go-live with
	 * the fraction of the month under way (negative before go-live): month {@code m} ends
	 * on {@code goLive.plusMonths(m)}, as the phase calendar counts.
	 */
	public static double monthOf(LocalDate goLive, LocalDate date) {
		long whole = ChronoUnit.MONTHS.between(goLive, date);
		LocalDate start = goLive.plusMonths(whole);
		if (start.isAfter(date)) {
			whole--;
			start = goLive.plusMonths(whole);
		}
		LocalDate end = goLive.plusMonths(whole + 1);
		double fraction = (double) ChronoUnit.DAYS.between(start, date) / ChronoUnit.DAYS.between(start, end);
		return whole + fraction;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
