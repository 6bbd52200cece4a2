package com.rolloutplanner.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.rolloutplanner.kpi.BandPosition;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.listing.JourneyMonths;
import com.rolloutplanner.timeline.ChartScale;

/**
 * The typical journey of a reader's portfolio, for quality and for efficiency KPIs: per
 * month the median and the quartiles of where the journeys stood against their old level,
 * drawn over the band the rule of thumb expects (the default dip in start-up, back to the
 * old level by the end of learning). A month that fewer than {@value #FEWEST} journeys
 * reached says nothing typical and is left out.
 */
public record TypicalJourney(List<Kind> kinds) {

	/** The fewest journeys a month needs to be shown. */
	public static final int FEWEST = 3;

	private static final ChartScale.Frame FRAME = new ChartScale.Frame(640, 260, 72, 12, 12, 30);

	/** One kind of KPI: the months shown, how many were left out, and the chart. */
	public record Kind(KpiKind kind, List<JourneyMonths.Typical> months, int hidden, Chart chart) {

		public boolean isEmpty() {
			return this.months.isEmpty();
		}

	}

	/**
	 * The drawing of one kind: the scale, the expected band, the quartiles' area, the
	 * median's line and points, and the old level.
	 */
	public record Chart(ChartScale scale, String band, String quartiles, String median, List<Point> points,
			double oldLevel) {
	}

	/** A month's median on the chart. */
	public record Point(int month, double x, double y, double median) {
	}

	public static TypicalJourney of(List<JourneyMonths.Typical> all) {
		List<Kind> kinds = new ArrayList<>();
		for (KpiKind kind : KpiKind.values()) {
			List<JourneyMonths.Typical> ofKind = all.stream().filter((t) -> t.kind().equals(kind.name())).toList();
			List<JourneyMonths.Typical> shown = ofKind.stream().filter((t) -> t.journeys() >= FEWEST).toList();
			kinds.add(new Kind(kind, shown, ofKind.size() - shown.size(), shown.isEmpty() ? null : chart(kind, shown)));
		}
		return new TypicalJourney(kinds);
	}

	public boolean isEmpty() {
		return this.kinds.stream().allMatch(Kind::isEmpty);
	}

	static Chart chart(KpiKind kind, List<JourneyMonths.Typical> months) {
		int lastShown = months.get(months.size() - 1).month();
		int last = Math.min(JourneyMonths.LAST_MONTH, Math.max(9, ((lastShown + 2) / 3) * 3));
		double min = BandPosition.expectedFloor(kind, 1);
		double max = 0;
		for (JourneyMonths.Typical t : months) {
			min = Math.min(min, t.lowerQuartile());
			max = Math.max(max, t.upperQuartile());
		}
		ChartScale scale = ChartScale.of(FRAME, min, max, last, 0.1);
		List<String> floor = new ArrayList<>();
		List<String> top = new ArrayList<>();
		for (int month = 0; month <= Math.min(6, last); month++) {
			double x = scale.x(month);
			floor.add(point(x, scale.y(BandPosition.expectedFloor(kind, Math.max(1, month)))));
			top.add(0, point(x, scale.y(0)));
		}
		List<String> band = new ArrayList<>(floor);
		band.addAll(top);
		List<String> lower = new ArrayList<>();
		List<String> upper = new ArrayList<>();
		List<String> median = new ArrayList<>();
		List<Point> points = new ArrayList<>();
		for (JourneyMonths.Typical t : months) {
			double x = scale.x(t.month() - 0.5);
			lower.add(point(x, scale.y(t.lowerQuartile())));
			upper.add(0, point(x, scale.y(t.upperQuartile())));
			median.add(point(x, scale.y(t.median())));
			points.add(new Point(t.month(), ChartScale.round(x), ChartScale.round(scale.y(t.median())), t.median()));
		}
		List<String> quartiles = new ArrayList<>(lower);
		quartiles.addAll(upper);
		return new Chart(scale, String.join(" ", band), String.join(" ", quartiles), String.join(" ", median), points,
				ChartScale.round(scale.y(0)));
	}

	private static String point(double x, double y) {
		return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
	}

}
