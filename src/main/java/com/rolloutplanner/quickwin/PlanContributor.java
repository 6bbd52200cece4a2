package com.rolloutplanner.quickwin;

import java.time.LocalDate;
import java.util.Map;

import com.rolloutplanner.quickwin.QuickWinSubject.Contribution;

/**
 * A feature that adds to what the quick-win rules look at (roadmap items, KPI targets),
 * for many engagements at once so that a dashboard costs one query per feature.
 */
public interface PlanContributor {

	/**
	 * The contributions for the engagements with these go-live dates, by engagement id;
	 * engagements without any may be left out.
	 */
	Map<Long, Contribution> contributions(Map<Long, LocalDate> goLives);

}
