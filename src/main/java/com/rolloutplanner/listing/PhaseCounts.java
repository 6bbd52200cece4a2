package com.rolloutplanner.listing;

import java.util.EnumMap;
import java.util.Map;

import com.rolloutplanner.phase.Phase;

/**
 * How many visible engagements each phase holds on a date: all of them, those with open
 * critical flags, those with overdue items, and those that pass the flag and due filters.
 */
public record PhaseCounts(Map<Phase, Count> byPhase) {

	/** The counts of one phase. */
	public record Count(long all, long withCritical, long withOverdue, long matching) {

		static final Count NONE = new Count(0, 0, 0, 0);

	}

	public PhaseCounts {
		Map<Phase, Count> complete = new EnumMap<>(Phase.class);
		for (Phase phase : Phase.values()) {
			complete.put(phase, byPhase.getOrDefault(phase, Count.NONE));
		}
		byPhase = complete;
	}

	/** Every visible engagement. */
	public long total() {
		return this.byPhase.values().stream().mapToLong(Count::all).sum();
	}

	public long withCritical() {
		return this.byPhase.values().stream().mapToLong(Count::withCritical).sum();
	}

	public long withOverdue() {
		return this.byPhase.values().stream().mapToLong(Count::withOverdue).sum();
	}

	/** Those that pass the flag and due filters, in any phase. */
	public long matching() {
		return this.byPhase.values().stream().mapToLong(Count::matching).sum();
	}

	/** Those that pass the filters in the phase, or in any phase for {@code null}. */
	public long matching(Phase phase) {
		return (phase != null) ? this.byPhase.get(phase).matching() : matching();
	}

	/** The matching count of each phase. */
	public Map<Phase, Long> matchingByPhase() {
		Map<Phase, Long> counts = new EnumMap<>(Phase.class);
		this.byPhase.forEach((phase, count) -> counts.put(phase, count.matching()));
		return counts;
	}

}
