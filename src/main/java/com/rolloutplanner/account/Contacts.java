package com.rolloutplanner.account;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where and how mails reach a user: the address (a new one waits for its confirmation),
 * the language and the time zone.
 */
@Service
@Transactional(readOnly = true)
public class Contacts {

	private final UserAccountRepository accounts;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	Contacts(UserAccountRepository accounts, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/** Where and how mails reach a user: address, language and time zone as stored. */
	public Contact contact(Long userId) {
		UserAccount u = this.accounts.findById(userId).orElseThrow();
		return new Contact(u.getEmail(), Languages.of(u.getLanguage()).getLanguage(),
				Accounts.zone(u.getTimeZone(), this.clock.getZone()).getId());
	}

	/** Where and how mails reach a user. */
	public record Contact(String email, String language, String timeZone) {
	}

	/** A new address waiting for its confirmation, and when the confirmation was sent. */
	public record PendingEmail(String address, java.time.Instant sentAt) {
	}

	/** The user's address waiting for its confirmation, if any. */
	public java.util.Optional<PendingEmail> pendingEmail(Long userId) {
		return this.accounts.findById(userId)
			.filter((u) -> u.getPendingEmail() != null)
			.map((u) -> new PendingEmail(u.getPendingEmail(), u.getPendingEmailSentAt()));
	}

	/** How long a user waits before another confirmation mail is sent. */
	public static final java.time.Duration CONFIRMATION_PAUSE = java.time.Duration.ofMinutes(10);

	/**
	 * A user's own new address: it waits for its confirmation, and mails go on to the
	 * last confirmed one. An empty address stops mails at once; the confirmed one again,
	 * or one already waiting whose mail went out less than {@link #CONFIRMATION_PAUSE}
	 * ago, sends nothing.
	 * @return the one-time token of the confirmation mail to send now, if one is to be
	 * sent
	 */
	@Transactional
	public java.util.Optional<String> requestEmail(Long userId, String address) {
		UserAccount u = load(userId);
		String wanted = (address != null) ? address.strip() : "";
		java.time.Instant now = this.clock.instant();
		if (wanted.isEmpty()) {
			u.changeContact(null, u.getLanguage(), u.getTimeZone());
			u.clearPendingEmail();
			return java.util.Optional.empty();
		}
		if (wanted.equalsIgnoreCase(String.valueOf(u.getEmail()))) {
			u.clearPendingEmail();
			return java.util.Optional.empty();
		}
		if (wanted.equalsIgnoreCase(String.valueOf(u.getPendingEmail())) && u.getPendingEmailSentAt() != null
				&& u.getPendingEmailSentAt().plus(CONFIRMATION_PAUSE).isAfter(now)) {
			return java.util.Optional.empty();
		}
		String token = SecretTokens.newToken();
		u.awaitEmail(wanted, SecretTokens.hash(token), now);
		return java.util.Optional.of(token);
	}

	/**
	 * Confirms the user's waiting address with the token of its mail (24 hours).
	 * @return whether mails now go to it
	 */
	@Transactional
	public boolean confirmEmail(Long userId, String token) {
		if (token == null || !SecretTokens.wellFormed(token)) {
			return false;
		}
		return load(userId).confirmEmail(SecretTokens.hash(token), this.clock.instant());
	}

	@Transactional
	public void changeContact(Long userId, Contact contact) {
		UserAccount u = this.accounts.findById(userId).orElseThrow();
		// No language yet: the browser's is taken at the first login.
		String language = (contact.language() != null) ? Languages.of(contact.language()).getLanguage() : null;
		u.changeContact(contact.email(), language, contact.timeZone());
		this.accounts.save(u);
	}

	/**
	 * An address an administrator typed for a user: like an address the user types, it is
	 * used only once confirmed from the link of the mail sent to it (after this commits).
	 */
	@Transactional
	public void addressEntered(String username, String address) {
		this.accounts.findByUsername(UserAccount.normalise(username))
			.ifPresent((u) -> this.events.publishEvent(new AccountEvents.AddressEntered(u.getId(), address.strip())));
	}

	/** Sets where mails reach a user, by username (demo data). */
	@Transactional
	public void changeContact(String username, Contact contact) {
		this.accounts.findByUsername(UserAccount.normalise(username))
			.ifPresent((u) -> changeContact(u.getId(), contact));
	}

	/**
	 * The language of a user's mails at their first login: the browser's, when the user
	 * has none yet.
	 */
	@Transactional
	public void languageAtFirstLogin(String username, java.util.Locale browser) {
		this.accounts.findByUsername(UserAccount.normalise(username))
			.filter(UserAccount::languageUnset)
			.ifPresent((u) -> {
				u.setLanguage(Languages.of(browser.getLanguage()).getLanguage());
				this.accounts.save(u);
			});
	}

	private UserAccount load(Long id) {
		return this.accounts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
