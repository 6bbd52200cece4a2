package com.rolloutplanner.issue.web;

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
import com.rolloutplanner.issue.EscalationTier;
import com.rolloutplanner.issue.IssueSeverity;
import com.rolloutplanner.issue.IssueView;
import com.rolloutplanner.issue.IssueCounts;
import com.rolloutplanner.issue.Issues;
import com.rolloutplanner.issue.ResponseTimes;
import com.rolloutplanner.input.FieldProblem;
import com.rolloutplanner.issue.IssueTable;

/**
 * The Issues tab: the issues of an engagement with their response clocks, raising one,
 * the promised response times; each issue's page with its response and resolution; the
 * log as CSV.
 */
@Controller
class IssueController {

	/** At most this many issues on a page. */
	static final int PAGE = 25;

	private final Issues issues;

	private final ResponseTimes responseTimes;

	private final IssueCounts counts;

	private final Engagements engagements;

	private final IssueTable exports;

	private final Spreadsheets spreadsheets;

	IssueController(Issues issues, ResponseTimes responseTimes, IssueCounts counts, Engagements engagements,
			IssueTable exports, Spreadsheets spreadsheets) {
		this.issues = issues;
		this.responseTimes = responseTimes;
		this.counts = counts;
		this.engagements = engagements;
		this.exports = exports;
		this.spreadsheets = spreadsheets;
	}

	@InitBinder("issueForm")
	void issueBinder(WebDataBinder binder) {
		binder.setAllowedFields("title", "description", "severity", "ownerSide");
	}

	@InitBinder("issueStepForm")
	void stepBinder(WebDataBinder binder) {
		binder.setAllowedFields("response", "resolution");
	}

	@InitBinder("responseTimesForm")
	void timesBinder(WebDataBinder binder) {
		binder.setAllowedFields("critical", "high", "medium", "low");
	}

	/** The filter of the list: open issues or all, and a tier or any. */
	record Filter(boolean all, EscalationTier tier, int page) {

		static Filter of(String state, String tier, String page) {
			EscalationTier shown = java.util.Arrays.stream(EscalationTier.values())
				.filter((t) -> t.name().equals(tier))
				.findFirst()
				.orElse(null);
			return new Filter("all".equals(state), shown, PageNumbers.of(page));
		}

		/** The state parameter of the filter's links. */
		public String state() {
			return this.all ? "all" : null;
		}

	}

	@GetMapping("/engagements/{id}/issues")
	String list(@PathVariable Long id, @RequestParam(required = false) String state,
			@RequestParam(required = false) String tier, @RequestParam(required = false) String page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Parties parties = this.engagements.parties(id, user.access());
		model.addAttribute("issueForm", new IssueForm());
		model.addAttribute("responseTimesForm", ResponseTimesForm.of(this.responseTimes.promises(id, user.access())));
		return page(parties, Filter.of(state, tier, page), user, model);
	}

	private String page(Parties parties, Filter filter, CurrentUser user, Model model) {
		Page<IssueView> shown = this.issues.issues(parties.engagementId(), user.access(), !filter.all(), filter.tier(),
				filter.page() - 1, PAGE);
		if (shown.isEmpty() && filter.page() > 1) {
			shown = this.issues.issues(parties.engagementId(), user.access(), !filter.all(), filter.tier(),
					Math.max(shown.getTotalPages() - 1, 0), PAGE);
		}
		model.addAttribute("parties", parties);
		model.addAttribute("engagementId", parties.engagementId());
		model.addAttribute("readerSide", parties.sideOf(user.getOrganisationId()));
		model.addAttribute("filter", filter);
		model.addAttribute("issues", shown);
		model.addAttribute("counts", this.counts.counts(parties.engagementId(), user.access()));
		model.addAttribute("severities", IssueSeverity.values());
		model.addAttribute("tiers", EscalationTier.values());
		model.addAttribute("sides", Side.values());
		model.addAttribute("promises", this.responseTimes.promises(parties.engagementId(), user.access()));
		return "raid/issues";
	}

