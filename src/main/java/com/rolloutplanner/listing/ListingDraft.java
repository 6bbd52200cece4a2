package com.rolloutplanner.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The listing rows of some engagements as they are being written: the engagements as
 * their module reads them, and what the contributors add to them.
 */
public final class ListingDraft {

	private final Map<Long, ListingSource.Row> engagements = new LinkedHashMap<>();

	final Map<Long, Payback> payback = new HashMap<>();

	final List<Object[]> kpiStates = new ArrayList<>();

	final List<Object[]> kpiGaps = new ArrayList<>();

	final List<Object[]> kpiMonths = new ArrayList<>();

	final Map<Long, Object[]> issues = new HashMap<>();

	final Map<Long, ListedPulse> pulses = new HashMap<>();

	ListingDraft(List<ListingSource.Row> engagements) {
		engagements.forEach((engagement) -> this.engagements.put(engagement.id(), engagement));
	}

	public Collection<ListingSource.Row> engagements() {
		return this.engagements.values();
	}

	/** The go-live of each engagement of the draft. */
	public Map<Long, LocalDate> goLives() {
		return engagements().stream().collect(Collectors.toMap(ListingSource.Row::id, ListingSource.Row::goLive));
	}

	/**
	 * How the engagement's KPIs stand from a date until another (exclusive; open-ended
	 * when {@code null}).
	 */
	public void kpiState(Long engagementId, LocalDate from, LocalDate until, KpiState state) {
		this.kpiStates.add(new Object[] { engagementId, from, until, state.kpis(), state.judged(), state.below(),
				state.better(), state.concern() });
	}

	/**
	 * The days from one date until another (exclusive; open-ended when {@code null}) on
	 * which the engagement's KPI of the name lacks the actual of the last completed
	 * month.
	 */
	public void kpiGap(Long engagementId, String kpiName, LocalDate from, LocalDate until) {
		this.kpiGaps.add(new Object[] { engagementId, kpiName, from, until });
	}

	/**
	 * One actual of a KPI of the engagement: the month of the journey, its judgement, the
	 * value against the old level and how far outside the expected band it is (both in
	 * percent of the old level, better positive; {@code null} when the old level is
	 * zero).
	 */
	public void kpiMonth(Long engagementId, Long kpiId, String kpiName, String kind, int month, String judgement,
			Double relativePercent, Double bandGapPercent) {
		this.kpiMonths.add(
				new Object[] { engagementId, kpiId, kpiName, kind, month, judgement, relativePercent, bandGapPercent });
	}

	/**
	 * How the engagement's business case stands: the name of its state, which lists
	 * filter by, and the planned and projected payback months ({@code null} when none).
	 */
	public void payback(Long engagementId, String state, Integer plannedMonth, Integer projectedMonth) {
		this.payback.put(engagementId, new Payback(state, plannedMonth, projectedMonth));
	}

	/** See {@link #payback(Long, String, Integer, Integer)}. */
	record Payback(String state, Integer plannedMonth, Integer projectedMonth) {
	}

	/**
	 * How the engagement's issues stand: how many critical ones are open, the day the
	 * earliest response still owed is due ({@code null} when none is owed), and how many
	 * wait for a response after being escalated.
	 */
	public void issues(Long engagementId, int openCritical, LocalDate firstResponseDue, int escalated) {
		this.issues.put(engagementId, new Object[] { openCritical, firstResponseDue, escalated });
	}

	/** The latest cooperation pulse both sides answered. */
	public void pulse(Long engagementId, ListedPulse pulse) {
		this.pulses.put(engagementId, pulse);
	}

}
