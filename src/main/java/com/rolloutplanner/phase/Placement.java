package com.rolloutplanner.phase;

import java.time.LocalDate;
import java.util.List;

/**
 * Where an engagement stands on a given date.
 *
 * @param asOf the date of the placement
 * @param goLive the go-live date of the engagement
 * @param phase the phase that contains {@code asOf}
 * @param phaseStart first day of the phase; {@code null} before go-live
 * @param nextPhaseStart first day of the next phase; {@code null} in continuous
 * development
 * @param monthOfJourney 1-based month after go-live; 0 before go-live
 * @param monthInPhase 1-based month within the phase; 0 before go-live
 * @param dayInPhase 1-based day within the phase; {@code null} before go-live
 * @param daysToNextPhase days until the next phase starts; {@code null} in continuous
 * development
 * @param progressPercent progress through the phase, 0–99; {@code null} where the phase
 * has no end or no start
 * @param timeline the dated windows of all phases
 */
public record Placement(LocalDate asOf, LocalDate goLive, Phase phase, LocalDate phaseStart, LocalDate nextPhaseStart,
		int monthOfJourney, int monthInPhase, Integer dayInPhase, Integer daysToNextPhase, Integer progressPercent,
		List<PhaseWindow> timeline) {

	public Placement {
		timeline = List.copyOf(timeline);
	}

	public boolean isLive() {
		return this.phase.isAfterGoLive();
	}

}