	@PostMapping("/engagements/{id}/issues")
	String raise(@PathVariable Long id, IssueForm issueForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		FieldProblem.rejectAll(result, this.issues.checkIssue(id, issueForm.getTitle(), issueForm.getDescription(),
				issueForm.getSeverity(), issueForm.getOwnerSide(), user));
		if (result.hasErrors()) {
			model.addAttribute("responseTimesForm",
					ResponseTimesForm.of(this.responseTimes.promises(id, user.access())));
			return page(this.engagements.parties(id, user.access()), Filter.of(null, null, null), user, model);
		}
		IssueView raised = this.issues.raise(id, issueForm.getTitle(), issueForm.getDescription(),
				issueForm.getSeverity(), issueForm.getOwnerSide(), user);
		redirect.addFlashAttribute("flashMessage", "issue.raised");
		return "redirect:/engagements/" + id + "/issues/" + raised.id();
	}

	@PostMapping("/engagements/{id}/response-times")
	String responseTimes(@PathVariable Long id, ResponseTimesForm responseTimesForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Parties parties = this.engagements.parties(id, user.access());
		for (FieldProblem problem : this.responseTimes.checkPromiseChange(id, responseTimesForm.written(), user)) {
			if (problem.field() == null) {
				result.reject(problem.code());
			}
			else {
				result.rejectValue(ResponseTimesForm.field(IssueSeverity.valueOf(problem.field())), problem.code(),
						problem.arguments(), null);
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("issueForm", new IssueForm());
			return page(parties, Filter.of(null, null, null), user, model);
		}
		boolean changed = this.responseTimes.changePromises(id, responseTimesForm.written(), user);
		redirect.addFlashAttribute("flashMessage", changed ? "responseTimes.saved" : "responseTimes.unchanged");
		return "redirect:/engagements/" + id + "/issues#response-times";
	}

	@GetMapping("/engagements/{id}/issues/{issueId}")
	String show(@PathVariable Long id, @PathVariable Long issueId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("issueStepForm", new IssueStepForm());
		return issuePage(id, issueId, null, user, model);
	}

	private String issuePage(Long id, Long issueId, String failed, CurrentUser user, Model model) {
		Parties parties = this.engagements.parties(id, user.access());
		model.addAttribute("parties", parties);
		model.addAttribute("engagementId", id);
		model.addAttribute("readerSide", parties.sideOf(user.getOrganisationId()));
		model.addAttribute("issue", this.issues.issue(id, issueId, user.access()));
		model.addAttribute("failed", failed);
		return "raid/issue";
	}

	@PostMapping("/engagements/{id}/issues/{issueId}/response")
	String respond(@PathVariable Long id, @PathVariable Long issueId, IssueStepForm issueStepForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return step(id, issueId, issueStepForm, false, result, user, model, redirect);
	}

	@PostMapping("/engagements/{id}/issues/{issueId}/resolution")
	String resolve(@PathVariable Long id, @PathVariable Long issueId, IssueStepForm issueStepForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return step(id, issueId, issueStepForm, true, result, user, model, redirect);
	}

	private String step(Long id, Long issueId, IssueStepForm form, boolean resolving, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		String field = resolving ? "resolution" : "response";
		String text = resolving ? form.getResolution() : form.getResponse();
		for (FieldProblem problem : this.issues.checkStep(id, issueId, text, resolving, user)) {
			if (!result.hasFieldErrors(field)) {
				result.rejectValue(field, problem.code(), problem.arguments(), null);
			}
		}
		if (result.hasErrors()) {
			return issuePage(id, issueId, field, user, model);
		}
		if (resolving) {
			this.issues.resolve(id, issueId, text, user);
		}
		else {
			this.issues.respond(id, issueId, text, user);
		}
		redirect.addFlashAttribute("flashMessage", resolving ? "issue.resolvedNow" : "issue.respondedNow");
		return "redirect:/engagements/" + id + "/issues/" + issueId + "#" + (resolving ? "resolve" : "respond");
	}

	@GetMapping({ "/engagements/{id}/issues.csv", "/engagements/{id}/issues.xlsx" })
	void export(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Parties parties = this.engagements.parties(id, user.access());
		this.spreadsheets.send(this.exports.of(parties, user.access(), locale),
				request.getRequestURI().endsWith(".xlsx") ? "xlsx" : "csv", locale, response);
	}

}
