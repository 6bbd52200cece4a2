package com.rolloutplanner.history;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.engagement.Engagements;

/**
 * Stores history entries for the listeners of each module's events. It runs inside the
 * transaction of the change, so that a change and its entry commit, or roll back,
 * together.
 */
@Component
class HistoryRecorder {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HistoryEntryRepository entries;

	private final Engagements engagements;

	private final Clock clock;

	HistoryRecorder(HistoryEntryRepository entries, Engagements engagements, Clock clock) {
		this.entries = entries;
		this.engagements = engagements;
		this.clock = clock;
	}

	/** An entry about an existing engagement, whose current name is looked up. */
	void engagement(Long engagementId, String actor, String key, boolean marked, HistoryArgument... arguments) {
		named(engagementId, nameOf(engagementId), actor, key, marked, arguments);
	}

	/** The current name of an existing engagement, for several entries of one event. */
	String nameOf(Long engagementId) {
		return this.engagements.parties(engagementId, Access.toEverything()).name();
	}

	/**
	 * An entry about an engagement whose name is known (for example, because it was just
	 * deleted).
	 */
	void named(Long engagementId, String name, String actor, String key, boolean marked, HistoryArgument... arguments) {
		this.entries
			.save(new HistoryEntry(engagementId, name, this.clock.instant(), actor, key, encode(arguments), marked));
	}

	/** An entry that concerns no engagement: users and organisations. */
	void administration(String actor, String key, HistoryArgument... arguments) {
		named(null, null, actor, key, false, arguments);
	}

	static String encode(HistoryArgument... arguments) {
		return JSON.writeValueAsString(Arrays.asList(arguments));
	}

	static List<HistoryArgument> decode(String json) {
		return Arrays.asList(JSON.readValue(json, HistoryArgument[].class));
	}

}
