package com.rolloutplanner.notification.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Contacts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.EmailAddress;
import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.mail.Outbox;
import com.rolloutplanner.subscription.Delivery;
import com.rolloutplanner.notification.MailWriter;
import com.rolloutplanner.subscription.NotificationKind;
import com.rolloutplanner.subscription.Preferences;
import com.rolloutplanner.notification.WeeklyDigest;

/**
 * A user's mail settings: the address, the language and time zone of mails, and for each
 * kind of notification whether it comes at once, in the Monday digest or not at all.
 */
@Controller
class NotificationSettingsController {

	/** The time zones offered: the regions of the world by their cities. */
	static final List<String> ZONES = com.rolloutplanner.system.TimeZones.OFFERED;

	private final Accounts accounts;

	private final Contacts contacts;

	private final Preferences preferences;

	private final WeeklyDigest digest;

	private final Outbox outbox;

	private final MailWriter writer;

	private final java.time.Clock clock;

	NotificationSettingsController(Accounts accounts, Contacts contacts, Preferences preferences, WeeklyDigest digest,
			Outbox outbox, MailWriter writer, java.time.Clock clock) {
		this.writer = writer;
		this.clock = clock;
		this.outbox = outbox;
		this.accounts = accounts;
		this.contacts = contacts;
		this.preferences = preferences;
		this.digest = digest;
	}

	@GetMapping("/account/notifications")
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("pendingEmail", this.contacts.pendingEmail(user.getId()).orElse(null));
		if (!model.containsAttribute("email")) {
			Contacts.Contact contact = this.contacts.contact(user.getId());
			model.addAttribute("email", (contact.email() != null) ? contact.email() : "");
			model.addAttribute("language", contact.language());
			model.addAttribute("timeZone", contact.timeZone());
			Map<String, String> chosen = new LinkedHashMap<>();
			this.preferences.of(user.getId()).forEach((kind, delivery) -> chosen.put(kind.name(), delivery.name()));
			model.addAttribute("chosen", chosen);
		}
		model.addAttribute("kinds",
				List.of(NotificationKind.values()).stream().filter(NotificationKind::digestible).toList());
		model.addAttribute("deliveries", List.of(Delivery.IMMEDIATE, Delivery.DIGEST, Delivery.OFF));
		model.addAttribute("zones", ZONES);
		model.addAttribute("recent", this.outbox.recentOf(user.getId(), 10));
		return "notification/settings";
	}

	@PostMapping("/account/notifications")
	String save(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "") String timeZone,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		String address = email.strip();
		String emailError = (address.length() > EmailAddress.MAX_LENGTH) ? "notifications.email.tooLong"
				: (!PlainText.Check.isPlain(address, false)) ? "PlainText"
						: (!address.isEmpty() && !EmailAddress.isValid(address)) ? "notifications.email.invalid" : null;
		String languageError = ("en".equals(language) || "fi".equals(language)) ? null
				: "notifications.language.required";
		String zoneError = ZONES.contains(timeZone) || "UTC".equals(timeZone) ? null : "notifications.timeZone.invalid";
		Map<String, String> chosen = new LinkedHashMap<>();
		Map<NotificationKind, Delivery> deliveries = new java.util.EnumMap<>(NotificationKind.class);
		List<String> deliveryErrors = new ArrayList<>();
		for (NotificationKind kind : NotificationKind.values()) {
			if (!kind.chosen()) {
				continue;
			}
			String value = params.getOrDefault("delivery." + kind.name(), "");
			Delivery delivery = delivery(value, kind);
			if (delivery == null) {
				deliveryErrors.add(kind.name());
			}
			else {
				deliveries.put(kind, delivery);
			}
			chosen.put(kind.name(), value);
		}
		if (emailError != null || languageError != null || zoneError != null || !deliveryErrors.isEmpty()) {
			model.addAttribute("emailError", emailError);
			model.addAttribute("languageError", languageError);
			model.addAttribute("zoneError", zoneError);
			model.addAttribute("deliveryErrors", deliveryErrors);
			model.addAttribute("email", email);
			model.addAttribute("language", language);
			model.addAttribute("timeZone", timeZone);
			model.addAttribute("chosen", chosen);
			return page(user, model);
		}
		// The address itself changes only once it is confirmed from a mail sent to it.
		Contacts.Contact current = this.contacts.contact(user.getId());
		this.contacts.changeContact(user.getId(), new Contacts.Contact(current.email(), language, timeZone));
		this.contacts.requestEmail(user.getId(), address).ifPresent((token) -> {
			java.util.Locale locale = java.util.Locale.forLanguageTag(language);
			this.outbox.add(user.getId(), address, locale, NotificationKind.ADDRESS_CONFIRMATION.name(), null,
					this.writer.confirmation(user.getDisplayName(), locale, token),
					"confirm:" + user.getId() + ":" + this.clock.instant().toEpochMilli(), this.clock.instant());
			redirect.addFlashAttribute("confirmationSentTo", address);
		});
		deliveries.forEach((kind, delivery) -> this.preferences.set(user.getId(), kind, delivery));
		redirect.addFlashAttribute("flashMessage", "notifications.saved");
		return "redirect:/account/notifications";
	}

	/**
	 * The link of the confirmation mail: the page asks with a button (link scanners fetch
	 * mail links), and the button confirms.
	 */
	@GetMapping("/account/email/confirm")
	String confirmPage(@RequestParam(defaultValue = "") String token, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("token", token);
		model.addAttribute("pending", this.contacts.pendingEmail(user.getId()).orElse(null));
		return "notification/confirm";
	}

	@PostMapping("/account/email/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		boolean confirmed = this.contacts.confirmEmail(user.getId(), token);
		redirect.addFlashAttribute("flashMessage",
				confirmed ? "notifications.email.confirmed" : "notifications.email.notConfirmed");
		return "redirect:/account/notifications";
	}

	/** The user's digest as Monday would bring it: a preview that sends nothing. */
	@GetMapping("/account/notifications/digest")
	String digestPreview(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("preview", this.digest.preview(user.getId()).orElse(null));
		return "notification/digest-preview";
	}

	private static Delivery delivery(String value, NotificationKind kind) {
		for (Delivery d : Delivery.values()) {
			if (d.name().equals(value) && (kind.digestible() || d != Delivery.DIGEST)) {
				return d;
			}
		}
		return null;
	}

}
