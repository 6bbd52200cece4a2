package com.rolloutplanner.mail;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: mails written in the transaction of the change that causes them, claimed by
 * one instance at a time with row locks ({@code for update skip locked}), sent, and
 * retried with a growing pause when sending fails, until {@value #MAX_ATTEMPTS} attempts.
 */
@Component
public class Outbox {

	static final int MAX_ATTEMPTS = 8;

	/**
	 * How long a claim holds: an instance that dies while sending gives its mails back.
	 */
	static final Duration CLAIM = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where a mail stands. */
	public enum State {

		PENDING, SENT, FAILED

	}

	/** One mail of the outbox. */
	public record Row(Long id, Long userId, String recipient, String language, String kind, Long engagementId,
			String subject, String text, String html, String unsubscribeUrl, State state, int attempts,
			Instant nextAttemptAt, Instant createdAt, Instant sentAt, String lastError) {
	}

	/**
	 * Writes a mail unless one with the same key is there.
	 * @return whether it was written
	 */
	public boolean add(Long userId, String recipient, Locale language, String kind, Long engagementId, Mail mail,
			String dedupKey, Instant now) {
		return this.jdbc
			.sql("insert into mail_outbox (user_account_id, recipient, language, kind, engagement_id, "
					+ "subject, text_body, html_body, unsubscribe_url, dedup_key, state, attempts, next_attempt_at, "
					+ "created_at) values (:user, :recipient, :language, :kind, :engagement, :subject, :text, :html, "
					+ ":unsubscribe, :key, 'PENDING', 0, :now, :now) on conflict do nothing")
			.param("user", userId)
			.param("recipient", recipient)
			.param("language", language.getLanguage())
			.param("kind", kind)
			.param("engagement", engagementId)
			.param("subject", cut(mail.subject(), 300))
			.param("text", mail.text())
			.param("html", mail.html())
			.param("unsubscribe", mail.unsubscribeUrl())
			.param("key", dedupKey)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Claims up to {@code limit} mails due to be sent for this instance: rows another
	 * instance has locked or claimed are skipped.
	 */
	@Transactional
	List<Row> claim(String instance, Instant now, int limit) {
		List<Long> ids = this.jdbc
			.sql("select id from mail_outbox where state = 'PENDING' and next_attempt_at <= :now and "
					+ "(claimed_until is null or claimed_until < :now) order by next_attempt_at, id "
					+ "fetch first :limit rows only for update skip locked")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		this.jdbc.sql("update mail_outbox set claimed_by = :me, claimed_until = :until where id in (:ids)")
			.param("me", instance)
			.param("until", Timestamp.from(now.plus(CLAIM)))
			.param("ids", ids)
			.update();
		return this.jdbc.sql(SELECT + " where id in (:ids) order by id").param("ids", ids).query(Outbox::row).list();
	}

	void sent(Long id, String instance, Instant now) {
		this.jdbc
			.sql("update mail_outbox set state = 'SENT', sent_at = :now, attempts = attempts + 1, "
					+ "claimed_by = null, claimed_until = null, last_error = null where id = :id and claimed_by = :me")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("me", instance)
			.update();
	}

	/**
	 * A failed attempt: tried again after 1, 2, 4 … minutes (at most six hours), given up
	 * after the last attempt.
	 */
	void failed(Long id, String instance, int attemptsBefore, Instant now, String error) {
		int attempts = attemptsBefore + 1;
		State state = (attempts >= MAX_ATTEMPTS) ? State.FAILED : State.PENDING;
		this.jdbc.sql("update mail_outbox set state = :state, attempts = :attempts, next_attempt_at = :next, "
				+ "last_error = :error, claimed_by = null, claimed_until = null where id = :id and claimed_by = :me")
			.param("state", state.name())
			.param("attempts", attempts)
			.param("next", Timestamp.from(now.plus(backoff(attempts))))
			.param("error", cut(error, 1000))
			.param("id", id)
			.param("me", instance)
			.update();
	}

	/**
	 * The pause before the next attempt after {@code attempts} failed ones: 1, 2, 4 …
	 * minutes, at most six hours (mails and webhook deliveries alike).
	 */
	public static Duration backoff(int attempts) {
		Duration pause = Duration.ofMinutes(1L << Math.min(Math.max(attempts - 1, 0), 9));
		return (pause.compareTo(LONGEST_PAUSE) > 0) ? LONGEST_PAUSE : pause;
	}

	static final Duration LONGEST_PAUSE = Duration.ofHours(6);

	/** Sends a failed mail again: as new, due now. */
	@Transactional
	public boolean retry(Long id, Instant now) {
		return this.jdbc
			.sql("update mail_outbox set state = 'PENDING', attempts = 0, next_attempt_at = ?, "
					+ "claimed_by = null, claimed_until = null where id = ? and state = 'FAILED'")
			.params(Timestamp.from(now), id)
			.update() == 1;
	}

	public Optional<Row> find(Long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(Outbox::row).optional();
	}

	/** A page of the outbox, newest first, of one state or all. */
	public List<Row> page(State state, int page, int size) {
		return this.jdbc
			.sql(SELECT + ((state != null) ? " where state = :state" : "")
					+ " order by created_at desc, id desc offset :offset rows fetch next :size rows only")
			.param("state", (state != null) ? state.name() : null)
			.param("offset", (long) page * size)
			.param("size", size)
			.query(Outbox::row)
			.list();
	}

	/** The latest mails of one user. */
	public List<Row> recentOf(Long userId, int limit) {
		return this.jdbc
			.sql(SELECT + " where user_account_id = ? order by created_at desc, id desc fetch first " + limit
					+ " rows only")
			.param(userId)
			.query(Outbox::row)
			.list();
	}

	public Map<State, Long> counts() {
		Map<State, Long> counts = new EnumMap<>(State.class);
		for (State s : State.values()) {
			counts.put(s, 0L);
		}
		this.jdbc.sql("select state, count(*) from mail_outbox group by state")
			.query((rs, row) -> counts.put(State.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	private static final String SELECT = "select id, user_account_id, recipient, language, kind, engagement_id, "
			+ "subject, text_body, html_body, unsubscribe_url, state, attempts, next_attempt_at, created_at, sent_at, "
			+ "last_error from mail_outbox";

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getObject("user_account_id", Long.class), rs.getString("recipient"),
				rs.getString("language"), rs.getString("kind"), rs.getObject("engagement_id", Long.class),
				rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
				rs.getString("unsubscribe_url"), State.valueOf(rs.getString("state")), rs.getInt("attempts"),
				instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("sent_at")), rs.getString("last_error"));
	}

	private static Instant instant(Timestamp t) {
		return (t != null) ? t.toInstant() : null;
	}

	private static String cut(String s, int max) {
		return (s == null || s.length() <= max) ? s : s.substring(0, max);
	}

}
