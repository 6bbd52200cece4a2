package com.rolloutplanner.calendar.internal;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.input.PlainText;

/**
 * A user's calendar feeds: create one (its address is shown once), revoke one; and the
 * feed itself, readable by any calendar app that knows the address.
 */
@Controller
class CalendarController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	private final CalendarFeedWriter writer;

	private final UserDetailsService users;

	CalendarController(CalendarFeeds feeds, CalendarFeedWriter writer, UserDetailsService users) {
		this.feeds = feeds;
		this.writer = writer;
		this.users = users;
	}

	@GetMapping("/account/calendar")
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("feeds", this.feeds.of(user.getUsername()));
		return "calendar/feeds";
	}

	@PostMapping("/account/calendar")
	String create(@RequestParam(defaultValue = "") String label, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		String error = label.isBlank() ? "calendar.label.required" : (label.strip().length() > CalendarFeed.MAX_LABEL)
				? "calendar.label.tooLong" : !PlainText.Check.isPlain(label, false) ? "PlainText" : null;
		if (error != null) {
			model.addAttribute("labelError", error);
			model.addAttribute("label", label);
			return page(user, model);
		}
		String token = this.feeds.create(user.getUsername(), label);
		String address = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/calendar/{token}.ics")
			.buildAndExpand(token)
			.toUriString();
		redirect.addFlashAttribute("feedAddress", address);
		redirect.addFlashAttribute("flashMessage", "calendar.created");
		return "redirect:/account/calendar";
	}

	@PostMapping("/account/calendar/{feedId}/revoke")
	String revoke(@PathVariable Long feedId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		boolean revoked = this.feeds.revoke(user.getUsername(), feedId);
		redirect.addFlashAttribute("flashMessage", revoked ? "calendar.revoked" : "calendar.notFound");
		return "redirect:/account/calendar";
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token, Locale locale) {
		return this.feeds.open(token).flatMap(this::activeUser).map((user) -> {
			String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
			return ResponseEntity.ok()
				.contentType(TEXT_CALENDAR)
				.header("Cache-Control", "private, max-age=300")
				.body(this.writer.write(user, base, locale));
		}).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body(""));
	}

	private java.util.Optional<CurrentUser> activeUser(String username) {
		try {
			CurrentUser user = (CurrentUser) this.users.loadUserByUsername(username);
			return user.isEnabled() ? java.util.Optional.of(user) : java.util.Optional.empty();
		}
		catch (UsernameNotFoundException ex) {
			return java.util.Optional.empty();
		}
	}

}
