package com.rolloutplanner.change;

import java.util.Set;

/**
 * A change to the running work of an engagement, never to its terms: a meeting, its
 * minutes or an action, an issue or a risk, a pulse answer, a KPI's or the business
 * case's actuals. What the terms annex says and the quick-win flags stay as they were, so
 * the annex is not compared again after one; the listing leaves the engagement's own part
 * as it was.
 */
public interface WorkChange extends EngagementChange {

	@Override
	default Set<ChangedPart> changedParts() {
		return ChangedPart.WORK;
	}

}
