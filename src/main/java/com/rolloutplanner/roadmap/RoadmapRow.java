package com.rolloutplanner.roadmap;

import java.time.LocalDate;

/** A roadmap item as pages show it, with the month of the journey it is due in. */
public record RoadmapRow(Long id, String title, String description, LocalDate dueDate, OwnerSide ownerSide,
		ItemStatus status, boolean addressesDip, int monthOfJourney) {

	public static RoadmapRow of(RoadmapItem item, LocalDate goLive) {
		return new RoadmapRow(item.getId(), item.getTitle(), item.getDescription(), item.getDueDate(),
				item.getOwnerSide(), item.getStatus(), item.isAddressesDip(), item.placement(goLive).monthOfJourney());
	}

}
