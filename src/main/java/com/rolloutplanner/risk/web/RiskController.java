package com.rolloutplanner.risk.web;

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
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.input.PageNumbers;
import com.rolloutplanner.issue.IssueSeverity;
import com.rolloutplanner.issue.IssueView;
import com.rolloutplanner.input.FieldProblem;
import com.rolloutplanner.risk.RiskTable;
import com.rolloutplanner.risk.RiskStatus;
import com.rolloutplanner.risk.RiskView;
import com.rolloutplanner.risk.Risks;
import com.rolloutplanner.system.StaleVersionException;

/**
 * The risks of an engagement: the heat map of the open ones, the list, adding one; each
 * risk's page to review it and to say it happened (it becomes an issue); the risks as
 * CSV.
 */
@Controller
class RiskController {

	static final int PAGE = 25;

	private final Risks risks;

	private final Engagements engagements;

	private final RiskTable exports;

	private final Spreadsheets spreadsheets;

	RiskController(Risks risks, Engagements engagements, RiskTable exports, Spreadsheets spreadsheets) {
		this.risks = risks;
		this.engagements = engagements;
		this.exports = exports;
		this.spreadsheets = spreadsheets;
	}

	@InitBinder("riskForm")
	void binder(WebDataBinder binder) {
		binder.setAllowedFields("title", "likelihood", "impact", "ownerSide", "mitigation", "reviewDate", "status",
				"version", "severity", "issueOwnerSide");
	}

	@GetMapping("/engagements/{id}/risks")
	String list(@PathVariable Long id, @RequestParam(required = false) String state,
			@RequestParam(required = false) String page, @AuthenticationPrincipal CurrentUser user, Model model) {
		RiskForm form = new RiskForm();
		model.addAttribute("riskForm", form);
		return page(this.engagements.parties(id, user.access()), "all".equals(state), PageNumbers.of(page), user,
				model);
	}

	private String page(Parties parties, boolean all, int shown, CurrentUser user, Model model) {
		Page<RiskView> found = this.risks.risks(parties.engagementId(), user.access(), !all, shown - 1, PAGE);
		if (found.isEmpty() && shown > 1) {
			found = this.risks.risks(parties.engagementId(), user.access(), !all,
					Math.max(found.getTotalPages() - 1, 0), PAGE);
		}
		model.addAttribute("parties", parties);
		model.addAttribute("engagementId", parties.engagementId());
		model.addAttribute("readerSide", parties.sideOf(user.getOrganisationId()));
		model.addAttribute("all", all);
		model.addAttribute("risks", found);
		model.addAttribute("heat", this.risks.heatMap(parties.engagementId(), user.access()));
		model.addAttribute("sides", Side.values());
		return "raid/risks";
	}

	@PostMapping("/engagements/{id}/risks")
	String add(@PathVariable Long id, RiskForm riskForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		FieldProblem.rejectAll(result, check(id, riskForm, user));
		if (result.hasErrors()) {
			return page(this.engagements.parties(id, user.access()), false, 1, user, model);
		}
		RiskView added = this.risks.add(id, riskForm.terms(), user);
		redirect.addFlashAttribute("flashMessage", "risk.added");
		return "redirect:/engagements/" + id + "/risks#risk-" + added.id();
	}

	@GetMapping("/engagements/{id}/risks/{riskId}")
	String show(@PathVariable Long id, @PathVariable Long riskId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		RiskView risk = this.risks.risk(id, riskId, user.access());
		model.addAttribute("riskForm", RiskForm.of(risk));
		return riskPage(id, risk, null, user, model);
	}

	private String riskPage(Long id, RiskView risk, String failed, CurrentUser user, Model model) {
		Parties parties = this.engagements.parties(id, user.access());
		model.addAttribute("parties", parties);
		model.addAttribute("engagementId", id);
		model.addAttribute("readerSide", parties.sideOf(user.getOrganisationId()));
		model.addAttribute("risk", risk);
		model.addAttribute("failed", failed);
		model.addAttribute("sides", Side.values());
		model.addAttribute("statuses", RiskStatus.values());
		model.addAttribute("severities", IssueSeverity.values());
		return "raid/risk";
	}

	@PostMapping("/engagements/{id}/risks/{riskId}")
	String change(@PathVariable Long id, @PathVariable Long riskId, RiskForm riskForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		RiskView risk = this.risks.risk(id, riskId, user.access());
		FieldProblem.rejectAll(result, check(id, riskForm, user));
		if (riskForm.getStatus() == null && !result.hasFieldErrors("status")) {
			result.rejectValue("status", "risk.status.required");
		}
		if (result.hasErrors()) {
			return riskPage(id, risk, "change", user, model);
		}
		try {
			this.risks.change(id, riskId, (riskForm.getVersion() != null) ? riskForm.getVersion() : -1,
					riskForm.terms(), user);
		}
		catch (StaleVersionException ex) {
			result.reject("risk.stale");
			return riskPage(id, risk, "change", user, model);
		}
		redirect.addFlashAttribute("flashMessage", "risk.changed");
		return "redirect:/engagements/" + id + "/risks/" + riskId;
	}

	@PostMapping("/engagements/{id}/risks/{riskId}/happened")
	String happened(@PathVariable Long id, @PathVariable Long riskId, RiskForm riskForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		RiskView risk = this.risks.risk(id, riskId, user.access());
		for (FieldProblem problem : this.risks.checkHappened(id, riskId, riskForm.getSeverity(),
				riskForm.getIssueOwnerSide(), user)) {
			String field = "ownerSide".equals(problem.field()) ? "issueOwnerSide" : "severity";
			if (!result.hasFieldErrors(field)) {
				result.rejectValue(field, problem.code(), problem.arguments(), null);
			}
		}
		if (result.hasErrors()) {
			riskForm.review(risk);
			return riskPage(id, risk, "happened", user, model);
		}
		IssueView issue = this.risks.happened(id, riskId, riskForm.getSeverity(), riskForm.getIssueOwnerSide(), user);
		redirect.addFlashAttribute("flashMessage", "risk.happenedNow");
		return "redirect:/engagements/" + id + "/issues/" + issue.id();
	}

	@GetMapping({ "/engagements/{id}/risks.csv", "/engagements/{id}/risks.xlsx" })
	void export(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Parties parties = this.engagements.parties(id, user.access());
		this.spreadsheets.send(this.exports.of(parties, user.access(), locale),
				request.getRequestURI().endsWith(".xlsx") ? "xlsx" : "csv", locale, response);
	}

	private List<FieldProblem> check(Long id, RiskForm form, CurrentUser user) {
		return this.risks.check(id, form.getTitle(), form.getLikelihood(), form.getImpact(), form.getOwnerSide(),
				form.getMitigation(), form.getReviewDate(), user);
	}

}
