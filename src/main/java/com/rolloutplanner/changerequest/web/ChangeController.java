package com.rolloutplanner.changerequest.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.export.Spreadsheets;
import com.rolloutplanner.input.PageNumbers;
import com.rolloutplanner.changerequest.ChangeArea;
import com.rolloutplanner.changerequest.ChangeRequestView;
import com.rolloutplanner.changerequest.ChangeRequests;
import com.rolloutplanner.input.FieldProblem;
import com.rolloutplanner.changerequest.ChangeRequestTable;

/**
 * The change requests of an engagement: those waiting for a decision and the decided
 * ones, asking for one; each request's page, where a decision of one of the meetings
 * approves or rejects it; the requests as CSV.
 */
@Controller
class ChangeController {

	static final int PAGE = 25;

	private final ChangeRequests changes;

	private final Engagements engagements;

	private final ChangeRequestTable exports;

	private final Spreadsheets spreadsheets;

	ChangeController(ChangeRequests changes, Engagements engagements, ChangeRequestTable exports,
			Spreadsheets spreadsheets) {
		this.changes = changes;
		this.engagements = engagements;
		this.exports = exports;
		this.spreadsheets = spreadsheets;
	}

	@InitBinder("changeForm")
	void binder(WebDataBinder binder) {
		binder.setAllowedFields("area", "title", "description", "costEffect", "timeEffect", "kpiEffect", "decisionId",
				"approved");
	}

	@GetMapping("/engagements/{id}/changes")
	String list(@PathVariable Long id, @RequestParam(required = false) String state,
			@RequestParam(required = false) String page, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("changeForm", new ChangeForm());
		return page(this.engagements.parties(id, user.access()), "all".equals(state), PageNumbers.of(page), user,
				model);
	}

	private String page(Parties parties, boolean all, int shown, CurrentUser user, Model model) {
		Page<ChangeRequestView> found = this.changes.changes(parties.engagementId(), user.access(), !all, shown - 1,
				PAGE);
		if (found.isEmpty() && shown > 1) {
			found = this.changes.changes(parties.engagementId(), user.access(), !all,
					Math.max(found.getTotalPages() - 1, 0), PAGE);
		}
		model.addAttribute("parties", parties);
		model.addAttribute("engagementId", parties.engagementId());
		model.addAttribute("readerSide", parties.sideOf(user.getOrganisationId()));
		model.addAttribute("all", all);
		model.addAttribute("changes", found);
		model.addAttribute("areas", ChangeArea.values());
		return "raid/changes";
	}

	@PostMapping("/engagements/{id}/changes")
	String request(@PathVariable Long id, ChangeForm changeForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		FieldProblem.rejectAll(result, this.changes.check(id, changeForm.terms(), user));
		if (result.hasErrors()) {
			return page(this.engagements.parties(id, user.access()), false, 1, user, model);
		}
		ChangeRequestView requested = this.changes.request(id, changeForm.terms(), user);
		redirect.addFlashAttribute("flashMessage", "change.requestedNow");
		return "redirect:/engagements/" + id + "/changes/" + requested.id();
	}

	@GetMapping("/engagements/{id}/changes/{changeId}")
	String show(@PathVariable Long id, @PathVariable Long changeId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("changeForm", new ChangeForm());
		return changePage(id, changeId, user, model);
	}

	private String changePage(Long id, Long changeId, CurrentUser user, Model model) {
		Parties parties = this.engagements.parties(id, user.access());
		model.addAttribute("parties", parties);
		model.addAttribute("engagementId", id);
		model.addAttribute("readerSide", parties.sideOf(user.getOrganisationId()));
		model.addAttribute("change", this.changes.change(id, changeId, user.access()));
		model.addAttribute("decisions", this.changes.decisionsOffered(id, user.access()));
		return "raid/change";
	}

	@PostMapping("/engagements/{id}/changes/{changeId}/decision")
	String decide(@PathVariable Long id, @PathVariable Long changeId, ChangeForm changeForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		FieldProblem.rejectAll(result,
				this.changes.checkDecision(id, changeId, changeForm.getDecisionId(), changeForm.getApproved(), user));
		if (result.hasErrors()) {
			model.addAttribute("failed", true);
			return changePage(id, changeId, user, model);
		}
		this.changes.decide(id, changeId, changeForm.getDecisionId(), changeForm.getApproved(), user);
		redirect.addFlashAttribute("flashMessage", "change.decidedNow");
		return "redirect:/engagements/" + id + "/changes/" + changeId;
	}

	@GetMapping({ "/engagements/{id}/changes.csv", "/engagements/{id}/changes.xlsx" })
	void export(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Parties parties = this.engagements.parties(id, user.access());
		this.spreadsheets.send(this.exports.of(parties, user.access(), locale),
				request.getRequestURI().endsWith(".xlsx") ? "xlsx" : "csv", locale, response);
	}

}
