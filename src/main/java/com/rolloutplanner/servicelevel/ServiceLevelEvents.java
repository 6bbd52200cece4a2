package com.rolloutplanner.servicelevel;

import com.rolloutplanner.change.EngagementChange;
import com.rolloutplanner.change.PlanChange;

/** What happens to service levels, published in the transaction of the change. */
public final class ServiceLevelEvents {

	private ServiceLevelEvents() {
	}

	/**
	 * A KPI's glide path agreed or changed: its steps as the history shows them ("month:
	 * target", in order), its credit and its earn-back.
	 */
	public record ServiceLevelAgreed(Long engagementId, Long kpiId, String kpiName, String steps, int creditPercent,
			int earnBackMonths, String actor) implements PlanChange {
	}

	public record ServiceLevelRemoved(Long engagementId, Long kpiId, String kpiName,
			String actor) implements PlanChange {
	}

	public record CreditCapChanged(Long engagementId, int fromPercent, int toPercent,
			String actor) implements EngagementChange {
	}

}
