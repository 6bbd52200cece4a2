package com.rolloutplanner.history;

import com.rolloutplanner.quickwin.FlagCode;
import com.rolloutplanner.quickwin.Severity;

/**
 * A quick-win flag that a change to the plan raised (published before the change commits,
 * in its transaction, by the watch that records it in the history).
 */
public record FlagRaised(Long engagementId, FlagCode code, Severity severity, String actor) {
}
