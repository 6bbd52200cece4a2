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

}
