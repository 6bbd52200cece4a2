package com.rolloutplanner.webhook;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.HttpRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Contacts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.issue.IssueSeverity;
import com.rolloutplanner.issue.Issues;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.system.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Webhooks walked as a manager meets them: registered (the secret shown once), told of an
 * issue raised in an engagement of the organisation, the delivery posted to a receiver on
 * a random port with a signature the receiver can check, listed in the log; a test event;
 * a Teams card; once per event; a receiver failing for three days turns the webhook off
 * and its owner is told; another organisation sees nothing of it.
 */
@RolloutIntegrationTest
class WebhookTests {

	static final String RUN = Long.toString(System.nanoTime(), 36);

	static ClientAndServer receiver;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Contacts contacts;

	@Autowired
	Organisations organisations;

	@Autowired
	Engagements engagements;

	@Autowired
	Issues issues;

	@Autowired
	Webhooks webhooks;

	@Autowired
	WebhookDispatcher dispatcher;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	com.rolloutplanner.pulse.Pulses pulses;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@BeforeAll
	static void startReceiver() {
		receiver = ClientAndServer.startClientAndServer(0);
		receiver.when(request().withPath("/hook.*")).respond(response().withStatusCode(204));
		receiver.when(request().withPath("/failing")).respond(response().withStatusCode(500));
	}

	@AfterAll
	static void stopReceiver() {
		receiver.stop();
	}

	@Test
	void anIssueRaisedIsPostedSignedOnceToTheWebhookAndLogged() {
		CurrentUser manager = manager("hook.client." + RUN, "Hook Client " + RUN);
		CurrentUser partner = manager("hook.partner." + RUN, "Hook Partner " + RUN);
		Long engagement = engagement(manager, partner);
		String url = address("/hook-" + RUN);
		var registered = this.mvc.post()
			.uri("/webhooks")
			.param("url", url)
			.param("format", "JSON")
			.param("events", "ISSUE_RAISED", "GATE_SIGNED")
			.param("language", "en")
			.with(csrf())
			.with(user(manager))
			.exchange();
		String page = registered.getResponse().getRedirectedUrl();
		assertThat(page).startsWith("/webhooks/");
		String secret = (String) registered.getMvcResult().getFlashMap().get("newSecret");
		assertThat(secret).startsWith("whsec_");
		Long id = Long.valueOf(page.substring("/webhooks/".length()));
		assertThat(this.mvc.get().uri(page).with(user(manager))).bodyText().contains(url).doesNotContain(secret);

		this.issues.raise(engagement, "Calls wait too long", "", IssueSeverity.HIGH, Side.PARTNER, manager);
		assertThat(this.dispatcher.dispatch()).isGreaterThanOrEqualTo(1);
		HttpRequest posted = posted("/hook-" + RUN).get(0);
		// The body as sent (the receiver's log shows JSON reformatted).
		String body = sent(posted.getFirstHeader("Rollout-Webhook-Id"));
		assertThat(body).contains("\"type\":\"issue.raised\"", "\"engagementId\":" + engagement,
				"\"title\":\"Calls wait too long\"", "\"severity\":\"HIGH\"");
		String eventId = posted.getFirstHeader("Rollout-Webhook-Id");
		long timestamp = Long.parseLong(posted.getFirstHeader("Rollout-Webhook-Timestamp"));
		assertThat(posted.getFirstHeader("Rollout-Webhook-Signature"))
			.isEqualTo(Signature.of(secret, eventId, timestamp, body))
			.isNotEqualTo(Signature.of(secret + "x", eventId, timestamp, body));
		assertThat(body).contains("\"id\":\"" + eventId + "\"");

		// The same event heard again queues nothing; the log shows the delivery.
		assertThat(this.webhooks.deliveries(id, manager)).hasSize(1)
			.allSatisfy((d) -> assertThat(d.lastStatus()).isEqualTo(204));
		assertThat(this.webhooks.queue(WebhookEvent.ISSUE_RAISED, "heard twice " + RUN, engagement, "x",
				List.of(manager.getOrganisationId()), java.util.Map.of()))
			.isEqualTo(1);
		assertThat(this.webhooks.queue(WebhookEvent.ISSUE_RAISED, "heard twice " + RUN, engagement, "x",
				List.of(manager.getOrganisationId()), java.util.Map.of()))
			.isZero();
		this.dispatcher.dispatch();
		assertThat(this.mvc.get().uri(page).with(user(manager))).bodyText().contains("issue.raised", "Delivered");

		// A test event; the partner's organisation sees nothing of this webhook.
		assertThat(this.mvc.post().uri(page + "/test").with(csrf()).with(user(manager))).hasRedirectedUrl(page);
		this.dispatcher.dispatch();
		assertThat(posted("/hook-" + RUN)).hasSize(3);
		assertThat(sent(posted("/hook-" + RUN).get(2).getFirstHeader("Rollout-Webhook-Id")))
			.contains("\"type\":\"test\"");
		assertThat(this.mvc.get().uri(page).with(user(partner))).hasStatus(404);
		assertThat(this.mvc.post().uri(page + "/remove").with(csrf()).with(user(partner))).hasStatus(404);

		// Its owner removes it: gone from the list and its page, and nothing more is
		// posted.
		assertThat(this.mvc.get().uri("/webhooks").with(user(manager))).bodyText().contains(url);
		assertThat(this.mvc.post().uri(page + "/remove").with(csrf()).with(user(manager)))
			.hasRedirectedUrl("/webhooks");
		assertThat(this.mvc.get().uri("/webhooks").with(user(manager))).bodyText().doesNotContain(url);
		assertThat(this.mvc.get().uri(page).with(user(manager))).hasStatus(404);
		this.issues.raise(engagement, "Calls still wait", "", IssueSeverity.HIGH, Side.PARTNER, manager);
		this.dispatcher.dispatch();
		assertThat(posted("/hook-" + RUN)).hasSize(3);
	}

