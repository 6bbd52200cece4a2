package com.rolloutplanner.quickwin;

import java.util.List;

/** The quick-win flags of one engagement, critical first, with their acknowledgements. */
public record Assessment(List<AssessedFlag> flags) {

	public Assessment {
		flags = List.copyOf(flags);
	}

	/** Flags that nobody has acknowledged, of the given severity. */
	public long open(Severity severity) {
		return this.flags.stream().filter((f) -> !f.isAcknowledged() && f.flag().severity() == severity).count();
	}

	public long openCritical() {
		return open(Severity.CRITICAL);
	}

	public long openWarnings() {
		return open(Severity.WARNING);
	}

	public long acknowledged() {
		return this.flags.stream().filter(AssessedFlag::isAcknowledged).count();
	}

	public boolean isClean() {
		return this.flags.isEmpty();
	}

	/**
	 * The flags grouped by the tip they break, each tip once, in the order of its most
	 * severe flag (critical first, as the flags are).
	 */
	public List<TipFlags> byTip() {
		java.util.Map<Tip, List<AssessedFlag>> groups = new java.util.LinkedHashMap<>();
		for (AssessedFlag flag : this.flags) {
			groups.computeIfAbsent(flag.flag().tip(), (tip) -> new java.util.ArrayList<>()).add(flag);
		}
		return groups.entrySet().stream().map((group) -> new TipFlags(group.getKey(), group.getValue())).toList();
	}

	/** The flags that break one tip. */
	public record TipFlags(Tip tip, List<AssessedFlag> flags) {

		public TipFlags {
			flags = List.copyOf(flags);
		}

	}

}
