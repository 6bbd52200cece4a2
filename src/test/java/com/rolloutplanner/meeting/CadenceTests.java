package com.rolloutplanner.meeting;

import com.rolloutplanner.steering.MeetingKind;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.meeting.Cadence.Slot;

import static org.assertj.core.api.Assertions.assertThat;

class CadenceTests {

	static final LocalDate GO_LIVE = LocalDate.of(2026, 10, 1);

	@Test
	void eachPhaseHasItsOwnRhythm() {
		assertThat(Cadence.rules(Phase.START_UP)).containsExactly(
				new Cadence.Rule(MeetingKind.OPERATIONAL_REVIEW, 7, 0),
				new Cadence.Rule(MeetingKind.STEERING_GROUP, 0, 1));
		assertThat(Cadence.rules(Phase.LEARNING))
			.containsExactly(new Cadence.Rule(MeetingKind.OPERATIONAL_REVIEW, 14, 0));
		assertThat(Cadence.rules(Phase.ESTABLISHED))
			.containsExactly(new Cadence.Rule(MeetingKind.STEERING_GROUP, 0, 1));
		assertThat(Cadence.rules(Phase.CONTINUOUS_DEVELOPMENT))
			.containsExactly(new Cadence.Rule(MeetingKind.QUARTERLY_BUSINESS_REVIEW, 0, 3));
		assertThat(Cadence.rules(Phase.PRE_LAUNCH)).containsExactly(new Cadence.Rule(MeetingKind.STEERING_GROUP, 0, 1));
	}

	@Test
	void startUpMeetsWeeklyAndMonthlyUntilTheLearningPhaseTakesOverOnItsFirstDay() {
		// Start-up ends on 1 January 2027, when learning starts.
		List<Slot> slots = Cadence.recommended(GO_LIVE, LocalDate.of(2026, 12, 10), 2);

		assertThat(slots).filteredOn((s) -> s.kind() == MeetingKind.STEERING_GROUP)
			.extracting(Slot::date)
			.containsExactly(LocalDate.of(2026, 12, 10));
		assertThat(slots).filteredOn((s) -> s.kind() == MeetingKind.OPERATIONAL_REVIEW)
			.extracting(Slot::date)
			.containsExactly(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 24),
					LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 15),
					LocalDate.of(2027, 1, 29));
		assertThat(slots).extracting(Slot::date).isSorted();
		assertThat(slots).allMatch((s) -> s.date().isBefore(LocalDate.of(2027, 2, 10)));
	}

	@Test
	void continuousDevelopmentMeetsEveryQuarter() {
		List<Slot> slots = Cadence.recommended(GO_LIVE, LocalDate.of(2027, 7, 1), 12);

		assertThat(slots).containsExactly(new Slot(MeetingKind.QUARTERLY_BUSINESS_REVIEW, LocalDate.of(2027, 7, 1)),
				new Slot(MeetingKind.QUARTERLY_BUSINESS_REVIEW, LocalDate.of(2027, 10, 1)),
				new Slot(MeetingKind.QUARTERLY_BUSINESS_REVIEW, LocalDate.of(2028, 1, 1)),
				new Slot(MeetingKind.QUARTERLY_BUSINESS_REVIEW, LocalDate.of(2028, 4, 1)));
	}

	@Test
	void establishedProductionMeetsMonthlyAndTheDayBeforeContinuousDevelopmentStillCounts() {
		List<Slot> slots = Cadence.recommended(GO_LIVE, LocalDate.of(2027, 4, 1), 3);

		assertThat(slots).extracting(Slot::kind).containsOnly(MeetingKind.STEERING_GROUP);
		assertThat(slots).extracting(Slot::date)
			.containsExactly(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 6, 1));
	}

	@Test
	void beforeTheGoLiveTheSteeringGroupMeetsMonthlyAndStartUpBeginsOnGoLiveDay() {
		List<Slot> slots = Cadence.recommended(GO_LIVE, LocalDate.of(2026, 9, 15), 1);

		assertThat(slots).containsExactly(new Slot(MeetingKind.STEERING_GROUP, LocalDate.of(2026, 9, 15)),
				new Slot(MeetingKind.STEERING_GROUP, LocalDate.of(2026, 10, 1)),
				new Slot(MeetingKind.OPERATIONAL_REVIEW, LocalDate.of(2026, 10, 1)),
				new Slot(MeetingKind.OPERATIONAL_REVIEW, LocalDate.of(2026, 10, 8)));
	}

}
