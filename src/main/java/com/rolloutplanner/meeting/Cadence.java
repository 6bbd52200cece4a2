package com.rolloutplanner.meeting;

import com.rolloutplanner.steering.MeetingKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.phase.PhaseCalendar;

/**
 * The recommended rhythm of joint meetings by phase (plain Java): during start-up a
 * weekly joint review and a monthly steering group; during learning a joint review every
 * two weeks; in established production a monthly steering group; in continuous
 * development a quarterly business review. Before the go-live the steering group meets
 * monthly.
 */
public final class Cadence {

	private Cadence() {
	}

	/** One recurring meeting of a phase: its kind and how often it meets. */
	public record Rule(MeetingKind kind, int everyDays, int everyMonths) {

		LocalDate next(LocalDate first, int n) {
			return (this.everyMonths > 0) ? first.plusMonths((long) this.everyMonths * n)
					: first.plusDays((long) this.everyDays * n);
		}

	}

	/** A meeting the cadence recommends. */
	public record Slot(MeetingKind kind, LocalDate date) {
	}

	/** The recurring meetings of a phase. */
	public static List<Rule> rules(Phase phase) {
		return switch (phase) {
			case PRE_LAUNCH -> List.of(new Rule(MeetingKind.STEERING_GROUP, 0, 1));
			case START_UP ->
				List.of(new Rule(MeetingKind.OPERATIONAL_REVIEW, 7, 0), new Rule(MeetingKind.STEERING_GROUP, 0, 1));
			case LEARNING -> List.of(new Rule(MeetingKind.OPERATIONAL_REVIEW, 14, 0));
			case ESTABLISHED -> List.of(new Rule(MeetingKind.STEERING_GROUP, 0, 1));
			case CONTINUOUS_DEVELOPMENT -> List.of(new Rule(MeetingKind.QUARTERLY_BUSINESS_REVIEW, 0, 3));
		};
	}

	/**
	 * The meetings recommended from {@code from} (inclusive) for {@code months} months,
	 * each phase with its own rhythm, each series starting where its phase starts (or on
	 * {@code from}). In date order.
	 */
	public static List<Slot> recommended(LocalDate goLive, LocalDate from, int months) {
		LocalDate until = from.plusMonths(months);
		List<Slot> slots = new ArrayList<>();
		LocalDate start = from;
		while (start.isBefore(until)) {
			var placement = PhaseCalendar.place(goLive, start);
			LocalDate phaseEnd = (placement.nextPhaseStart() != null && placement.nextPhaseStart().isBefore(until))
					? placement.nextPhaseStart() : until;
			for (Rule rule : rules(placement.phase())) {
				for (int n = 0;; n++) {
					LocalDate date = rule.next(start, n);
					if (!date.isBefore(phaseEnd)) {
						break;
					}
					slots.add(new Slot(rule.kind(), date));
				}
			}
			start = phaseEnd;
		}
		slots.sort(Comparator.comparing(Slot::date).thenComparing(Slot::kind));
		return slots;
	}

}
