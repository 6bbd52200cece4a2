package com.rolloutplanner.subscription.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.rolloutplanner.subscription.Delivery;
import com.rolloutplanner.subscription.NotificationKind;
import com.rolloutplanner.subscription.Preferences;
import com.rolloutplanner.subscription.UnsubscribeTokens;

/**
 * The unsubscribe link of every mail: works without a login; its page asks with a button
 * (opening the link changes nothing), then offers to undo it or to turn every mail off.
 * Mail programs' one-click unsubscribe (RFC 8058) posts to the same address.
 */
@Controller
class UnsubscribeController {

	private final UnsubscribeTokens tokens;

	private final Preferences preferences;

	UnsubscribeController(UnsubscribeTokens tokens, Preferences preferences) {
		this.tokens = tokens;
		this.preferences = preferences;
	}

	/**
	 * The page of the link: it changes nothing (link scanners and previews fetch mail
	 * links, and HEAD is answered as GET), and asks with a button.
	 */
	@GetMapping("/unsubscribe")
	String unsubscribe(@RequestParam(defaultValue = "") String token, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		Optional<UnsubscribeTokens.Subject> subject = this.tokens.read(token);
		if (subject.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "notification/unsubscribe-invalid";
		}
		Delivery now = this.preferences.of(subject.get().userId()).get(subject.get().kind());
		model.addAttribute("kind", subject.get().kind());
		model.addAttribute("token", token);
		model.addAttribute("state", (now == Delivery.OFF) ? "off" : "ask");
		model.addAttribute("restore", "");
		return "notification/unsubscribe";
	}

	/**
	 * One-click unsubscribe (the body {@code List-Unsubscribe=One-Click}), or the page's
	 * buttons: {@code off} stops the kind, {@code all} every kind, {@code undo} gives
	 * back what the last of them stopped ({@code restore}: the kinds as they were).
	 */
	@PostMapping("/unsubscribe")
	Object change(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String action,
			@RequestParam(name = "List-Unsubscribe", defaultValue = "") String oneClick,
			@RequestParam(defaultValue = "") String restore, Model model,
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
		java.util.Map<NotificationKind, Delivery> before = this.preferences.of(user);
		String state;
		String undo = "";
		if ("undo".equals(action)) {
			restored(restore).forEach((k, d) -> this.preferences.set(user, k, d));
			state = "on";
		}
		else if ("all".equals(action)) {
			java.util.List<NotificationKind> chosen = java.util.Arrays.stream(NotificationKind.values())
				.filter(NotificationKind::chosen)
				.toList();
			undo = saved(before, chosen);
			for (NotificationKind each : chosen) {
				this.preferences.set(user, each, Delivery.OFF);
			}
			state = "all";
		}
		else {
			undo = saved(before, java.util.List.of(kind));
			this.preferences.set(user, kind, Delivery.OFF);
			state = "off";
		}
		model.addAttribute("kind", kind);
		model.addAttribute("token", token);
		model.addAttribute("state", state);
		model.addAttribute("restore", undo);
		return "notification/unsubscribe";
	}

	/** The kinds as they were, for the undo button: {@code KIND:DELIVERY,...}. */
	static String saved(java.util.Map<NotificationKind, Delivery> before, java.util.List<NotificationKind> kinds) {
		return kinds.stream()
			.filter((k) -> before.get(k) != Delivery.OFF)
			.map((k) -> k.name() + ":" + before.get(k).name())
			.collect(java.util.stream.Collectors.joining(","));
	}

	/** What an undo gives back: only known kinds, each with a delivery it may have. */
	static java.util.Map<NotificationKind, Delivery> restored(String restore) {
		java.util.Map<NotificationKind, Delivery> kinds = new java.util.EnumMap<>(NotificationKind.class);
		if (restore.length() > 1000) {
			return kinds;
		}
		for (String pair : restore.split(",")) {
			String[] parts = pair.split(":");
			if (parts.length != 2) {
				continue;
			}
			java.util.Arrays.stream(NotificationKind.values())
				.filter((k) -> k.chosen() && k.name().equals(parts[0]))
				.findFirst()
				.ifPresent((k) -> java.util.Arrays.stream(Delivery.values())
					.filter((d) -> d.name().equals(parts[1]) && (k.digestible() || d != Delivery.DIGEST))
					.findFirst()
					.ifPresent((d) -> kinds.put(k, d)));
		}
		return kinds;
	}

}
