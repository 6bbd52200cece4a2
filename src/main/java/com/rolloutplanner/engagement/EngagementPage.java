package com.rolloutplanner.engagement;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.system.AsOf;

/**
 * The model of the engagement overview: the engagement and what other modules add to it.
 */
@Component
class EngagementPage {

	static final String VIEW = "engagement/show";

	private final Engagements engagements;

	private final QuickWinAssessor assessor;

	private final List<OverviewSection> sections;

	EngagementPage(Engagements engagements, QuickWinAssessor assessor, List<OverviewSection> sections) {
		this.engagements = engagements;
		this.assessor = assessor;
		this.sections = sections;
	}

	String render(Model model, Long id, AsOf asOf, CurrentUser user) {
		model.addAttribute("engagement",
				this.engagements.read(id, user.access(), (e) -> EngagementView.of(e, asOf.date(), this.assessor)));
		this.sections.forEach((section) -> section.addTo(model, id, user, asOf.date()));
		model.addAttribute("asOf", asOf);
		return VIEW;
	}

}
