package com.rolloutplanner.servicelevel.web;

import java.util.Locale;

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
import com.rolloutplanner.input.DecimalEditor;
import com.rolloutplanner.input.Measurement;
import com.rolloutplanner.servicelevel.GlidePath;
import com.rolloutplanner.servicelevel.GlidePathRules;
import com.rolloutplanner.servicelevel.ServiceLevels;
import com.rolloutplanner.servicelevel.ServiceLevels.KpiLevel;
import com.rolloutplanner.system.StaleVersionException;

/**
 * A KPI's service level (its glide path, credit and earn-back, proposed from the expected
 * band until the sides agree one) and the engagement's service-credit table with its cap.
 */
@Controller
class ServiceLevelController {

	private static final String FORM = "servicelevel/level";

	private final ServiceLevels levels;

	private final Engagements engagements;

	ServiceLevelController(ServiceLevels levels, Engagements engagements) {
		this.levels = levels;
		this.engagements = engagements;
	}

	@InitBinder("glidePathForm")
	void initBinder(WebDataBinder binder, Locale locale) {
		binder.setAllowedFields("steps[*].fromMonth", "steps[*].target", "creditPercent", "earnBackMonths", "version");
		binder.setAutoGrowCollectionLimit(GlidePath.MAX_STEPS);
		DecimalEditor.register(binder, locale, Measurement.DECIMALS);
	}

	@GetMapping("/engagements/{id}/kpis/{kpiId}/service-level")
	String show(@PathVariable Long id, @PathVariable Long kpiId, @RequestParam(defaultValue = "false") boolean propose,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		KpiLevel level = this.levels.level(id, kpiId, user.access());
		GlidePath shown = (level.agreed() && !propose) ? level.path() : ServiceLevels.propose(level.definition());
		model.addAttribute("glidePathForm", GlidePathForm.of(shown, level.version()));
		model.addAttribute("proposed", !level.agreed() || propose);
		return form(id, level, user, model);
	}

	@PostMapping("/engagements/{id}/kpis/{kpiId}/service-level")
	String agree(@PathVariable Long id, @PathVariable Long kpiId, GlidePathForm glidePathForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		KpiLevel level = this.levels.level(id, kpiId, user.access());
		// A field that could not be read has its message already.
		GlidePathRules
			.check(glidePathForm.typedSteps(), glidePathForm.getCreditPercent(), glidePathForm.getEarnBackMonths())
			.stream()
			.filter((problem) -> !result.hasFieldErrors(problem.field()))
			.forEach((problem) -> result.rejectValue(problem.field(), problem.code()));
		if (result.hasErrors()) {
			glidePathForm.padded();
			model.addAttribute("proposed", false);
			return form(id, level, user, model);
		}
		try {
			this.levels.agree(id, kpiId, GlidePathRules.path(glidePathForm.typedSteps(),
					glidePathForm.getCreditPercent(), glidePathForm.getEarnBackMonths()), glidePathForm.getVersion(),
					user);
		}
		catch (StaleVersionException ex) {
			glidePathForm.padded();
			result.reject("serviceLevel.stale");
			model.addAttribute("proposed", false);
			return form(id, level, user, model);
		}
		redirect.addFlashAttribute("flashMessage", "serviceLevel.saved");
		redirect.addFlashAttribute("flashArgument", level.name());
		return "redirect:/engagements/" + id + "/service-credits";
	}

	@PostMapping("/engagements/{id}/kpis/{kpiId}/service-level/delete")
	String remove(@PathVariable Long id, @PathVariable Long kpiId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		KpiLevel level = this.levels.level(id, kpiId, user.access());
		if (this.levels.remove(id, kpiId, user)) {
			redirect.addFlashAttribute("flashMessage", "serviceLevel.removed");
			redirect.addFlashAttribute("flashArgument", level.name());
		}
		return "redirect:/engagements/" + id + "/service-credits";
	}

	private String form(Long id, KpiLevel level, CurrentUser user, Model model) {
		model.addAttribute("engagementId", id);
		model.addAttribute("engagementName", this.engagements.parties(id, user.access()).name());
		model.addAttribute("level", level);
		return FORM;
	}

	@GetMapping("/engagements/{id}/service-credits")
	String credits(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("capForm", new CapForm(this.levels.cap(id, user.access())));
		return creditsPage(id, user, model);
	}

	@PostMapping("/engagements/{id}/service-credits/cap")
	String cap(@PathVariable Long id, CapForm capForm, BindingResult result, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("capPercent") && !GlidePathRules.isCap(capForm.getCapPercent())) {
			result.rejectValue("capPercent", "serviceCredits.cap.range");
		}
		if (result.hasErrors()) {
			return creditsPage(id, user, model);
		}
		this.levels.cap(id, capForm.getCapPercent(), user);
		redirect.addFlashAttribute("flashMessage", "serviceCredits.cap.saved");
		return "redirect:/engagements/" + id + "/service-credits";
	}

	private String creditsPage(Long id, CurrentUser user, Model model) {
		model.addAttribute("engagementId", id);
		model.addAttribute("engagementName", this.engagements.parties(id, user.access()).name());
		ServiceLevels.Credits credits = this.levels.credits(id, user.access());
		model.addAttribute("levels", credits.levels());
		model.addAttribute("credits", credits);
		return "servicelevel/credits";
	}

	/** The cap as the form binds it. */
	public static class CapForm {

		private Integer capPercent;

		public CapForm() {
		}

		CapForm(Integer capPercent) {
			this.capPercent = capPercent;
		}

		public Integer getCapPercent() {
			return this.capPercent;
		}

		public void setCapPercent(Integer capPercent) {
			this.capPercent = capPercent;
		}

	}

}
