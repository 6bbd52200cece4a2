package com.rolloutplanner.roadmap;

import java.time.LocalDate;

import com.rolloutplanner.due.DueState;

/**
 * A roadmap item as pages show it, with the month of the journey it is due in and its
 * state on the date shown.
 */
public record RoadmapRow(Long id, String title, String description, LocalDate dueDate, OwnerSide ownerSide,
		ItemStatus status, boolean addressesDip, int monthOfJourney, DueState state) {

	/**
	 * @param text the reader's wording of a message key, for the starter items that have
	 * not been edited
	 */
	public static RoadmapRow of(RoadmapItem item, LocalDate goLive, LocalDate asOf,
			java.util.function.Function<String, String> text) {
		String key = item.getTextKey();
		return new RoadmapRow(item.getId(), (key != null) ? text.apply(key + ".title") : item.getTitle(),
				(key != null) ? text.apply(key + ".description") : item.getDescription(), item.getDueDate(),
				item.getOwnerSide(), item.getStatus(), item.isAddressesDip(), item.placement(goLive).monthOfJourney(),
				DueState.of(item.getDueDate(), item.getStatus() == ItemStatus.DONE, asOf));
	}

}
