package com.rolloutplanner.history.web;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.history.History;

/**
 * The history of an engagement (every change, who made it and when; the changes a
 * steering group should notice are marked), and for administrators the history of
 * everything, deleted engagements and the administration included.
 */
@Controller
class HistoryController {

	private final History history;

	HistoryController(History history) {
		this.history = history;
	}

	@GetMapping("/engagements/{id}/history")
	String engagement(@PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model, Locale locale,
			@AuthenticationPrincipal CurrentUser user) {
		History.EngagementHistory history = this.history.ofEngagement(id, page, user, locale);
		model.addAttribute("engagementId", id);
		model.addAttribute("engagementName", history.name());
		model.addAttribute("deleted", history.deleted());
		model.addAttribute("rows", history.rows());
		return "history/history";
	}

	@GetMapping("/admin/history")
	String all(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		model.addAttribute("rows", this.history.all(page, locale));
		return "history/all";
	}

}
