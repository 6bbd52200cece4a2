package com.rolloutplanner.notification;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.http.ResponseEntity;

/**
 * The unsubscribe link of every mail: works without a login, takes effect at once (the
 * kind of the mail is turned off), offers to undo it or to turn every mail off. Mail
 * programs' one-click unsubscribe (RFC 8058) posts to the same address.
 */
@Controller
class UnsubscribeController {

	private final UnsubscribeTokens tokens;

	private final Preferences preferences;

	UnsubscribeController(UnsubscribeTokens tokens, Preferences preferences) {
		this.tokens = tokens;
		this.preferences = preferences;
	}

	@GetMapping("/unsubscribe")
	String unsubscribe(@RequestParam(defaultValue = "") String token, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		Optional<UnsubscribeTokens.Subject> subject = this.tokens.read(token);
		if (subject.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "notification/unsubscribe-invalid";
		}
		this.preferences.set(subject.get().userId(), subject.get().kind(), Delivery.OFF);
		model.addAttribute("kind", subject.get().kind());
		model.addAttribute("token", token);
		model.addAttribute("state", "off");
		return "notification/unsubscribe";
	}

	/**
	 * One-click unsubscribe (the body {@code List-Unsubscribe=One-Click}), or the page's
	 * buttons: {@code undo} sends the kind again, {@code all} turns every mail off.
	 */
	@PostMapping("/unsubscribe")
	Object change(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String action,
			@RequestParam(name = "List-Unsubscribe", defaultValue = "") String oneClick, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		Optional<UnsubscribeTokens.Subject> subject = this.tokens.read(token);
		if (subject.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "notification/unsubscribe-invalid";
		}
		Long user = subject.get().userId();
		NotificationKind kind = subject.get().kind();
		if ("One-Click".equals(oneClick)) {
			this.preferences.set(user, kind, Delivery.OFF);
			return ResponseEntity.ok().build();
		}
		String state;
		if ("undo".equals(action)) {
			this.preferences.set(user, kind, Delivery.IMMEDIATE);
			state = "on";
		}
		else if ("all".equals(action)) {
			for (NotificationKind each : NotificationKind.values()) {
				this.preferences.set(user, each, Delivery.OFF);
			}
			state = "all";
		}
		else {
			this.preferences.set(user, kind, Delivery.OFF);
			state = "off";
		}
		model.addAttribute("kind", kind);
		model.addAttribute("token", token);
		model.addAttribute("state", state);
		return "notification/unsubscribe";
	}

}
