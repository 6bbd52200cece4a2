package com.rolloutplanner.dashboard;

import com.rolloutplanner.due.DueSummary;

import java.time.LocalDate;

import com.rolloutplanner.phase.Placement;

/** One engagement on the dashboard, placed on the as-of date. */
public record DashboardRow(Long id, String name, String clientName, String partnerName, LocalDate goLiveDate,
		Placement placement, long openCritical, long openWarnings, DueSummary due) {

}
