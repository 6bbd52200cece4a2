package com.rolloutplanner.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.rolloutplanner.account.Recipient;
import com.rolloutplanner.subscription.Delivery;

/**
 * Delivers the notices a run of the daily checks found: those not handled by an earlier
 * run (the checks look back a week and find the same items every day), to everyone who
 * wants them, one mail a day per person: a user with one notice gets its own mail, a user
 * with several gets one mail that lists them all, each with its link. Written in
 * transactions of at most {@value #CHUNK} people each; the notices are marked handled at
 * the end, so a run stopped half-way and run again writes nothing twice (each mail is
 * named by what it holds).
 */
@Component
class DailyDelivery {

	/** The kind the outbox knows the mail of several notices by. */
	static final String KIND = "DAILY_CHECKS";

	/** The people whose mails are written in one transaction. */
	static final int CHUNK = 200;

	/** The notice keys looked up, or marked handled, with one statement. */
	private static final int KEYS = 1000;

	/** How long a handled notice is remembered (the checks look back a week). */
	private static final Duration KEPT = Duration.ofDays(30);

	private final Notifier notifier;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DailyDelivery(Notifier notifier, JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.notifier = notifier;
		this.jdbc = jdbc;
		this.batches = batches;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A notice found, the people it concerns, and what to tell other tools (webhooks)
	 * when it is new ({@code null} for nothing).
	 */
	record Found(Notice notice, Collection<Recipient> recipients, Object event) {
	}

	/**
	 * Delivers what is new among the notices found.
	 * @return how many mails were written
	 */
	int deliver(List<Found> found, Audience audience, LocalDate day) {
		Set<String> handled = handled(found.stream().map((f) -> f.notice().dedupKey()).distinct().toList());
		Map<String, Found> fresh = new LinkedHashMap<>();
		found.stream()
			.filter((f) -> !handled.contains(f.notice().dedupKey()))
			.forEach((f) -> fresh.putIfAbsent(f.notice().dedupKey(), f));
		Map<Long, Recipient> people = new LinkedHashMap<>();
		Map<Long, List<Notice>> atOnce = new LinkedHashMap<>();
		Map<Long, List<Notice>> digested = new LinkedHashMap<>();
		for (Found f : fresh.values()) {
			this.notifier.wanted(f.notice(), f.recipients(), audience).forEach((recipient, delivery) -> {
				people.putIfAbsent(recipient.id(), recipient);
				(delivery == Delivery.IMMEDIATE ? atOnce : digested)
					.computeIfAbsent(recipient.id(), (id) -> new ArrayList<>())
					.add(f.notice());
			});
		}
		List<Long> ids = List.copyOf(people.keySet());
		int written = 0;
		for (int first = 0; first < ids.size(); first += CHUNK) {
			List<Long> chunk = ids.subList(first, Math.min(first + CHUNK, ids.size()));
			Integer mails = this.transactions.execute((status) -> chunk.stream()
				.mapToInt((id) -> this.notifier.daily(people.get(id), atOnce.getOrDefault(id, List.of()),
						digested.getOrDefault(id, List.of()), day))
				.sum());
			written += (mails != null) ? mails : 0;
		}
		this.transactions.executeWithoutResult((status) -> handle(fresh.values()));
		return written;
	}

	/** The keys among these that an earlier run handled. */
	private Set<String> handled(List<String> keys) {
		Set<String> handled = new HashSet<>();
		for (int first = 0; first < keys.size(); first += KEYS) {
			handled.addAll(this.jdbc.sql("select dedup_key from daily_notice where dedup_key in (:keys)")
				.param("keys", keys.subList(first, Math.min(first + KEYS, keys.size())))
				.query(String.class)
				.list());
		}
		return handled;
	}

	/**
	 * Marks the notices handled, tells the other tools of them (after the commit), and
	 * forgets notices handled long ago.
	 */
	private void handle(Collection<Found> fresh) {
		Instant now = this.clock.instant();
		List<Object[]> rows = fresh.stream()
			.map((f) -> new Object[] { f.notice().dedupKey(), Timestamp.from(now) })
			.toList();
		for (int first = 0; first < rows.size(); first += KEYS) {
			this.batches.batchUpdate(
					"insert into daily_notice (dedup_key, created_at) values (?, ?) " + "on conflict do nothing",
					rows.subList(first, Math.min(first + KEYS, rows.size())));
		}
		fresh.stream().filter((f) -> f.event() != null).forEach((f) -> this.events.publishEvent(f.event()));
		this.jdbc.sql("delete from daily_notice where created_at < ?").param(Timestamp.from(now.minus(KEPT))).update();
	}

	/** A short name of a set of notice keys, the same for the same keys in any order. */
	static String fingerprint(List<String> keys) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			keys.stream().sorted().forEach((key) -> digest.update((key + "\n").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing", ex);
		}
	}

}
