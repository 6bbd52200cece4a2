package com.rolloutplanner.pulse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the cooperation pulse, in one place for the pages, the API, the mails and
 * the reports: which months are pulse months and when they open, a side's score, and the
 * findings of the latest pulse.
 */
public final class PulseRules {

	/** How many months of the journey each have a pulse, before every third month. */
	public static final int MONTHLY_UNTIL = 6;

	/** Every this many months after {@link #MONTHLY_UNTIL}. */
	public static final int THEN_EVERY = 3;

	/** A fall of a side's score this large, from one pulse to the next, is a finding. */
	public static final BigDecimal FALL = new BigDecimal("0.5");

	/** A side's score this low or lower is a finding. */
	public static final BigDecimal LOW = new BigDecimal("3.0");

	/** Scores of the two sides this far apart are a finding. */
	public static final BigDecimal APART = new BigDecimal("1.0");

	/** The longest contract in months: no pulse month lies beyond it. */
	public static final int LONGEST_CONTRACT = 240;

	/** Days after a pulse month opens before a missing side is a finding. */
	public static final int ANSWER_DAYS = 14;

	private PulseRules() {
	}

	/**
	 * Whether a month of the journey has a pulse: months 1–6, then every third month (9,
	 * 12, …), to the contract's end.
	 */
	public static boolean isPulseMonth(int month, int contractMonths) {
		return month >= 1 && month <= contractMonths && (month <= MONTHLY_UNTIL || month % THEN_EVERY == 0);
	}

	/** The pulse months of a contract, in order. */
	public static List<Integer> pulseMonths(int contractMonths) {
		List<Integer> months = new ArrayList<>();
		for (int month = 1; month <= contractMonths; month++) {
			if (isPulseMonth(month, contractMonths)) {
				months.add(month);
			}
		}
		return months;
	}

	/**
	 * The day a month of the journey is complete and its pulse opens: its answers may be
	 * given from that day on.
	 */
	public static LocalDate opens(LocalDate goLive, int month) {
		return goLive.plusMonths(month);
	}

	/** Whether the pulse of the month may be answered on the date. */
	public static boolean isOpen(LocalDate goLive, int month, int contractMonths, LocalDate date) {
		return isPulseMonth(month, contractMonths) && !date.isBefore(opens(goLive, month));
	}

	/**
	 * A side's score: the mean of its answers' means, to one decimal, half up;
	 * {@code null} without answers. Each answer gives every statement a value from 1 to
	 * 5.
	 */
	public static BigDecimal score(Collection<Map<Statement, Integer>> answers) {
		if (answers.isEmpty()) {
			return null;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (Map<Statement, Integer> answer : answers) {
			sum = sum.add(mean(answer));
		}
		return sum.divide(BigDecimal.valueOf(answers.size()), 10, RoundingMode.HALF_UP)
			.setScale(1, RoundingMode.HALF_UP);
	}

	private static BigDecimal mean(Map<Statement, Integer> answer) {
		int total = 0;
		for (Statement statement : Statement.values()) {
			Integer value = answer.get(statement);
			if (value == null || value < Statement.LOWEST || value > Statement.HIGHEST) {
				throw new IllegalArgumentException("Every statement needs a value from 1 to 5: " + statement);
			}
			total += value;
		}
		return BigDecimal.valueOf(total)
			.divide(BigDecimal.valueOf(Statement.values().length), 10, RoundingMode.HALF_UP);
	}

	/**
	 * Both sides' scores of one pulse month ({@code null} for a side without answers).
	 */
	public record Scores(int month, BigDecimal client, BigDecimal partner) {

		public boolean fromBothSides() {
			return this.client != null && this.partner != null;
		}

	}

	/**
	 * The findings of an engagement's pulse on a date.
	 * @param months the scores of the pulse months that have opened, in order
	 * @param kpiBelowBand whether some KPI is below its expected band in the month of the
	 * latest pulse answered by both sides
	 */
	public static Set<PulseFinding> findings(List<Scores> months, boolean kpiBelowBand, LocalDate goLive,
			LocalDate date) {
		Set<PulseFinding> findings = EnumSet.noneOf(PulseFinding.class);
		Latest both = latest(months);
		if (both != null) {
			Scores latest = both.scores();
			if (both.troubled()) {
				findings.add(kpiBelowBand ? PulseFinding.COOPERATION_STRAINED : PulseFinding.COOPERATION_FALLING);
			}
			if (latest.client().subtract(latest.partner()).abs().compareTo(APART) >= 0) {
				findings.add(PulseFinding.ONE_SIDED);
			}
		}
		// The latest pulse month whose answering days are over, if a side left it
		// unanswered.
		for (int i = months.size() - 1; i >= 0; i--) {
			Scores month = months.get(i);
			if (date.isAfter(opens(goLive, month.month()).plusDays(ANSWER_DAYS))) {
				if (!month.fromBothSides()) {
					findings.add(PulseFinding.NO_PULSE);
				}
				break;
			}
		}
		return findings;
	}

	/**
	 * The latest month both sides answered, how each side's score moved from the month
	 * both answered before, and whether a side is troubled (3.0 or less, or fallen by
	 * half a point).
	 */
	public record Latest(Scores scores, String clientTrend, String partnerTrend, boolean troubled) {
	}

	/** See {@link Latest}; {@code null} when no month has answers from both sides. */
	public static Latest latest(List<Scores> months) {
		List<Scores> both = months.stream().filter(Scores::fromBothSides).toList();
		if (both.isEmpty()) {
			return null;
		}
		Scores latest = both.get(both.size() - 1);
		Scores previous = (both.size() > 1) ? both.get(both.size() - 2) : null;
		return new Latest(latest, trend(latest.client(), (previous != null) ? previous.client() : null),
				trend(latest.partner(), (previous != null) ? previous.partner() : null),
				troubled(latest.client(), (previous != null) ? previous.client() : null)
						|| troubled(latest.partner(), (previous != null) ? previous.partner() : null));
	}

	/**
	 * How a score moved from the one before: UP, DOWN or SAME; {@code null} without one.
	 */
	public static String trend(BigDecimal score, BigDecimal previous) {
		if (previous == null) {
			return null;
		}
		int moved = score.compareTo(previous);
		return (moved > 0) ? "UP" : (moved < 0) ? "DOWN" : "SAME";
	}

	/** A score of 3.0 or less, or half a point or more below the previous one. */
	private static boolean troubled(BigDecimal score, BigDecimal previous) {
		return score.compareTo(LOW) <= 0 || (previous != null && previous.subtract(score).compareTo(FALL) >= 0);
	}

}
