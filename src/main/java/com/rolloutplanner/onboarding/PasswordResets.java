package com.rolloutplanner.onboarding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Recipient;
import com.rolloutplanner.account.EmailAddress;
import com.rolloutplanner.account.SecretTokens;
import com.rolloutplanner.mail.Outbox;
import com.rolloutplanner.notification.MailWriter;

/**
 * Forgotten passwords: a link to choose a new one, mailed to the address a user
 * confirmed, holding for an hour and once. Whoever asks gets the same answer whether or
 * not the address is known; an address gets at most {@value #PER_ADDRESS_A_DAY} mails a
 * day, and a client that asks more than {@value #PER_CLIENT} times in
 * {@link #CLIENT_WINDOW} waits.
 */
@Service
@Transactional(readOnly = true)
public class PasswordResets {

	/** How long a link holds. */
	public static final Duration VALID = Duration.ofHours(1);

	/** At most this many links a day to one address. */
	public static final int PER_ADDRESS_A_DAY = 3;

	/** At most this many requests from one client within {@link #CLIENT_WINDOW}. */
	public static final int PER_CLIENT = 10;

	public static final Duration CLIENT_WINDOW = Duration.ofMinutes(15);

	/** The kind of the mail in the outbox. */
	public static final String MAIL_KIND = "PASSWORD_RESET";

	private static final Duration DAY = Duration.ofDays(1);

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final MailWriter writer;

	private final Clock clock;

	PasswordResets(Accounts accounts, JdbcClient jdbc, Outbox outbox, MailWriter writer, Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.writer = writer;
		this.clock = clock;
	}

	/** What became of a request: the same for every address, or the client must wait. */
	public enum Requested {

		ANSWERED, CLIENT_WAITS

	}

	/**
	 * Someone asks for a link for an address (a well-formed one, as the form checks) from
	 * a client: a mail to every active user who confirmed the address, unless the address
	 * had its mails of the day.
	 */
	@Transactional
	public Requested request(String address, String client) {
		Instant now = this.clock.instant();
		String normalised = address.strip().toLowerCase(Locale.ROOT);
		if (!EmailAddress.isValid(normalised)) {
			throw new IllegalArgumentException("Not a mail address");
		}
		String clientKey = "client:" + cut(String.valueOf(client), 200);
		String addressKey = "address:" + normalised;
		// Only a day of requests is kept, of every address and client, so the table stays
		// small.
		this.jdbc.sql("delete from password_reset_request where requested_at < :since")
			.param("since", at(now.minus(DAY)))
			.update();
		if (count(clientKey, now.minus(CLIENT_WINDOW)) >= PER_CLIENT) {
			return Requested.CLIENT_WAITS;
		}
		record(clientKey, now);
		if (count(addressKey, now.minus(DAY)) >= PER_ADDRESS_A_DAY) {
			return Requested.ANSWERED;
		}
		record(addressKey, now);
		for (Recipient user : this.accounts.activeByAddress(normalised)) {
			String token = SecretTokens.newToken();
			this.jdbc
				.sql("insert into password_reset (user_account_id, token_hash, created_at, expires_at) "
						+ "values (:user, :hash, :now, :expires)")
				.param("user", user.id())
				.param("hash", SecretTokens.hash(token))
				.param("now", at(now))
				.param("expires", at(now.plus(VALID)))
				.update();
			this.outbox.add(user.id(), user.email(), user.language(), MAIL_KIND, null,
					this.writer.passwordReset(user.displayName(), user.username(), user.language(), token),
					"reset:" + SecretTokens.hash(token), now);
		}
		return Requested.ANSWERED;
	}

	/** The user a link is for, while it holds: not used, not expired, the user active. */
	public record Link(Long userId, String username) {
	}

	/** The user a link is for, while it holds. */
	public Optional<Link> link(String token) {
		if (!SecretTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select r.user_account_id, u.username from password_reset r join user_account u "
					+ "on u.id = r.user_account_id where r.token_hash = :hash and r.used_at is null "
					+ "and r.expires_at > :now and u.active = true")
			.param("hash", SecretTokens.hash(token))
			.param("now", at(this.clock.instant()))
			.query((rs, row) -> new Link(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	/**
	 * Sets the password chosen with a link that holds (as
	 * {@link Accounts#passwordProblem} accepts it): the link and every other link of the
	 * user are used up, and every session of the user ends.
	 * @return whether it was set
	 */
	@Transactional
	public boolean choose(String token, String password) {
		Optional<Link> link = link(token);
		if (link.isEmpty()) {
			return false;
		}
		int used = this.jdbc
			.sql("update password_reset set used_at = :now where user_account_id = :user and used_at is null")
			.param("now", at(this.clock.instant()))
			.param("user", link.get().userId())
			.update();
		// Two tabs sending the same link at once: only the one that used it up goes on.
		if (used == 0) {
			return false;
		}
		if (!this.accounts.choosePassword(link.get().userId(), password)) {
			throw new IllegalArgumentException("Not a password the user may choose");
		}
		return true;
	}

	private long count(String key, Instant since) {
		return this.jdbc
			.sql("select count(*) from password_reset_request where request_key = :key and requested_at >= :since")
			.param("key", key)
			.param("since", at(since))
			.query(Long.class)
			.single();
	}

	private void record(String key, Instant now) {
		this.jdbc.sql("insert into password_reset_request (request_key, requested_at) values (:key, :now)")
			.param("key", key)
			.param("now", at(now))
			.update();
	}

	private OffsetDateTime at(Instant moment) {
		return OffsetDateTime.ofInstant(moment, this.clock.getZone());
	}

	private static String cut(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

}
