package com.rolloutplanner.engagement;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.system.AsOf;

/** The model of the engagement page, shared by the page and by forms posted from it. */
@Component
class EngagementPage {

	static final String VIEW = "engagement/show";

	private final Engagements engagements;

	private final QuickWinAssessor assessor;

	private final Commitments commitments;

	EngagementPage(Engagements engagements, QuickWinAssessor assessor, Commitments commitments) {
		this.engagements = engagements;
		this.assessor = assessor;
		this.commitments = commitments;
	}

	String render(Model model, Long id, AsOf asOf, CurrentUser user) {
		model.addAttribute("engagement",
				this.engagements.read(id, user.access(), (e) -> EngagementView.of(e, asOf.date(), this.assessor)));
		model.addAttribute("gates", this.commitments.gates(id, user));
		model.addAttribute("charter", this.commitments.charter(id, user));
		model.addAttribute("asOf", asOf);
		return VIEW;
	}

}
