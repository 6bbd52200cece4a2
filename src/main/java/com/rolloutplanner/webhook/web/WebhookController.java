package com.rolloutplanner.webhook.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.input.FieldProblem;
import com.rolloutplanner.webhook.WebhookEvent;
import com.rolloutplanner.webhook.WebhookView.Format;
import com.rolloutplanner.webhook.Webhooks;

/**
 * The webhooks of the reader's organisation: registered (the secret shown once), each
 * with its log of the last deliveries, a test event, turned on again or removed.
 */
@Controller
class WebhookController {

	private final Webhooks webhooks;

	WebhookController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@InitBinder("webhookForm")
	void fields(WebDataBinder binder) {
		binder.setAllowedFields("url", "format", "events", "language");
	}

	@GetMapping("/webhooks")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("webhookForm", new WebhookForm());
		return page(user, model);
	}

	@PostMapping("/webhooks")
	String register(@ModelAttribute WebhookForm webhookForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		FieldProblem.rejectAll(result, this.webhooks.check(webhookForm.getUrl(), webhookForm.getFormat(),
				webhookForm.getEvents(), webhookForm.getLanguage(), user));
		if (result.hasErrors()) {
			return page(user, model);
		}
		Webhooks.Registered registered = this.webhooks.register(webhookForm.getUrl(), webhookForm.getFormat(),
				webhookForm.getEvents(), webhookForm.getLanguage(), user);
		redirect.addFlashAttribute("newSecret", registered.secret());
		return "redirect:/webhooks/" + registered.id();
	}

	@GetMapping("/webhooks/{id}")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("webhook", this.webhooks.find(id, user));
		model.addAttribute("deliveries", this.webhooks.deliveries(id, user));
		return "webhook/webhook";
	}

	@PostMapping("/webhooks/{id}/test")
	String test(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.webhooks.sendTest(id, user);
		redirect.addFlashAttribute("flashMessage", "webhook.testQueued");
		return "redirect:/webhooks/" + id;
	}

	@PostMapping("/webhooks/{id}/enable")
	String enable(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.webhooks.enable(id, user);
		redirect.addFlashAttribute("flashMessage", "webhook.enabled");
		return "redirect:/webhooks/" + id;
	}

	@PostMapping("/webhooks/{id}/remove")
	String remove(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.webhooks.remove(id, user);
		redirect.addFlashAttribute("flashMessage", "webhook.removed");
		return "redirect:/webhooks";
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("webhooks", this.webhooks.of(user));
		model.addAttribute("eventChoices", WebhookEvent.choosable());
		model.addAttribute("formats", Format.values());
		return "webhook/webhooks";
	}

}
