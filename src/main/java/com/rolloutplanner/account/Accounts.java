package com.rolloutplanner.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import com.rolloutplanner.account.AccountEvents.PasswordChosenFromMail;
import com.rolloutplanner.account.AccountEvents.PasswordReset;
import com.rolloutplanner.account.AccountEvents.UserActivityChanged;
import com.rolloutplanner.account.AccountEvents.UserCreated;
import com.rolloutplanner.organisation.Organisation;

/** Creating users, their passwords and their state. */
@Service
@Transactional(readOnly = true)
public class Accounts {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int ONE_TIME_LENGTH = 16;

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Accounts(UserAccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The active users of the organisations, by name: who can attend or own an action.
	 */
	public List<Member> membersOf(java.util.Collection<Long> organisationIds) {
		return this.accounts.findActiveIn(organisationIds)
			.stream()
			.map((u) -> new Member(u.getUsername(), u.getDisplayName(), u.getOrganisation().getId(),
					u.getOrganisation().getName(), u.getEmail()))
			.toList();
	}

	/**
	 * The active users of the organisations who have a mail address: whom a notification
	 * about an engagement of theirs may reach.
	 */
	public List<Recipient> recipientsIn(java.util.Collection<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return this.accounts.findActiveIn(organisationIds)
			.stream()
			.filter((u) -> u.getEmail() != null)
			.map(this::recipient)
			.toList();
	}

	/** Every active user with a mail address (the weekly digest goes through them). */
	public List<Recipient> recipients() {
		return this.accounts.findActiveWithEmail().stream().map(this::recipient).toList();
	}

	/** The user, active and with a mail address, or empty. */
	public java.util.Optional<Recipient> recipient(String username) {
		if (username == null) {
			return java.util.Optional.empty();
		}
		return this.accounts.findByUsername(UserAccount.normalise(username))
			.filter((u) -> u.isActive() && u.getEmail() != null)
			.map(this::recipient);
	}

	/** The user by id, active and with a mail address, or empty. */
	public java.util.Optional<Recipient> recipient(Long id) {
		return this.accounts.findById(id).filter((u) -> u.isActive() && u.getEmail() != null).map(this::recipient);
	}

	/**
	 * An active user as a digest would address them, with or without an address: for a
	 * preview.
	 */
	public java.util.Optional<Recipient> reader(Long id) {
		return this.accounts.findById(id).filter(UserAccount::isActive).map(this::recipient);
	}

	private Recipient recipient(UserAccount u) {
		return new Recipient(u.getId(), u.getUsername(), u.getDisplayName(), u.getOrganisation().getId(),
				u.getOrganisation().getName(), u.getEmail(), Languages.of(u.getLanguage()), zone(u.getTimeZone()));
	}

	private java.time.ZoneId zone(String timeZone) {
		return zone(timeZone, this.clock.getZone());
	}

	/** The user's time zone as stored, or the product's when none or none known. */
	static java.time.ZoneId zone(String timeZone, java.time.ZoneId product) {
		try {
			return (timeZone != null) ? java.time.ZoneId.of(timeZone) : product;
		}
		catch (java.time.DateTimeException ex) {
			return product;
		}
	}

	/** A username as it is stored: without surrounding spaces, in lower case. */
	public static String normalised(String username) {
		return UserAccount.normalise(username);
	}

	public boolean exists(String username) {
		return this.accounts.existsByUsername(UserAccount.normalise(username));
	}

	/** Whether the user may still work: {@code false} once deactivated or deleted. */
	/**
	 * The application's present moment, to the millisecond: what the databases store of
	 * it exactly (they round finer fractions), so that a session stamped with it compares
	 * with a stored moment as it was.
	 */
	public java.time.Instant now() {
		return this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
	}

	/** The session state of a user; an unknown user's is inactive. */
	public SessionState sessionState(Long id) {
		return (id != null) ? this.accounts.findSessionStateById(id).orElse(new SessionState(false, null))
				: new SessionState(false, null);
	}

	/**
	 * Ends every session of the user that began before now, at its next request.
	 * @return the moment from which sessions count: the caller's own session, stamped
	 * with it, goes on
	 */
	@Transactional
	public java.time.Instant endSessions(Long id, String actor) {
		java.time.Instant now = now();
		load(id).endSessions(now);
		return now;
	}

	public boolean any() {
		return this.accounts.count() > 0;
	}

	public List<UserAccount> all() {
		return this.accounts.findAllWithOrganisation();
	}

	/**
	 * Creates a user with a one-time password that must be changed at the first login.
	 * @return the one-time password, to be handed over once
	 */
	@Transactional
	public String createWithOneTimePassword(String username, String displayName, Organisation organisation, Role role,
			String actor) {
		String oneTime = oneTimePassword();
		created(this.accounts.save(new UserAccount(username, displayName, this.encoder.encode(oneTime), organisation,
				role, true, this.clock.instant())), organisation, actor);
		return oneTime;
	}

	/**
	 * Creates a user whose password is already chosen (demo data, the first
	 * administrator).
	 */
	@Transactional
	public void createWithPassword(String username, String displayName, Organisation organisation, Role role,
			String password) {
		created(this.accounts.save(new UserAccount(username, displayName, this.encoder.encode(password), organisation,
				role, false, this.clock.instant())), organisation, null);
	}

	@Transactional
	public String resetPassword(Long id, boolean revokeTokens, String actor) {
		String oneTime = oneTimePassword();
		UserAccount account = load(id);
		account.resetPassword(this.encoder.encode(oneTime));
		// Whoever had the old password is logged out everywhere.
		account.endSessions(now());
		this.events.publishEvent(new PasswordReset(id, account.getUsername(), revokeTokens, actor));
		return oneTime;
	}

	@Transactional
	public void setActive(Long id, boolean active, String actor) {
		UserAccount account = load(id);
		if (account.isActive() != active) {
			this.events.publishEvent(new UserActivityChanged(account.getUsername(), active, actor));
		}
		if (active) {
			account.reactivate();
		}
		else {
			account.deactivate();
		}
	}

	/**
	 * Changes the user's own password after checking the current one.
	 * @return the message code of the problem, or {@code null} when changed
	 */
	@Transactional
	public String changeOwnPassword(Long id, String current, String newPassword) {
		UserAccount account = load(id);
		if (current == null || !this.encoder.matches(current, account.getPasswordHash())) {
			return "password.currentWrong";
		}
		String problem = PasswordPolicy.problem(account.getUsername(), newPassword);
		if (problem == null && this.encoder.matches(newPassword, account.getPasswordHash())) {
			problem = "password.sameAsBefore";
		}
		if (problem == null) {
			account.changePassword(this.encoder.encode(newPassword));
		}
		return problem;
	}

	/**
	 * The active users whose confirmed mail address is this one, whatever its case: whom
	 * a link to choose a new password may go to.
	 */
	public List<Recipient> activeByAddress(String address) {
		if (address == null) {
			return List.of();
		}
		return this.accounts.findActiveByEmail(address.strip().toLowerCase(java.util.Locale.ROOT))
			.stream()
			.map(this::recipient)
			.toList();
	}

	/** Whether an active user's confirmed mail address is this one, whatever its case. */
	public boolean addressTaken(String address) {
		return address != null && this.accounts.existsActiveByEmail(address.strip().toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * The message code of what is wrong with a password a user would choose, or
	 * {@code null} when it is fine.
	 */
	public static String passwordProblem(String username, String password) {
		return PasswordPolicy.problem((username != null) ? username : "", password);
	}

	/**
	 * A new password chosen from the link of a reset mail (as {@link #passwordProblem}
	 * accepts it): it is the user's own, and every session of theirs ends.
	 * @return whether it was set (an inactive or unknown user's is not)
	 */
	@Transactional
	public boolean choosePassword(Long id, String newPassword) {
		UserAccount account = this.accounts.findById(id).filter(UserAccount::isActive).orElse(null);
		if (account == null || passwordProblem(account.getUsername(), newPassword) != null) {
			return false;
		}
		account.changePassword(this.encoder.encode(newPassword));
		account.endSessions(now());
		this.events.publishEvent(new PasswordChosenFromMail(account.getUsername(),
				account.getDisplayName() + " (" + account.getOrganisation().getName() + ")"));
		return true;
	}

	/**
	 * Creates a user who accepted an invitation: the password is their own, and the
	 * address the invitation went to is confirmed by its link.
	 * @return the new user's id
	 */
	@Transactional
	public Long createInvited(String username, String displayName, Organisation organisation, Role role,
			String password, String email, java.util.Locale language, String actor) {
		if (exists(username) || passwordProblem(username, password) != null) {
			throw new IllegalArgumentException("Not a new user: " + username);
		}
		UserAccount account = new UserAccount(username, displayName, this.encoder.encode(password), organisation, role,
				false, this.clock.instant());
		account.changeContact(email.strip(), Languages.of(language.getLanguage()).getLanguage(), null);
		created(this.accounts.save(account), organisation, actor);
		return account.getId();
	}

	private void created(UserAccount account, Organisation organisation, String actor) {
		this.events.publishEvent(new UserCreated(account.getUsername(), account.getDisplayName(),
				organisation.getName(), account.getRole(), actor));
	}

	public Optional<UserAccount> find(Long id) {
		return this.accounts.findById(id);
	}

	private UserAccount load(Long id) {
		return this.accounts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String oneTimePassword() {
		StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
		for (int i = 0; i < ONE_TIME_LENGTH; i++) {
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
