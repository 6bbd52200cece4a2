package com.rolloutplanner.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.phase.Phase;

import static com.rolloutplanner.engagement.EngagementBuilder.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EngagementTests {

	@Test
	void placesItselfOnTheCalendarFromItsGoLive() {
		Engagement engagement = anEngagement().goLive(LocalDate.of(2026, 1, 31)).build();

		assertThat(engagement.placementOn(LocalDate.of(2026, 4, 30)).phase()).isEqualTo(Phase.LEARNING);
	}

	@Test
	void revisedTermsMoveEveryPhaseWithTheGoLive() {
		Engagement engagement = anEngagement().goLive(LocalDate.of(2026, 1, 31)).build();

		engagement.revise(anEngagement().goLive(LocalDate.of(2026, 3, 1)).terms(),
				Instant.parse("2026-02-01T00:00:00Z"));

		assertThat(engagement.placementOn(LocalDate.of(2026, 4, 30)).phase()).isEqualTo(Phase.START_UP);
		assertThat(engagement.getUpdatedAt()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
	}

	@Test
	void refusesTheSameOrganisationOnBothSides() {
		Organisation both = new Organisation("Aurora Energy");

		assertThatIllegalArgumentException().isThrownBy(() -> anEngagement().between(both, both).terms());
	}

	@Test
	void refusesAGoalTypeTwice() {
		List<Goal> twice = List.of(new Goal(GoalType.SCALABILITY, 9, null), new Goal(GoalType.SCALABILITY, 12, null));

		assertThatIllegalArgumentException().isThrownBy(() -> new EngagementTerms("x", new Organisation("A"),
				new Organisation("B"), EnumSet.noneOf(ServiceChannel.class), LocalDate.of(2026, 1, 1),
				ContractModel.PARTNERSHIP, 12, null, null, null, null, null, twice));
	}

	@Test
	void refusesContractLengthOutsideOneToTwoHundredFortyMonths() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> anEngagement().contract(ContractModel.FIXED_TERM, 0).terms());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> anEngagement().contract(ContractModel.FIXED_TERM, 241).terms());
		assertThat(anEngagement().contract(ContractModel.FIXED_TERM, 240).terms().contractMonths()).isEqualTo(240);
	}

	@Test
	void refusesGoalTargetOutsideOneToOneHundredTwentyMonths() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Goal(GoalType.MODERNISATION, 0, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Goal(GoalType.MODERNISATION, 121, null));
	}

	@Test
	void storesBlankTextsAsAbsent() {
		Engagement engagement = anEngagement().learningPlan("   ").description("").build();

		assertThat(engagement.getLearningPlan()).isNull();
		assertThat(engagement.getDescription()).isNull();
	}

	@Test
	void keepsGoalsInTheOrderOfTheGoalTypes() {
		Engagement engagement = anEngagement().goal(GoalType.CULTURE_CHANGE, 24, null)
			.goal(GoalType.SCALABILITY, 12, null)
			.build();

		assertThat(engagement.getGoals()).extracting(Goal::getType)
			.containsExactly(GoalType.CUSTOMER_EXPERIENCE, GoalType.SCALABILITY, GoalType.CULTURE_CHANGE);
	}

	@Test
	void channelsRoundTripThroughOneColumn() {
		ChannelSetConverter converter = new ChannelSetConverter();
		EnumSet<ServiceChannel> channels = EnumSet.of(ServiceChannel.CHAT, ServiceChannel.PHONE);

		String column = converter.convertToDatabaseColumn(channels);

		assertThat(column).isEqualTo("PHONE,CHAT");
		assertThat(converter.convertToEntityAttribute(column)).isEqualTo(channels);
		assertThat(converter.convertToDatabaseColumn(EnumSet.noneOf(ServiceChannel.class))).isEmpty();
		assertThat(converter.convertToEntityAttribute("")).isEmpty();
	}

}
