package com.rolloutplanner.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.mail.Instance;
import com.rolloutplanner.mail.Outbox;
import com.rolloutplanner.notification.MailWriter;

/**
 * Posts what the webhooks' outbox holds, off the request threads: claims a batch for this
 * instance (rows another instance holds are skipped), posts each with its signature, and
 * marks it delivered on a 2xx answer; otherwise tries again after 1, 2, 4 … minutes (at
 * most six hours). A webhook that has failed for {@link #GIVE_UP} is turned off, its
 * waiting deliveries given up, and whoever registered it is told by mail.
 */
@Component
public class WebhookDispatcher {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	static final int BATCH = 20;

	static final Duration CLAIM = Duration.ofMinutes(5);

	static final Duration GIVE_UP = Duration.ofDays(3);

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final JdbcClient jdbc;

	private final Webhooks webhooks;

	private final TransactionTemplate transactions;

	private final Instance instance;

	private final Outbox outbox;

	private final MailWriter writer;

	private final Accounts accounts;

	private final Clock clock;

	private final boolean insideAllowed;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(TIMEOUT)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	WebhookDispatcher(JdbcClient jdbc, Webhooks webhooks, TransactionTemplate transactions, Instance instance,
			Outbox outbox, MailWriter writer, Accounts accounts, Clock clock,
			@Value("${rollout.webhooks.allow-inside:false}") boolean insideAllowed) {
		this.jdbc = jdbc;
		this.webhooks = webhooks;
		this.transactions = transactions;
		this.instance = instance;
		this.outbox = outbox;
		this.writer = writer;
		this.accounts = accounts;
		this.clock = clock;
		this.insideAllowed = insideAllowed;
	}

	private record Claimed(Long id, Long webhookId, String eventId, String payload, int attempts, String url) {
	}

	/**
	 * @return how many deliveries were posted and answered with 2xx
	 */
	public int dispatch() {
		int delivered = 0;
		for (int round = 0; round < 10; round++) {
			List<Claimed> claimed = claim();
			for (Claimed delivery : claimed) {
				delivered += post(delivery) ? 1 : 0;
			}
			if (claimed.size() < BATCH) {
				break;
			}
		}
		return delivered;
	}