	@Test
	void aTeamsWebhookGetsAnAdaptiveCardInItsLanguage() {
		CurrentUser manager = manager("teams.client." + RUN, "Teams Client " + RUN);
		CurrentUser partner = manager("teams.partner." + RUN, "Teams Partner " + RUN);
		Long engagement = engagement(manager, partner);
		this.webhooks.register(address("/hook-teams-" + RUN), WebhookView.Format.TEAMS,
				List.of(WebhookEvent.ISSUE_RAISED), "fi", partner);
		this.issues.raise(engagement, "Jonot kasvavat", "", IssueSeverity.CRITICAL, Side.PARTNER, manager);
		this.dispatcher.dispatch();
		String card = sent(posted("/hook-teams-" + RUN).get(0).getFirstHeader("Rollout-Webhook-Id"));
		assertThat(card).contains("\"type\":\"message\"", "application/vnd.microsoft.card.adaptive", "AdaptiveCard",
				"Ongelma kirjattiin", "Jonot kasvavat", "Avaa Rollout Plannerissa", "/engagements/" + engagement);
		// The fields the Adaptive Card schema requires: a card's type and version, each
		// text
		// block's text, each open-URL action's url; the message's attachment content
		// type.
		tools.jackson.databind.JsonNode message = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(card);
		tools.jackson.databind.JsonNode attachment = message.get("attachments").get(0);
		assertThat(attachment.get("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
		tools.jackson.databind.JsonNode content = attachment.get("content");
		assertThat(content.get("type").asText()).isEqualTo("AdaptiveCard");
		assertThat(content.get("version").asText()).matches("1\\.[0-9]+");
		assertThat(content.get("body")).isNotEmpty().allSatisfy((block) -> {
			assertThat(block.get("type").asText()).isEqualTo("TextBlock");
			assertThat(block.get("text").asText()).isNotBlank();
		});
		assertThat(content.get("actions")).singleElement().satisfies((action) -> {
			assertThat(action.get("type").asText()).isEqualTo("Action.OpenUrl");
			assertThat(action.get("url").asText()).startsWith("http").endsWith("/engagements/" + engagement);
		});
	}

	@Test
	void anOverdueActionAndAPulseFindingAreToldToTheWebhooksThatChoseThem() {
		CurrentUser manager = manager("pulse.client." + RUN, "Pulse Client " + RUN);
		CurrentUser partner = manager("pulse.partner." + RUN, "Pulse Partner " + RUN);
		Long engagement = engagement(manager, partner);
		this.webhooks.register(address("/hook-daily-" + RUN), WebhookView.Format.JSON,
				List.of(WebhookEvent.ACTION_OVERDUE, WebhookEvent.PULSE_FINDING), "en", manager);
		this.transactions.executeWithoutResult(
				(tx) -> this.events.publishEvent(new com.rolloutplanner.notification.ActionOverdue(engagement, 77L,
						"Staff the evening shift", LocalDate.of(2026, 11, 20), "PARTNER")));
		java.util.Map<com.rolloutplanner.pulse.Statement, Integer> low = new java.util.EnumMap<>(
				com.rolloutplanner.pulse.Statement.class);
		for (com.rolloutplanner.pulse.Statement statement : com.rolloutplanner.pulse.Statement.values()) {
			low.put(statement, 2);
		}
		this.pulses.answer(engagement, 1, low, "We are not heard", false, manager);
		this.dispatcher.dispatch();
		List<String> types = this.jdbc.queryForList(
				"select event_type from webhook_delivery d join webhook w on w.id = d.webhook_id "
						+ "where w.url = ? and d.state = 'SENT' order by d.id",
				String.class, address("/hook-daily-" + RUN));
		assertThat(types).contains("action.overdue", "pulse.finding");
		assertThat(this.jdbc.queryForList(
				"select payload from webhook_delivery where event_type = 'action.overdue' " + "and engagement_id = ?",
				String.class, engagement))
			.singleElement()
			.asString()
			.contains("\"title\":\"Staff the evening shift\"", "\"dueDate\":\"2026-11-20\"");
	}

	@Test
	void aReceiverFailingForThreeDaysTurnsTheWebhookOffAndItsOwnerIsTold() {
		this.clock.set(this.clock.instant().plus(Duration.ofDays(40)));
		CurrentUser manager = manager("failing.client." + RUN, "Failing Client " + RUN);
		this.contacts.changeContact(manager.getId(),
				new Contacts.Contact("failing." + RUN + "@example.com", "en", "Europe/Helsinki"));
		Long id = this.webhooks
			.register(address("/failing"), WebhookView.Format.JSON, List.of(WebhookEvent.ISSUE_RAISED), "en", manager)
			.id();
		this.webhooks.sendTest(id, manager);
		this.dispatcher.dispatch();
		assertThat(this.webhooks.find(id, manager).failingSince()).isNotNull();
		assertThat(this.webhooks.deliveries(id, manager).get(0).lastStatus()).isEqualTo(500);
		this.clock.set(this.clock.instant().plus(Duration.ofDays(3)).plus(Duration.ofMinutes(1)));
		this.dispatcher.dispatch();
		WebhookView off = this.webhooks.find(id, manager);
		assertThat(off.enabled()).isFalse();
		assertThat(this.webhooks.deliveries(id, manager).get(0).state()).isEqualTo("FAILED");
		assertThat(this.jdbc.queryForList("select html_body from mail_outbox where recipient = ? and kind = ?",
				String.class, "failing." + RUN + "@example.com", "WEBHOOK_DISABLED"))
			.singleElement()
			.asString()
			.contains("/webhooks/" + id);
		assertThat(this.mvc.get().uri("/webhooks/" + id).with(user(manager))).bodyText()
			.contains("Turned off", "Turn on again");
		assertThat(this.mvc.post().uri("/webhooks/" + id + "/enable").with(csrf()).with(user(manager)))
			.hasRedirectedUrl("/webhooks/" + id);
		assertThat(this.webhooks.find(id, manager).enabled()).isTrue();
	}

	@Test
	void aWebhookWithoutAnAddressOrEventsIsRefusedAtItsFieldsAndNothingIsStored() {
		CurrentUser manager = manager("refused.hook." + RUN, "Refused Hook " + RUN);
		assertThat(this.mvc.post()
			.uri("/webhooks")
			.param("url", "")
			.param("format", "XML")
			.param("language", "sv")
			.with(csrf())
			.with(user(manager))).bodyText()
			.contains("Type the address to post to.", "Choose at least one event.", "Choose English or Finnish.");
		assertThat(this.webhooks.of(manager)).isEmpty();
	}

	private String sent(String eventId) {
		return this.jdbc.queryForObject("select payload from webhook_delivery where event_id = ? and state = 'SENT'",
				String.class, eventId);
	}

	private List<HttpRequest> posted(String path) {
		return List.of(receiver.retrieveRecordedRequests(request().withMethod("POST").withPath(path)));
	}

	private static String address(String path) {
		return "http://127.0.0.1:" + receiver.getPort() + path;
	}

	private CurrentUser manager(String username, String organisation) {
		return TestUsers.manager(this.accounts, this.organisations, this.users, username, organisation);
	}

	private Long engagement(CurrentUser client, CurrentUser partner) {
		return this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Hooked journey " + RUN + " " + client.getUsername())
				.between(this.organisations.find(client.getOrganisationId()).orElseThrow(),
						this.organisations.find(partner.getOrganisationId()).orElseThrow())
				.goLive(LocalDate.of(2026, 10, 1))
				.terms(), "Test")
			.getId();
	}

}
