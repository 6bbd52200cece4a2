package com.rolloutplanner.apitoken;

import com.rolloutplanner.account.AccountEvents;
import org.springframework.context.event.EventListener;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.SecretTokens;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: {@value #PREFIX} and 256 random bits, shown once and stored only
 * as their SHA-256; named, with a scope and an expiry of at most a year, revocable, with
 * the date of their last use. Checking a token is one indexed look-up that also reads its
 * user, and no password hashing: the token itself is the secret.
 */
@Service
public class ApiTokens {

	/** Marks the token, so that secret scanners and readers recognise it. */
	public static final String PREFIX = "rp_";

	public static final int MAX_NAME = 100;

	/** A user keeps at most this many tokens. */
	public static final int MAX_TOKENS = 20;

	/** The lifetimes offered, in days. */
	public static final List<Integer> LIFETIMES = List.of(30, 90, 365);

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A token as its owner sees it in the list. */
	public record TokenView(Long id, String name, ApiScope scope, Instant createdAt, LocalDate expiresOn,
			LocalDate lastUsedOn, boolean expired) {
	}

	/** A checked token: its user and its scope. */
	public record Holder(CurrentUser user, ApiScope scope) {
	}

	public List<TokenView> of(Long userId) {
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc
			.sql("select id, name, scope, created_at, expires_on, last_used_on from api_token "
					+ "where user_account_id = ? order by created_at desc, id desc")
			.param(userId)
			.query((rs, row) -> new TokenView(rs.getLong("id"), rs.getString("name"),
					ApiScope.valueOf(rs.getString("scope")), rs.getTimestamp("created_at").toInstant(),
					rs.getObject("expires_on", LocalDate.class), rs.getObject("last_used_on", LocalDate.class),
					rs.getObject("expires_on", LocalDate.class).isBefore(today)))
			.list();
	}

	public boolean full(Long userId) {
		return count(userId) >= MAX_TOKENS;
	}

	private long count(Long userId) {
		return this.jdbc.sql("select count(*) from api_token where user_account_id = ?")
			.param(userId)
			.query(Long.class)
			.single();
	}

	/**
	 * Creates a token; the name and lifetime are checked by the caller.
	 * @return the token, to be shown once; empty when the user has the most tokens
	 */
	@Transactional
	public Optional<String> create(Long userId, String name, ApiScope scope, int days) {
		if (count(userId) >= MAX_TOKENS || !LIFETIMES.contains(days)) {
			return Optional.empty();
		}
		String token = PREFIX + SecretTokens.newToken();
		this.jdbc
			.sql("insert into api_token (user_account_id, name, token_hash, scope, created_at, expires_on) "
					+ "values (?, ?, ?, ?, ?, ?)")
			.params(userId, name.strip(), SecretTokens.hash(token), scope.name(), Timestamp.from(this.clock.instant()),
					LocalDate.now(this.clock).plusDays(days))
			.update();
		return Optional.of(token);
	}

	/**
	 * Revokes every token of the user when an administrator resets their password after a
	 * compromise and asks for it, in the same transaction.
	 */
	@EventListener
	void revokeAll(AccountEvents.PasswordReset reset) {
		if (reset.tokensRevoked()) {
			this.jdbc.sql("delete from api_token where user_account_id = ?").params(reset.userId()).update();
		}
	}

	@Transactional
	public boolean revoke(Long userId, Long tokenId) {
		return this.jdbc.sql("delete from api_token where id = ? and user_account_id = ?")
			.params(tokenId, userId)
			.update() > 0;
	}

	/**
	 * The holder of a token that is well formed, known, not expired and whose user is
	 * active; the day of its use is noted once a day.
	 */
	@Transactional
	public Optional<Holder> holder(String token) {
		if (token == null || !token.startsWith(PREFIX) || !SecretTokens.wellFormed(token.substring(PREFIX.length()))) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		record Found(Long tokenId, ApiScope scope, LocalDate expiresOn, LocalDate lastUsedOn, CurrentUser user) {
		}
		Optional<Found> found = this.jdbc
			.sql("select t.id as token_id, t.scope, t.expires_on, t.last_used_on, u.id, u.username, u.display_name, "
					+ "u.organisation_id, o.name as organisation_name, u.role, u.active, u.must_change_password "
					+ "from api_token t join user_account u on u.id = t.user_account_id "
					+ "join organisation o on o.id = u.organisation_id where t.token_hash = ?")
			.param(SecretTokens.hash(token))
			.query((rs, row) -> new Found(rs.getLong("token_id"), ApiScope.valueOf(rs.getString("scope")),
					rs.getObject("expires_on", LocalDate.class), rs.getObject("last_used_on", LocalDate.class),
					new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), null,
							rs.getLong("organisation_id"), rs.getString("organisation_name"),
							Role.valueOf(rs.getString("role")), rs.getBoolean("active"),
							rs.getBoolean("must_change_password"))))
			.optional()
			.filter((f) -> !f.expiresOn().isBefore(today) && f.user().isEnabled());
		found.filter((f) -> !today.equals(f.lastUsedOn()))
			.ifPresent((f) -> this.jdbc.sql("update api_token set last_used_on = ? where id = ?")
				.params(today, f.tokenId())
				.update());
		return found.map((f) -> new Holder(f.user(), f.scope()));
	}

}
