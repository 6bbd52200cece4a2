package com.rolloutplanner.roadmap;

/** Where a roadmap item stands. */
public enum ItemStatus {

	PLANNED, IN_PROGRESS, DONE, BLOCKED

}
