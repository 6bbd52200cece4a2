package com.rolloutplanner.proposal.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.proposal.Proposals;

/** The client's comparison of the proposals of one service, and the choice of one. */
@Controller
class ProposalsController {

	private final Proposals proposals;

	ProposalsController(Proposals proposals) {
		this.proposals = proposals;
	}

	@GetMapping("/engagements/{id}/proposals")
	String compare(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		List<Proposals.Compared> compared = this.proposals.compare(id, user);
		model.addAttribute("engagementId", id);
		model.addAttribute("proposals", compared);
		model.addAttribute("service",
				compared.stream()
					.filter((c) -> c.terms().id().equals(id))
					.findFirst()
					.map((c) -> c.terms().service())
					.orElse(null));
		return "proposal/compare";
	}

	@PostMapping("/engagements/{id}/proposals/choose")
	String choose(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		boolean chosen = this.proposals.choose(id, user);
		redirect.addFlashAttribute("flashMessage", chosen ? "proposals.chosen" : "proposals.notOpen");
		return "redirect:/engagements/" + id + "/proposals";
	}

}
