package com.rolloutplanner.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.pulse.PulseRules;
import com.rolloutplanner.pulse.Pulses;
import com.rolloutplanner.pulse.Statement;

/**
 * The cooperation pulse of the demo's running journeys, telling the same story as their
 * KPIs: the journeys prepared for the dip hold steady through it; those that expected a
 * quick win lose heart while their KPIs are below the band; the Swedish market support,
 * its KPIs fine, has a client whose score just fell (the watermelon); and the Lumo
 * webshop's pilot never answered (the pulse is missing).
 */
@Component
class DemoPulses {

	/** The journeys whose pulse is answered, each with what its sides answer. */
	private static final Map<String, Story> STORIES = Map.of("Customer service Finland", Story.STEADY,
			"Energy advice line", Story.STEADY, "Billing back office", Story.LOSING_HEART, "Swedish market support",
			Story.WATERMELON, "Lumo returns back office", Story.STEADY, "Lumo social media care", Story.STEADY);

	private enum Story {

		STEADY, LOSING_HEART, WATERMELON

	}

	private final Engagements engagements;

	private final Pulses pulses;

	DemoPulses(Engagements engagements, Pulses pulses) {
		this.engagements = engagements;
		this.pulses = pulses;
	}

	void addTo(LocalDate today) {
		this.engagements.readAll(Access.toEverything(), (e) -> e).forEach((e) -> {
			Story story = STORIES.get(e.getName());
			if (story != null) {
				answer(e, story, today);
			}
		});
	}

	private void answer(Engagement e, Story story, LocalDate today) {
		CurrentUser client = manager(e.getClient(), "client");
		CurrentUser partner = manager(e.getPartner(), "partner");
		List<Integer> open = PulseRules.pulseMonths(e.getContractMonths())
			.stream()
			.filter((month) -> PulseRules.isOpen(e.getGoLiveDate(), month, e.getContractMonths(), today))
			.toList();
		for (int i = 0; i < open.size(); i++) {
			int month = open.get(i);
			boolean last = i == open.size() - 1;
			int[] clientValues;
			int[] partnerValues;
			String comment = null;
			switch (story) {
				case LOSING_HEART -> {
					// From hopeful to disappointed as the quick win does not come.
					clientValues = (month <= 1) ? new int[] { 4, 4, 4, 4, 4 }
							: (month <= 3) ? new int[] { 3, 3, 3, 4, 3 } : new int[] { 3, 2, 3, 3, 2 };
					partnerValues = (month <= 3) ? new int[] { 4, 3, 4, 4, 4 } : new int[] { 3, 3, 4, 3, 3 };
					comment = last ? "We expected the savings from the first month." : null;
				}
				case WATERMELON -> {
					clientValues = last ? new int[] { 4, 3, 3, 3, 3 } : new int[] { 4, 4, 4, 4, 5 };
					partnerValues = new int[] { 4, 4, 4, 4, 4 };
					comment = last ? "The numbers are fine, but we hear about problems too late." : null;
				}
				default -> {
					// The dip shows a little in start-up and passes.
					clientValues = (month <= 3) ? new int[] { 4, 3, 4, 4, 4 } : new int[] { 4, 4, 4, 5, 4 };
					partnerValues = new int[] { 4, 4, 4, 4, 4 };
				}
			}
			this.pulses.answer(e.getId(), month, values(clientValues), comment, false, client);
			this.pulses.answer(e.getId(), month, values(partnerValues), null, false, partner);
		}
	}

	private static Map<Statement, Integer> values(int[] values) {
		Map<Statement, Integer> answer = new EnumMap<>(Statement.class);
		for (Statement statement : Statement.values()) {
			answer.put(statement, values[statement.ordinal()]);
		}
		return answer;
	}

	/** A manager of the organisation who answers for it (named nowhere). */
	private static CurrentUser manager(Organisation organisation, String side) {
		return new CurrentUser(null, "demo.pulse." + side + "." + organisation.getId(),
				DemoPlans.MANAGERS.getOrDefault(organisation.getName(), "Demo data"), null, organisation.getId(),
				organisation.getName(), Role.MANAGER, true, false);
	}

}
