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
	 * @param messages the words of the starter items that have not been edited, read in
	 * the language of the current request or rendering
	 */
	public static RoadmapRow of(RoadmapItem item, LocalDate goLive, LocalDate asOf,
			org.springframework.context.MessageSource messages) {
		String key = item.getTextKey();
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		return new RoadmapRow(item.getId(),
				(key != null) ? messages.getMessage(key + ".title", null, locale) : item.getTitle(),
				(key != null) ? messages.getMessage(key + ".description", null, locale) : item.getDescription(),
				item.getDueDate(), item.getOwnerSide(), item.getStatus(), item.isAddressesDip(),
				item.placement(goLive).monthOfJourney(),
				DueState.of(item.getDueDate(), item.getStatus() == ItemStatus.DONE, asOf));
	}

}
