package com.rolloutplanner.businesscase;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.OverviewSection;

/** The payback curve at a glance, on the engagement overview. */
@Component
class BusinessCaseOverview implements OverviewSection {

	private final BusinessCases cases;

	BusinessCaseOverview(BusinessCases cases) {
		this.cases = cases;
	}

	@Override
	public void addTo(Model model, Long engagementId, CurrentUser user, LocalDate asOf) {
		model.addAttribute("overviewBusinessCase", this.cases.view(engagementId, user.access()).orElse(null));
		model.addAttribute("overviewBusinessCaseShown", true);
	}

}
