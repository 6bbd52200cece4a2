package com.rolloutplanner.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The days on which a KPI's actual of the last completed month of the journey is missing:
 * month {@code m} is the last completed one from {@code goLive.plusMonths(m)} until
 * {@code goLive.plusMonths(m + 1)}, so a run of months without actuals is one span of
 * days, and the months after the last actual one span is open-ended ({@code until} is
 * null).
 */
public record KpiGap(String name, LocalDate from, LocalDate until) {

	/** The spans of a KPI with actuals for these months of the journey. */
	public static List<KpiGap> of(String name, LocalDate goLive, Iterable<Integer> monthsWithActuals) {
		SortedSet<Integer> recorded = new TreeSet<>();
		for (Integer month : monthsWithActuals) {
			if (month >= 1) {
				recorded.add(month);
			}
		}
		List<KpiGap> gaps = new ArrayList<>();
		int month = 1;
		for (int next : recorded) {
			if (next > month) {
				gaps.add(new KpiGap(name, goLive.plusMonths(month), goLive.plusMonths(next)));
			}
			month = next + 1;
		}
		gaps.add(new KpiGap(name, goLive.plusMonths(month), null));
		return gaps;
	}

}
