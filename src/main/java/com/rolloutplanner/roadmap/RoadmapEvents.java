package com.rolloutplanner.roadmap;

import com.rolloutplanner.change.PlanChange;
import java.time.LocalDate;
import java.util.List;

import com.rolloutplanner.engagement.FieldChange;

/** What happens to roadmap items, published in the transaction of the change. */
public final class RoadmapEvents {

	private RoadmapEvents() {
	}

	public record RoadmapItemAdded(Long engagementId, Long itemId, String title, LocalDate dueDate,
			String actor) implements PlanChange {
	}

	public record RoadmapItemChanged(Long engagementId, Long itemId, String title, List<FieldChange> changes,
			String actor) implements PlanChange {
	}

	public record RoadmapItemRemoved(Long engagementId, String title, String actor) implements PlanChange {
	}

}
