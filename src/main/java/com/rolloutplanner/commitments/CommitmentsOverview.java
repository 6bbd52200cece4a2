package com.rolloutplanner.commitments;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.OverviewSection;

/** The gates and the terms annex at a glance, on the engagement overview. */
@Component
class CommitmentsOverview implements OverviewSection {

	private final Commitments commitments;

	CommitmentsOverview(Commitments commitments) {
		this.commitments = commitments;
	}

	@Override
	public void addTo(Model model, Long engagementId, CurrentUser user, LocalDate asOf) {
		model.addAttribute("gates",
				this.commitments.gates(engagementId, user.access(), user.getOrganisationId(), asOf));
		model.addAttribute("annex",
				this.commitments.annex(engagementId, user.access(), user.getOrganisationId(), asOf));
	}

}
