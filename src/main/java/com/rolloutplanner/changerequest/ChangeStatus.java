package com.rolloutplanner.changerequest;

/** Where a change request stands: waiting for a decision, or decided. */
public enum ChangeStatus {

	PROPOSED, APPROVED, REJECTED

}
