package com.rolloutplanner.pulse.web;

import java.time.LocalDate;
import java.time.Clock;

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
import com.rolloutplanner.pulse.Pulses;
import com.rolloutplanner.pulse.Statement;

/**
 * The Cooperation tab: both sides' pulse scores by month, what they say, the comments
 * meant for the reader's side, and the reader's own answer.
 */
@Controller
class PulseController {

	private final Pulses pulses;

	private final Engagements engagements;

	private final Clock clock;

	PulseController(Pulses pulses, Engagements engagements, Clock clock) {
		this.pulses = pulses;
		this.engagements = engagements;
		this.clock = clock;
	}

	@InitBinder("pulseForm")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("month", "trust", "earlyProblems", "commitmentsKept", "communication", "worthIt",
				"comment", "internal");
	}

	@GetMapping("/engagements/{id}/cooperation")
	String show(@PathVariable Long id, @RequestParam(required = false) Integer month,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Pulses.PulseView pulse = view(id, user);
		Integer shown = (month != null && pulse.answerable().contains(month)) ? month
				: pulse.answerable().stream().findFirst().orElse(null);
		model.addAttribute("pulseForm",
				PulseForm.of(shown, (shown != null) ? pulse.mineFor(shown) : java.util.Map.of()));
		return page(id, pulse, user, model);
	}

	@PostMapping("/engagements/{id}/cooperation")
	String answer(@PathVariable Long id, PulseForm pulseForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.pulses.check(id, pulseForm.getMonth(), pulseForm.values(), pulseForm.getComment(), user)
			.stream()
			.filter((problem) -> !result.hasFieldErrors(field(problem.field())))
			.forEach((problem) -> result.rejectValue(field(problem.field()), problem.code()));
		if (result.hasErrors()) {
			return page(id, view(id, user), user, model);
		}
		this.pulses.answer(id, pulseForm.getMonth(), pulseForm.values(), pulseForm.getComment(), pulseForm.isInternal(),
				user);
		redirect.addFlashAttribute("flashMessage", "pulse.saved");
		redirect.addFlashAttribute("flashArgument", pulseForm.getMonth());
		return "redirect:/engagements/" + id + "/cooperation";
	}

	/** The form's field of a problem: a statement by its property name. */
	private static String field(String problemField) {
		for (Statement statement : Statement.values()) {
			if (statement.name().equals(problemField)) {
				return statement.field();
			}
		}
		return problemField;
	}

	private Pulses.PulseView view(Long id, CurrentUser user) {
		return this.pulses.view(id, user.access(), user.getOrganisationId(), user.getUsername(),
				LocalDate.now(this.clock));
	}

	private String page(Long id, Pulses.PulseView pulse, CurrentUser user, Model model) {
		model.addAttribute("engagementId", id);
		model.addAttribute("engagementName", this.engagements.parties(id, user.access()).name());
		model.addAttribute("pulse", pulse);
		model.addAttribute("statements", Statement.values());
		return "pulse/cooperation";
	}

}
