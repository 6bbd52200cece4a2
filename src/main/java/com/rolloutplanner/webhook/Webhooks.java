package com.rolloutplanner.webhook;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.SecretBox;
import com.rolloutplanner.account.SecretTokens;
import com.rolloutplanner.input.FieldProblem;
import com.rolloutplanner.notification.MailWriter;
import com.rolloutplanner.webhook.WebhookView.Format;

/**
 * The webhooks of organisations: a manager or an administrator registers one for their
 * own organisation (an address a webhook may post to, the events, the format, the
 * language of a Teams card) and sees its secret once; its deliveries are queued when an
 * event of one of the organisation's engagements happens, at most once per event and
 * webhook.
 */
@Service
@Transactional(readOnly = true)
public class Webhooks {

	/** At most this many webhooks an organisation. */
	public static final int MAX_PER_ORGANISATION = 10;

	/** The log of a webhook shows this many deliveries. */
	public static final int LOG = 50;

	private static final String COLUMNS = "id, organisation_id, url, format, events, language, enabled, failing_since, "
			+ "disabled_at, created_by, created_at from webhook";

	private final JdbcClient jdbc;

	private final SecretBox secrets;

	private final JsonMapper json;

	private final MessageSource messages;

	private final MailWriter links;

	private final Clock clock;

	private final boolean insideAllowed;

	private final WebhookAddresses.Resolver resolver;

