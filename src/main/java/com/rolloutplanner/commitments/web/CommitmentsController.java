package com.rolloutplanner.commitments.web;

import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.commitments.Gate;
import com.rolloutplanner.commitments.GateType;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.system.AsOf;
import com.rolloutplanner.system.TimeSource;

/** The gates of the journey and the signatures of the terms annex. */
@Controller
class CommitmentsController {

	private final Commitments commitments;

	private final Engagements engagements;

	private final TimeSource time;

	CommitmentsController(Commitments commitments, Engagements engagements, TimeSource time) {
		this.commitments = commitments;
		this.engagements = engagements;
		this.time = time;
	}

	@GetMapping("/engagements/{id}/gates")
	String gates(@PathVariable Long id, AsOf asOf, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("asOf", asOf);
		return page(id, user, model, null, null, null, asOf.date());
	}

	@PostMapping("/engagements/{id}/gates/{type}/sign")
	String sign(@PathVariable Long id, @PathVariable GateType type, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		boolean signed = this.commitments.signGate(id, type, user);
		redirect.addFlashAttribute("flashMessage", signed ? "gate.signed" : "gate.notAParty");
		return "redirect:/engagements/" + id + "/gates#gate-" + type;
	}

	@PostMapping("/engagements/{id}/gates/{type}/criteria")
	String criteria(@PathVariable Long id, @PathVariable GateType type,
			@RequestParam(defaultValue = "") String criteria, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (criteria.strip().length() > Gate.MAX_CRITERIA) {
			return page(id, user, model, type, criteria, "gate.criteria.tooLong", this.time.today());
		}
		if (!PlainText.Check.isPlain(criteria, true)) {
			return page(id, user, model, type, criteria, "PlainText", this.time.today());
		}
		this.commitments.changeCriteria(id, type, criteria, user);
		redirect.addFlashAttribute("flashMessage", "gate.criteriaSaved");
		return "redirect:/engagements/" + id + "/gates#gate-" + type;
	}

	/**
	 * Signs the terms annex as it is now for the user's side, from the annex page or the
	 * gates page ({@code back}), where the user returns.
	 */
	@PostMapping("/engagements/{id}/annex/sign")
	String signAnnex(@PathVariable Long id, @RequestParam(defaultValue = "annex") String back,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		boolean signed = this.commitments.signAnnex(id, user).isPresent();
		redirect.addFlashAttribute("flashMessage", signed ? "charter.signed" : "gate.notAParty");
		return "redirect:/engagements/" + id + ("gates".equals(back) ? "/gates#charter" : "/annex#signatures");
	}

	private String page(Long id, CurrentUser user, Model model, GateType failedType, String failedCriteria,
			String error, LocalDate asOf) {
		model.addAttribute("engagementId", id);
		model.addAttribute("engagementName", this.engagements.parties(id, user.access()).name());
		model.addAttribute("gates", this.commitments.gates(id, user.access(), user.getOrganisationId(), asOf));
		model.addAttribute("annex", this.commitments.annex(id, user.access(), user.getOrganisationId(), asOf));
		model.addAttribute("shownDate", asOf);
		model.addAttribute("failedType", failedType);
		model.addAttribute("failedCriteria", failedCriteria);
		model.addAttribute("criteriaError", error);
		return "commitments/gates";
	}

}
