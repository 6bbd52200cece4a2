package com.rolloutplanner.share.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.phase.DateWindow;
import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.account.Access;
import com.rolloutplanner.report.Journeys;

/**
 * Share links: managed by the managers of either side, opened by steering-group members
 * without an account. An unknown, expired or revoked link answers a neutral 404.
 */
@Controller
class ShareController {

	private final ShareLinks links;

	private final Engagements engagements;

	private final Journeys journeys;

	ShareController(ShareLinks links, Engagements engagements, Journeys journeys) {
		this.links = links;
		this.engagements = engagements;
		this.journeys = journeys;
	}

	@GetMapping("/engagements/{id}/share")
	String list(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(id, user, model);
	}

	@PostMapping("/engagements/{id}/share")
	String create(@PathVariable Long id, @RequestParam(defaultValue = "") String label,
			@RequestParam(defaultValue = "") String expiresOn, @RequestParam(defaultValue = "false") String hideAmounts,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		String labelError = label.isBlank() ? "share.label.required" : (label.strip().length() > ShareLink.MAX_LABEL)
				? "share.label.tooLong" : !PlainText.Check.isPlain(label, false) ? "PlainText" : null;
		LocalDate expiry = null;
		String expiryError = null;
		if (!expiresOn.isBlank()) {
			try {
				expiry = LocalDate.parse(expiresOn.strip());
				if (expiry.isBefore(this.links.today())) {
					expiryError = "share.expiresOn.past";
				}
				else if (!DateWindow.contains(expiry)) {
					expiryError = "DateInWindow";
				}
			}
			catch (DateTimeParseException ex) {
				expiryError = "share.expiresOn.invalid";
			}
		}
		if (labelError != null || expiryError != null) {
			model.addAttribute("failure",
					new Failure(label, expiresOn, labelError, expiryError, "true".equals(hideAmounts)));
			return page(id, user, model);
		}
		String token = this.links.create(id, label, expiry, "true".equals(hideAmounts), user);
		redirect.addFlashAttribute("newLink",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/s/{token}")
					.buildAndExpand(token)
					.toUriString());
		redirect.addFlashAttribute("flashMessage", "share.created");
		return "redirect:/engagements/" + id + "/share";
	}

	@PostMapping("/engagements/{id}/share/{linkId}/revoke")
	String revoke(@PathVariable Long id, @PathVariable Long linkId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.links.revoke(id, linkId, user);
		redirect.addFlashAttribute("flashMessage", "share.revoked");
		return "redirect:/engagements/" + id + "/share";
	}

	@GetMapping("/s/{token}")
	String open(@PathVariable String token, Model model, HttpServletResponse response) {
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
		return this.links.open(token).map((opened) -> {
			// A link is deleted with its engagement, so an opened link's engagement
			// exists.
			model.addAttribute("journey", this.journeys.of(opened.engagementId(), Access.toEverything(), null,
					this.links.today(), opened.hideAmounts()));
			return "share/public";
		}).orElseGet(() -> {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "share/gone";
		});
	}

	private String page(Long id, CurrentUser user, Model model) {
		model.addAttribute("engagementId", id);
		model.addAttribute("engagementName", this.engagements.parties(id, user.access()).name());
		model.addAttribute("links",
				this.links.links(id, user)
					.stream()
					.map((l) -> new LinkRow(l.getId(), l.getLabel(), l.getCreatedBy(), l.getCreatedAt(),
							l.getExpiresOn(), l.getRevokedAt(), l.getOpenCount(), l.getLastOpenedAt(),
							l.isUsableOn(this.links.today()), l.isHideAmounts()))
					.toList());
		return "share/links";
	}

	/** A share link as listed. */
	public record LinkRow(Long id, String label, String createdBy, java.time.Instant createdAt, LocalDate expiresOn,
			java.time.Instant revokedAt, int openCount, java.time.Instant lastOpenedAt, boolean usable,
			boolean hideAmounts) {
	}

	/** A rejected new link, shown again with what was typed. */
	public record Failure(String label, String expiresOn, String labelError, String expiresOnError,
			boolean hideAmounts) {
	}

}
