package com.rolloutplanner.pulse;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.OverviewSection;

/**
 * The cooperation pulse at a glance, on the engagement overview: the latest scores of
 * both sides, how they moved, and what they say. The same for every reader of a side.
 */
@Component
class PulseOverview implements OverviewSection {

	private final Pulses pulses;

	PulseOverview(Pulses pulses) {
		this.pulses = pulses;
	}

	@Override
	public void addTo(Model model, Long engagementId, CurrentUser user, LocalDate asOf) {
		model.addAttribute("overviewPulse",
				this.pulses.view(engagementId, user.access(), user.getOrganisationId(), null, asOf));
	}

}
