package com.rolloutplanner.engagement;

import org.springframework.ui.Model;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.system.AsOf;

/** The model of the engagement page, shared by the page and by forms posted from it. */
final class EngagementPage {

	static final String VIEW = "engagement/show";

	private EngagementPage() {
	}

	static String render(Model model, Engagements engagements, QuickWinAssessor assessor, Long id, AsOf asOf,
			CurrentUser user) {
		model.addAttribute("engagement",
				engagements.read(id, user.access(), (e) -> EngagementView.of(e, asOf.date(), assessor)));
		model.addAttribute("asOf", asOf);
		return VIEW;
	}

}
