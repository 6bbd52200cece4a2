package com.rolloutplanner.commitments;

import java.time.LocalDate;

/** The four gates of the journey, each at a phase boundary. */
public enum GateType {

	GO_LIVE(0), START_UP_EXIT(3), LEARNING_EXIT(6), ESTABLISHED_EXIT(9);

	private final int month;

	GateType(int month) {
		this.month = month;
	}

	public int month() {
		return this.month;
	}

	public LocalDate dueDate(LocalDate goLive) {
		return goLive.plusMonths(this.month);
	}

}
