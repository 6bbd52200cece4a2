package com.rolloutplanner.kpi;

import java.util.Map;
import java.util.SortedMap;

/**
 * The targets the two sides agreed for an engagement's KPIs (their service levels), for
 * the KPI page to draw over the expected band: implemented by the module that keeps them,
 * so that this module depends on none of it. Asked only for an engagement the reader was
 * found to see.
 */
public interface ContractTargets {

	/**
	 * By KPI, each target from its month of the journey on, in month order; KPIs without
	 * agreed targets are left out.
	 */
	Map<Long, SortedMap<Integer, Double>> of(Long engagementId);

	/**
	 * The target of a month of the journey: that of the latest step from that month or
	 * before; {@code null} before the first (the credit holiday) or without steps.
	 */
	static Double targetIn(SortedMap<Integer, Double> steps, int month) {
		SortedMap<Integer, Double> until = (steps != null) ? steps.headMap(month + 1) : null;
		return (until == null || until.isEmpty()) ? null : until.get(until.lastKey());
	}

}
