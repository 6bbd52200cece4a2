package com.rolloutplanner.phase;

import java.time.LocalDate;

/**
 * One phase on the dated timeline: it covers {@code [start, end)}; {@code start} is
 * {@code null} for the open-ended pre-launch phase and {@code end} is {@code null} for
 * continuous development.
 */
public record PhaseWindow(Phase phase, LocalDate start, LocalDate end) {

	public boolean contains(LocalDate date) {
		boolean afterStart = this.start == null || !date.isBefore(this.start);
		boolean beforeEnd = this.end == null || date.isBefore(this.end);
		return afterStart && beforeEnd;
	}

	/** The last day of the window, or {@code null} when it is open-ended. */
	public LocalDate lastDay() {
		return (this.end != null) ? this.end.minusDays(1) : null;
	}

}