	Webhooks(JdbcClient jdbc, SecretBox secrets, JsonMapper json, MessageSource messages, MailWriter links, Clock clock,
			@Value("${rollout.webhooks.allow-inside:false}") boolean insideAllowed) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.json = json;
		this.messages = messages;
		this.links = links;
		this.clock = clock;
		this.insideAllowed = insideAllowed;
		this.resolver = WebhookAddresses.DNS;
	}

	/**
	 * What is wrong with a webhook a user would register: an address a webhook may post
	 * to (up to 2,000 characters), at least one event, a format, a language; at most
	 * {@value #MAX_PER_ORGANISATION} an organisation.
	 */
	public List<FieldProblem> check(String url, Format format, Collection<WebhookEvent> events, String language,
			CurrentUser user) {
		List<FieldProblem> problems = new ArrayList<>();
		String address = (url != null) ? url.strip() : "";
		if (address.isEmpty()) {
			problems.add(new FieldProblem("url", "webhook.url.required"));
		}
		else if (address.length() > 2000) {
			problems.add(new FieldProblem("url", "webhook.url.invalid"));
		}
		else {
			String problem = WebhookAddresses.problem(address, this.insideAllowed, this.resolver);
			if (problem != null) {
				problems.add(new FieldProblem("url", problem));
			}
		}
		if (format == null) {
			problems.add(new FieldProblem("format", "webhook.format.required"));
		}
		if (events == null || events.isEmpty()
				|| events.stream().anyMatch((e) -> e == null || e == WebhookEvent.TEST)) {
			problems.add(new FieldProblem("events", "webhook.events.required"));
		}
		if (language == null || !List.of("en", "fi").contains(language)) {
			problems.add(new FieldProblem("language", "invitation.language.invalid"));
		}
		if (count(user.getOrganisationId()) >= MAX_PER_ORGANISATION) {
			problems.add(new FieldProblem("url", "webhook.tooMany", MAX_PER_ORGANISATION));
		}
		return problems;
	}

	/**
	 * Registers a webhook (as {@link #check} accepts it). @return its secret, shown once
	 */
	@Transactional
	public Registered register(String url, Format format, Collection<WebhookEvent> events, String language,
			CurrentUser user) {
		if (!check(url, format, events, language, user).isEmpty()) {
			throw new IllegalArgumentException("Not a webhook");
		}
		String secret = "whsec_" + SecretTokens.newToken();
		org.springframework.jdbc.support.KeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc
			.sql("insert into webhook (organisation_id, url, format, events, language, secret, enabled, "
					+ "created_by_user_id, created_by, created_at) values (:organisation, :url, :format, :events, "
					+ ":language, :secret, true, :user, :by, :now)")
			.param("organisation", user.getOrganisationId())
			.param("url", url.strip())
			.param("format", format.name())
			.param("events", events.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
			.param("language", language)
			.param("secret", this.secrets.seal(secret))
			.param("user", user.getId())
			.param("by", user.signature())
			.param("now", at(this.clock.instant()))
			.update(key, "id");
		return new Registered(key.getKeyAs(Long.class), secret);
	}

	/** A webhook just registered, and its secret: shown this once. */
	public record Registered(Long id, String secret) {
	}

	/** The webhooks of the user's organisation. */
	public List<WebhookView> of(CurrentUser user) {
		return this.jdbc.sql("select " + COLUMNS + " where organisation_id = :organisation order by id")
			.param("organisation", user.getOrganisationId())
			.query(Webhooks::view)
			.list();
	}

	/** A webhook of the user's organisation; not found for any other. */
	public WebhookView find(Long id, CurrentUser user) {
		return this.jdbc.sql("select " + COLUMNS + " where id = :id and organisation_id = :organisation")
			.param("id", id)
			.param("organisation", user.getOrganisationId())
			.query(Webhooks::view)
			.optional()
			.orElseThrow(() -> new WebhookNotFoundException(id));
	}

	/** The newest {@value #LOG} deliveries of a webhook of the user's organisation. */
	public List<Delivery> deliveries(Long id, CurrentUser user) {
		find(id, user);
		return this.jdbc
			.sql("select id, event_id, event_type, state, attempts, created_at, delivered_at, last_status, last_error "
					+ "from webhook_delivery where webhook_id = :id order by created_at desc, id desc " + "fetch first "
					+ LOG + " rows only")
			.param("id", id)
			.query((rs, row) -> new Delivery(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), instant(rs.getObject(6, OffsetDateTime.class)),
					instant(rs.getObject(7, OffsetDateTime.class)), (Integer) rs.getObject(8), rs.getString(9)))
			.list();
	}

	/** Removes a webhook of the user's organisation and its log. */
	@Transactional
	public void remove(Long id, CurrentUser user) {
		find(id, user);
		this.jdbc.sql("delete from webhook where id = :id").param("id", id).update();
	}

	/** Turns a webhook of the user's organisation on again after it was turned off. */
	@Transactional
	public void enable(Long id, CurrentUser user) {
		find(id, user);
		this.jdbc.sql("update webhook set enabled = true, failing_since = null, disabled_at = null where id = :id")
			.param("id", id)
			.update();
	}

	/**
	 * Queues a test event for a webhook of the user's organisation, whether or not it is
	 * on.
	 */
	@Transactional
	public void sendTest(Long id, CurrentUser user) {
		WebhookView webhook = find(id, user);
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("sentBy", user.signature());
		queue(webhook, WebhookEvent.TEST, UUID.randomUUID().toString(), null, null, fields);
	}

	/**
	 * Queues an event of an engagement for every webhook of its organisations that is on
	 * and chose the event: at most once per webhook and event (the event's id comes from
	 * what happened, so hearing it again queues nothing).
	 */
	@Transactional
	public int queue(WebhookEvent event, String identity, Long engagementId, String engagementName,
			Collection<Long> organisationIds, Map<String, Object> fields) {
		String eventId = UUID
			.nameUUIDFromBytes((event.type() + ":" + identity).getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.toString();
		int queued = 0;
		for (WebhookView webhook : this.jdbc
			.sql("select " + COLUMNS + " where organisation_id in (:organisations) and enabled = true order by id")
			.param("organisations", organisationIds)
			.query(Webhooks::view)
			.list()) {
			if (webhook.events().contains(event)) {
				queued += queue(webhook, event, eventId, engagementId, engagementName, fields);
			}
		}
		return queued;
	}

	private int queue(WebhookView webhook, WebhookEvent event, String eventId, Long engagementId, String engagementName,
			Map<String, Object> fields) {
		Instant now = this.clock.instant();
		String body = (webhook.format() == Format.TEAMS) ? card(webhook, event, engagementId, engagementName, fields)
				: body(event, eventId, now, engagementId, engagementName, fields);
		return this.jdbc
			.sql("insert into webhook_delivery (webhook_id, event_id, event_type, engagement_id, payload, state, "
					+ "attempts, next_attempt_at, created_at) values (:webhook, :event, :type, :engagement, :payload, "
					+ "'PENDING', 0, :now, :now) on conflict do nothing")
			.param("webhook", webhook.id())
			.param("event", eventId)
			.param("type", event.type())
			.param("engagement", engagementId)
			.param("payload", body)
			.param("now", at(now))
			.update();
	}

	private String body(WebhookEvent event, String eventId, Instant now, Long engagementId, String engagementName,
			Map<String, Object> fields) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", eventId);
		body.put("type", event.type());
		body.put("occurredAt", now.toString());
		body.put("engagementId", engagementId);
		if (engagementName != null) {
			body.put("engagementName", engagementName);
			body.put("url", this.links.url("/engagements/" + engagementId));
		}
		body.putAll(fields);
		return this.json.writer()
			.without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
			.writeValueAsString(body);
	}

	/**
	 * A Microsoft Teams (Workflows) message: an Adaptive Card in the webhook's language.
	 */
	private String card(WebhookView webhook, WebhookEvent event, Long engagementId, String engagementName,
			Map<String, Object> fields) {
		Locale language = Locale.forLanguageTag(webhook.language());
		String title = this.messages.getMessage("webhook.event." + event.name(), null, language);
		List<Object> body = new ArrayList<>();
		body.add(Map.of("type", "TextBlock", "text", title, "weight", "Bolder", "size", "Medium", "wrap", true));
		if (engagementName != null) {
			body.add(Map.of("type", "TextBlock", "text", engagementName, "wrap", true));
		}
		Object detail = fields.get("title");
		if (detail != null) {
			body.add(Map.of("type", "TextBlock", "text", String.valueOf(detail), "wrap", true, "isSubtle", true));
		}
		Map<String, Object> card = new LinkedHashMap<>();
		card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
		card.put("type", "AdaptiveCard");
		card.put("version", "1.4");
		card.put("body", body);
		String link = this.links.url((engagementId != null) ? "/engagements/" + engagementId : "/");
		card.put("actions", List.of(Map.of("type", "Action.OpenUrl", "title",
				this.messages.getMessage("webhook.card.open", null, language), "url", link)));
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("type", "message");
		message.put("attachments",
				List.of(Map.of("contentType", "application/vnd.microsoft.card.adaptive", "content", card)));
		return this.json.writer()
			.without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
			.writeValueAsString(message);
	}

	/** The secret of a webhook, to sign its deliveries. */
	String secret(Long id) {
		return this.secrets.open(this.jdbc.sql("select secret from webhook where id = :id")
			.param("id", id)
			.query(String.class)
			.single());
	}

	private long count(Long organisationId) {
		return this.jdbc.sql("select count(*) from webhook where organisation_id = :organisation")
			.param("organisation", organisationId)
			.query(Long.class)
			.single();
	}

	static WebhookView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
		Arrays.stream(rs.getString(5).split(","))
			.filter((e) -> !e.isBlank())
			.forEach((e) -> events.add(WebhookEvent.valueOf(e)));
		return new WebhookView(rs.getLong(1), rs.getLong(2), rs.getString(3), Format.valueOf(rs.getString(4)), events,
				rs.getString(6), rs.getBoolean(7), instant(rs.getObject(8, OffsetDateTime.class)),
				instant(rs.getObject(9, OffsetDateTime.class)), rs.getString(10),
				instant(rs.getObject(11, OffsetDateTime.class)));
	}

	private static Instant instant(OffsetDateTime value) {
		return (value != null) ? value.toInstant() : null;
	}

	private OffsetDateTime at(Instant moment) {
		return OffsetDateTime.ofInstant(moment, this.clock.getZone());
	}

}
