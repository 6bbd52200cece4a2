package com.rolloutplanner.quickwin;

import java.util.List;

/**
 * The quick-win flags that one change to the plan cleared (published before the change
 * commits, in its transaction, by the flag watch).
 */
public record FlagCleared(Long engagementId, List<FlagCode> codes, String actor) {

	public FlagCleared {
		codes = List.copyOf(codes);
	}

}
