package com.rolloutplanner.history;

import java.util.List;

import com.rolloutplanner.quickwin.FlagCode;
import com.rolloutplanner.quickwin.Severity;

/**
 * The quick-win flags that one change to the plan raised (published before the change
 * commits, in its transaction, by the watch that records them in the history).
 */
public record FlagRaised(Long engagementId, List<Raised> flags, String actor) {

	public FlagRaised {
		flags = List.copyOf(flags);
	}

	/** One flag raised. */
	public record Raised(FlagCode code, Severity severity) {
	}

}
