package com.rolloutplanner.steering;

import java.time.LocalDateTime;
import java.util.Set;

import com.rolloutplanner.phase.DateWindow;

/** When a meeting is, what kind, where and who attends, as plain values. */
public record Arrangement(MeetingKind kind, LocalDateTime startsAt, int durationMinutes, String place, String guests,
		Set<String> attendees) {

	public Arrangement {
		DateWindow.require(startsAt.toLocalDate(), "The meeting date");
		attendees = Set.copyOf(attendees);
	}

}
