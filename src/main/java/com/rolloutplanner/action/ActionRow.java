package com.rolloutplanner.action;

import java.time.LocalDate;

import com.rolloutplanner.due.DueState;
import com.rolloutplanner.roadmap.OwnerSide;

/** An action as listed, with its state on the date shown. */
public record ActionRow(Long id, long version, String title, OwnerSide ownerSide, String owner, LocalDate dueDate,
		boolean done, DueState state, Long meetingId, Long pointId, LocalDate asOf) {

	public static ActionRow of(ActionItem a, LocalDate date) {
		return new ActionRow(a.getId(), a.getVersion(), a.getTitle(), a.getOwnerSide(), a.getOwnerUsername(),
				a.getDueDate(), a.isDone(), DueState.of(a.getDueDate(), a.isDone(), date), a.getMeetingId(),
				a.getAgendaPointId(), date);
	}

}
