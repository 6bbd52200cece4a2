package com.rolloutplanner.notification;

import com.rolloutplanner.subscription.NotificationKind;
import java.util.List;

/**
 * One notification, before it is written for each recipient: its kind, the engagement it
 * is about, the subject, the lines of the message and the page it links back to.
 * {@code dedupKey} names it: the same key reaches each recipient at most once.
 */
record Notice(NotificationKind kind, Long engagementId, String engagementName, Text subject, List<Text> lines,
		String path, String dedupKey) {

	Notice {
		lines = List.copyOf(lines);
	}

}
