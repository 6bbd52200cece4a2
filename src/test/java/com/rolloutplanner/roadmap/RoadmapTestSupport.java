package com.rolloutplanner.roadmap;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.roadmap.RoadmapItem.Plan;

/** Lets tests of other modules add roadmap items the way the roadmap page does. */
public final class RoadmapTestSupport {

	private RoadmapTestSupport() {
	}

	public static RoadmapItem add(Roadmaps roadmaps, Long engagementId, Plan plan, CurrentUser user) {
		return roadmaps.add(engagementId, plan, user);
	}

}
