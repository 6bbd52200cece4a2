package com.rolloutplanner.quickwin;

/** A flag with its acknowledgement, if a manager has accepted it. */
public record AssessedFlag(Flag flag, Acknowledgement acknowledgement) {

	public boolean isAcknowledged() {
		return this.acknowledgement != null;
	}

}
