package com.rolloutplanner.listing;

import java.util.EnumMap;
import java.util.Map;

import com.rolloutplanner.phase.Phase;

/**
 * How many visible engagements each phase holds on a date: all of them, those with open
 * critical flags, those with overdue items, and those that pass the flag and due filters.
 */
public record PhaseCounts(Map<Phase, Count> byPhase, Count inNegotiation, Count notChosen) {

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
		inNegotiation = (inNegotiation != null) ? inNegotiation : Count.NONE;
		notChosen = (notChosen != null) ? notChosen : Count.NONE;
	}

	public PhaseCounts(Map<Phase, Count> byPhase) {
		this(byPhase, Count.NONE, Count.NONE);
	}

	/** Every count: of the phases, the open proposals and those not chosen. */
	private java.util.stream.Stream<Count> every() {
		return java.util.stream.Stream.concat(this.byPhase.values().stream(),
				java.util.stream.Stream.of(this.inNegotiation, this.notChosen));
	}

	/** Every visible engagement. */
	public long total() {
		return every().mapToLong(Count::all).sum();
	}

	public long withCritical() {
		return every().mapToLong(Count::withCritical).sum();
	}

	public long withOverdue() {
		return every().mapToLong(Count::withOverdue).sum();
	}

	/** Those that pass the flag and due filters, in any phase or stage. */
	public long matching() {
		return every().mapToLong(Count::matching).sum();
	}

	/** Those that pass the filters in the phase, or in any phase for {@code null}. */
	public long matching(Phase phase) {
		return (phase != null) ? this.byPhase.get(phase).matching() : matching();
	}

	/**
	 * Those that a list with the filter shows: the open proposals for the proposals,
	 * otherwise those of the filter's phase (any phase for none).
	 */
	public long shownBy(ListingFilter filter) {
		return filter.proposals() ? this.inNegotiation.matching() : matching(filter.phase());
	}

	/** The matching count of each phase. */
	public Map<Phase, Long> matchingByPhase() {
		Map<Phase, Long> counts = new EnumMap<>(Phase.class);
		this.byPhase.forEach((phase, count) -> counts.put(phase, count.matching()));
		return counts;
	}

}
