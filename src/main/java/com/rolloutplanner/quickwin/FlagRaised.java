package com.rolloutplanner.quickwin;

import java.util.List;

/**
 * The quick-win flags that one change to the plan raised (published before the change
 * commits, in its transaction, by the flag watch; the history records them, the
 * notifications mail the critical ones).
 */
public record FlagRaised(Long engagementId, List<Raised> flags, String actor) {

	public FlagRaised {
		flags = List.copyOf(flags);
	}

	/** One flag raised. */
	public record Raised(FlagCode code, Severity severity) {
	}

}
