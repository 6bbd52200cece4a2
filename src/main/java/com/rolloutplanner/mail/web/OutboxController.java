package com.rolloutplanner.mail.web;

import java.time.Clock;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.mail.MailTransport;
import com.rolloutplanner.mail.Outbox;

/**
 * The outbox for administrators (every mail, newest first, by state, paged in the
 * database; each mail as text and as its HTML; a failed mail sent again), and each user's
 * own recent mails.
 */
@Controller
public class OutboxController {

	static final int PAGE_SIZE = 25;

	/** The HTML of a mail shown alone: its own styles, nothing else, in a sandbox. */
	public static final String MAIL_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
			+ "frame-ancestors 'self'; sandbox";

	private final Outbox outbox;

	private final MailTransport transport;

	private final Clock clock;

	OutboxController(Outbox outbox, MailTransport transport, Clock clock) {
		this.outbox = outbox;
		this.transport = transport;
		this.clock = clock;
	}

	@GetMapping("/admin/outbox")
	String list(@RequestParam(defaultValue = "") String state, @RequestParam(defaultValue = "0") String page,
			Model model) {
		Outbox.State chosen = state(state);
		int number = page(page);
		var counts = this.outbox.counts();
		long all = counts.values().stream().mapToLong(Long::longValue).sum();
		long total = (chosen != null) ? counts.get(chosen) : all;
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(number, pages - 1);
		List<Outbox.Row> rows = this.outbox.page(chosen, shown, PAGE_SIZE);
		model.addAttribute("rows", rows);
		model.addAttribute("counts", counts);
		model.addAttribute("total", total);
		model.addAttribute("allCount", all);
		model.addAttribute("state", (chosen != null) ? chosen.name() : "");
		model.addAttribute("states", Outbox.State.values());
		model.addAttribute("page", shown);
		model.addAttribute("pages", pages);
		model.addAttribute("mailServer", this.transport.configured());
		return "outbox/list";
	}

	@GetMapping("/admin/outbox/{id}")
	String mail(@PathVariable Long id, Model model) {
		model.addAttribute("mail", this.outbox.find(id).orElseThrow(OutboxController::notFound));
		model.addAttribute("mailServer", this.transport.configured());
		model.addAttribute("back", "/admin/outbox");
		model.addAttribute("htmlPath", "/admin/outbox/" + id + "/html");
		return "outbox/mail";
	}

	@GetMapping("/admin/outbox/{id}/html")
	ResponseEntity<String> html(@PathVariable Long id) {
		return htmlOf(this.outbox.find(id).orElseThrow(OutboxController::notFound));
	}

	@PostMapping("/admin/outbox/{id}/retry")
	String retry(@PathVariable Long id, RedirectAttributes redirect) {
		boolean again = this.outbox.retry(id, this.clock.instant());
		redirect.addFlashAttribute("flashMessage", again ? "outbox.retried" : "outbox.notFailed");
		return "redirect:/admin/outbox/" + id;
	}

	@GetMapping("/account/notifications/mails/{id}")
	String ownMail(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("mail", own(id, user));
		model.addAttribute("mailServer", this.transport.configured());
		model.addAttribute("back", "/account/notifications");
		model.addAttribute("htmlPath", "/account/notifications/mails/" + id + "/html");
		return "outbox/mail";
	}

	@GetMapping("/account/notifications/mails/{id}/html")
	ResponseEntity<String> ownHtml(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		return htmlOf(own(id, user));
	}

	private Outbox.Row own(Long id, CurrentUser user) {
		return this.outbox.find(id)
			.filter((row) -> user.getId().equals(row.userId()) || user.isAdmin())
			.orElseThrow(OutboxController::notFound);
	}

	private static ResponseEntity<String> htmlOf(Outbox.Row row) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Security-Policy", MAIL_POLICY)
			.header("X-Frame-Options", "SAMEORIGIN")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(row.html());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
	}

	private static Outbox.State state(String value) {
		for (Outbox.State s : Outbox.State.values()) {
			if (s.name().equals(value)) {
				return s;
			}
		}
		return null;
	}

	private static int page(String value) {
		if (value.matches("^[0-9]{1,6}$")) {
			return Integer.parseInt(value);
		}
		return 0;
	}

}