	private List<Claimed> claim() {
		Instant now = this.clock.instant();
		return this.transactions.execute((status) -> {
			List<Long> ids = this.jdbc
				.sql("select id from webhook_delivery where state = 'PENDING' and next_attempt_at <= :now and "
						+ "(claimed_until is null or claimed_until < :now) order by next_attempt_at, id "
						+ "fetch first " + BATCH + " rows only for update skip locked")
				.param("now", at(now))
				.query(Long.class)
				.list();
			if (ids.isEmpty()) {
				return List.<Claimed>of();
			}
			this.jdbc.sql("update webhook_delivery set claimed_by = :me, claimed_until = :until where id in (:ids)")
				.param("me", this.instance.name())
				.param("until", at(now.plus(CLAIM)))
				.param("ids", ids)
				.update();
			return this.jdbc
				.sql("select d.id, d.webhook_id, d.event_id, d.payload, d.attempts, w.url from webhook_delivery d "
						+ "join webhook w on w.id = d.webhook_id where d.id in (:ids) order by d.id")
				.param("ids", ids)
				.query((rs, row) -> new Claimed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getInt(5), rs.getString(6)))
				.list();
		});
	}

	private boolean post(Claimed delivery) {
		Integer status = null;
		String error;
		try {
			// Where the name points now: an address inside is refused at every delivery.
			String problem = WebhookAddresses.problem(delivery.url(), this.insideAllowed, WebhookAddresses.DNS);
			if (problem != null) {
				throw new IllegalStateException("Address refused: " + problem);
			}
			long timestamp = this.clock.instant().getEpochSecond();
			HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
				.timeout(TIMEOUT)
				.header("Content-Type", "application/json")
				.header("User-Agent", "Rollout-Planner-Webhooks/1")
				.header("Rollout-Webhook-Id", delivery.eventId())
				.header("Rollout-Webhook-Timestamp", Long.toString(timestamp))
				.header("Rollout-Webhook-Signature",
						Signature.of(this.webhooks.secret(delivery.webhookId()), delivery.eventId(), timestamp,
								delivery.payload()))
				.POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
				.build();
			HttpResponse<Void> answer = this.http.send(request, HttpResponse.BodyHandlers.discarding());
			status = answer.statusCode();
			if (status / 100 == 2) {
				delivered(delivery, status);
				return true;
			}
			error = "HTTP " + status;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			error = ex.toString();
		}
		catch (Exception ex) {
			error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		failed(delivery, status, error);
		return false;
	}

	private void delivered(Claimed delivery, int status) {
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult((tx) -> {
			this.jdbc
				.sql("update webhook_delivery set state = 'SENT', delivered_at = :now, attempts = attempts + 1, "
						+ "last_status = :status, last_error = null, claimed_by = null, claimed_until = null "
						+ "where id = :id and claimed_by = :me")
				.param("now", at(now))
				.param("status", status)
				.param("id", delivery.id())
				.param("me", this.instance.name())
				.update();
			this.jdbc.sql("update webhook set failing_since = null where id = :id")
				.param("id", delivery.webhookId())
				.update();
		});
	}

	private void failed(Claimed delivery, Integer status, String error) {
		Instant now = this.clock.instant();
		int attempts = delivery.attempts() + 1;
		this.transactions.executeWithoutResult((tx) -> {
			this.jdbc
				.sql("update webhook_delivery set attempts = :attempts, next_attempt_at = :next, last_status = :status, "
						+ "last_error = :error, claimed_by = null, claimed_until = null where id = :id and claimed_by = :me")
				.param("attempts", attempts)
				.param("next", at(now.plus(Outbox.backoff(attempts))))
				.param("status", status)
				.param("error", (error.length() > 500) ? error.substring(0, 500) : error)
				.param("id", delivery.id())
				.param("me", this.instance.name())
				.update();
			this.jdbc.sql("update webhook set failing_since = :now where id = :id and failing_since is null")
				.param("now", at(now))
				.param("id", delivery.webhookId())
				.update();
			int turnedOff = this.jdbc
				.sql("update webhook set enabled = false, disabled_at = :now where id = :id and enabled = true "
						+ "and failing_since <= :since")
				.param("now", at(now))
				.param("id", delivery.webhookId())
				.param("since", at(now.minus(GIVE_UP)))
				.update();
			if (turnedOff == 1) {
				turnedOff(delivery.webhookId(), now);
			}
		});
	}

	private void turnedOff(Long webhookId, Instant now) {
		this.jdbc
			.sql("update webhook_delivery set state = 'FAILED', claimed_by = null, claimed_until = null "
					+ "where webhook_id = :id and state = 'PENDING'")
			.param("id", webhookId)
			.update();
		record Owner(Long userId, String url) {
		}
		Owner owner = this.jdbc.sql("select created_by_user_id, url from webhook where id = :id")
			.param("id", webhookId)
			.query((rs, row) -> new Owner((Long) rs.getObject(1, Long.class), rs.getString(2)))
			.single();
		log.warn("Webhook {} turned off after failing for {}", webhookId, GIVE_UP);
		if (owner.userId() == null) {
			return;
		}
		this.accounts.recipient(owner.userId()).ifPresent((recipient) -> {
			Locale language = recipient.language();
			this.outbox.add(
					recipient.id(), recipient.email(), language, "WEBHOOK_DISABLED", null, this.writer
						.webhookDisabled(recipient.displayName(), owner.url(), language, "/webhooks/" + webhookId),
					"webhook-off:" + webhookId + ":" + now.toEpochMilli(), now);
		});
	}

	private OffsetDateTime at(Instant moment) {
		return OffsetDateTime.ofInstant(moment, this.clock.getZone());
	}

}
