package com.rolloutplanner.apitoken.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.rolloutplanner.apitoken.ApiScope;
import com.rolloutplanner.apitoken.ApiTokens;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.input.PlainText;

/**
 * A user's personal API tokens: create one (shown once), see when each was last used,
 * revoke one.
 */
@Controller
class ApiTokensController {

	private final ApiTokens tokens;

	ApiTokensController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("tokens", this.tokens.of(user.getId()));
		model.addAttribute("lifetimes", ApiTokens.LIFETIMES);
		model.addAttribute("scopes", ApiScope.values());
		model.addAttribute("full", this.tokens.full(user.getId()));
		model.addAttribute("apiBase", ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
		if (!model.containsAttribute("scope")) {
			model.addAttribute("scope", ApiScope.READ.name());
			model.addAttribute("days", 90);
		}
		return "account/tokens";
	}

	@PostMapping("/account/tokens")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String scope,
			@RequestParam(defaultValue = "") String days, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		String nameError = name.isBlank() ? "tokens.name.required" : (name.strip().length() > ApiTokens.MAX_NAME)
				? "tokens.name.tooLong" : !PlainText.Check.isPlain(name, false) ? "PlainText" : null;
		ApiScope chosenScope = scope(scope);
		Integer lifetime = ApiTokens.LIFETIMES.stream()
			.filter((d) -> d.toString().equals(days))
			.findFirst()
			.orElse(null);
		if (nameError != null || chosenScope == null || lifetime == null) {
			model.addAttribute("nameError", nameError);
			model.addAttribute("scopeError", (chosenScope == null) ? "tokens.scope.required" : null);
			model.addAttribute("daysError", (lifetime == null) ? "tokens.days.required" : null);
			model.addAttribute("name", name);
			model.addAttribute("scope", scope);
			model.addAttribute("days", lifetime);
			return page(user, model);
		}
		return this.tokens.create(user.getId(), name, chosenScope, lifetime).map((token) -> {
			redirect.addFlashAttribute("newToken", token);
			redirect.addFlashAttribute("newTokenName", name.strip());
			redirect.addFlashAttribute("flashMessage", "tokens.created");
			return "redirect:/account/tokens";
		}).orElseGet(() -> {
			redirect.addFlashAttribute("flashMessage", "tokens.full");
			return "redirect:/account/tokens";
		});
	}

	@PostMapping("/account/tokens/{tokenId}/revoke")
	String revoke(@PathVariable Long tokenId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		boolean revoked = this.tokens.revoke(user.getId(), tokenId);
		redirect.addFlashAttribute("flashMessage", revoked ? "tokens.revoked" : "tokens.notFound");
		return "redirect:/account/tokens";
	}

	private static ApiScope scope(String value) {
		for (ApiScope candidate : ApiScope.values()) {
			if (candidate.name().equals(value)) {
				return candidate;
			}
		}
		return null;
	}

}
