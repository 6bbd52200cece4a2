package com.rolloutplanner.notification;

import com.rolloutplanner.subscription.Delivery;
import com.rolloutplanner.subscription.NotificationKind;
import com.rolloutplanner.subscription.Preferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Contacts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.mail.web.OutboxController;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The mail settings page, the language taken from the browser at the first login, and who
 * may read which mail of the outbox.
 */
@RolloutIntegrationTest
class NotificationSettingsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Contacts contacts;

	@Autowired
	Organisations organisations;

	@Autowired
	UserDetailsService users;

	@Autowired
	Preferences preferences;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser me;

	String name;

	@BeforeEach
	void setUp() {
		this.name = "settings." + Long.toString(System.nanoTime(), 36);
		TestUsers.ensure(this.accounts, this.organisations, this.name, "Sara Settings", "Settings Org", Role.MANAGER);
		this.me = (CurrentUser) this.users.loadUserByUsername(this.name);
	}

	@Test
	void theFirstLoginTakesTheBrowsersLanguageAndLaterOnesKeepTheChosenOne() {
		assertThat(logIn("fi")).hasRedirectedUrl("/");
		assertThat(this.contacts.contact(this.me.getId()).language()).isEqualTo("fi");

		this.contacts.changeContact(this.me.getId(), new Contacts.Contact("sara@example.com", "en", "Europe/Helsinki"));
		assertThat(logIn("fi")).hasRedirectedUrl("/");
		assertThat(this.contacts.contact(this.me.getId()).language()).isEqualTo("en");
	}

	@Test
	void settingsAreSavedWhenEveryFieldIsValid() {
		MvcTestResult saved = post(java.util.Map.of("delivery.OVERDUE", "DIGEST", "delivery.WEEKLY_DIGEST", "OFF"))
			.exchange();

		assertThat(saved).hasRedirectedUrl("/account/notifications");
		assertThat(this.contacts.contact(this.me.getId())).as("the address waits for its confirmation")
			.isEqualTo(new Contacts.Contact(null, "fi", "America/New_York"));
		confirm("sara@example.com");
		assertThat(this.contacts.contact(this.me.getId()))
			.isEqualTo(new Contacts.Contact("sara@example.com", "fi", "America/New_York"));
		assertThat(this.preferences.of(this.me.getId())).containsEntry(NotificationKind.OVERDUE, Delivery.DIGEST)
			.containsEntry(NotificationKind.WEEKLY_DIGEST, Delivery.OFF)
			.containsEntry(NotificationKind.AGENDA_READY, Delivery.IMMEDIATE);
		assertThat(this.mvc.get().uri("/account/notifications").with(user(this.me)).header("Accept-Language", "fi"))
			.bodyText()
			.contains("Sähköpostiasetukset", "value=\"sara@example.com\"");
	}

	@Test
	void badValuesAreMarkedAtTheirFieldsAndNothingIsSaved() {
		this.contacts.changeContact(this.me.getId(), new Contacts.Contact("old@example.com", "en", "Europe/Helsinki"));
		for (String[] bad : new String[][] { { "email", "not an address" }, { "email", "a@b" },
				{ "email", "x".repeat(250) + "@example.com" }, { "email", "evil\u0000@example.com" },
				{ "language", "sv" }, { "timeZone", "Mars/Olympus" }, { "timeZone", "GMT+25" },
				{ "delivery.OVERDUE", "SOMETIMES" }, { "delivery.WEEKLY_DIGEST", "DIGEST" } }) {
			MvcTestResult refused = post(java.util.Map.of(bad[0], bad[1])).exchange();

			assertThat(refused).as(bad[0] + "=" + bad[1]).hasStatusOk();
			assertThat(refused).bodyText().contains("error-summary", "aria-invalid=\"true\"");
			assertThat(this.contacts.contact(this.me.getId()))
				.isEqualTo(new Contacts.Contact("old@example.com", "en", "Europe/Helsinki"));
			assertThat(this.preferences.of(this.me.getId())).containsEntry(NotificationKind.OVERDUE,
					Delivery.IMMEDIATE);
		}
		assertThat(post(java.util.Map.of("timeZone", "Mars/Olympus")).header("Accept-Language", "fi").exchange())
			.bodyText()
			.contains("Valitse aikavyöhyke luettelosta.");
	}

	@Test
	void aUserReadsOnlyTheirOwnMailsAndOnlyAdministratorsTheOutbox() {
		this.contacts.changeContact(this.me.getId(), new Contacts.Contact("sara@example.com", "en", "Europe/Helsinki"));
		this.jdbc.update("insert into mail_outbox (user_account_id, recipient, language, kind, subject, text_body, "
				+ "html_body, dedup_key, state, attempts, next_attempt_at, created_at) values (?, 'sara@example.com', "
				+ "'en', 'OVERDUE', 'Hello', 'Text', '<p>Html</p>', ?, 'PENDING', 0, current_timestamp, "
				+ "current_timestamp)", this.me.getId(), "test:" + this.name);
		Long mail = this.jdbc.queryForObject("select id from mail_outbox where dedup_key = ?", Long.class,
				"test:" + this.name);
		TestUsers.ensure(this.accounts, this.organisations, this.name + ".other", "Otto Other", "Settings Org",
				Role.MANAGER);
		CurrentUser other = (CurrentUser) this.users.loadUserByUsername(this.name + ".other");

		assertThat(this.mvc.get().uri("/account/notifications").with(user(this.me))).bodyText().contains("Hello");
		assertThat(this.mvc.get().uri("/account/notifications/mails/{id}", mail).with(user(this.me))).hasStatusOk();
		assertThat(this.mvc.get().uri("/account/notifications/mails/{id}/html", mail).with(user(this.me))).hasStatusOk()
			.hasHeader("Content-Security-Policy", OutboxController.MAIL_POLICY);
		assertThat(this.mvc.get().uri("/account/notifications/mails/{id}", mail).with(user(other))).hasStatus(404);
		assertThat(this.mvc.get().uri("/admin/outbox").with(user(this.me))).hasStatus(403);
		TestUsers.ensure(this.accounts, this.organisations, this.name + ".admin", "Aino Admin", "Settings Org",
				Role.ADMIN);
		CurrentUser admin = (CurrentUser) this.users.loadUserByUsername(this.name + ".admin");
		assertThat(this.mvc.get().uri("/admin/outbox?state=NOPE&page=-1").with(user(admin))).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/outbox/{id}", mail).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("sara@example.com");
	}

	@Test
	void aNewAddressGetsOnlyItsConfirmationUntilConfirmedAndMailsGoOnToTheConfirmedOne() {
		this.contacts.changeContact(this.me.getId(), new Contacts.Contact("old@example.com", "en", "Europe/Helsinki"));

		for (int i = 0; i < 5; i++) {
			assertThat(post(java.util.Map.of("email", "new@example.com"))).hasRedirectedUrl("/account/notifications");
		}

		assertThat(this.jdbc.queryForList("select kind from mail_outbox where recipient = 'new@example.com'",
				String.class))
			.as("one confirmation, however often the form is sent within ten minutes")
			.containsExactly("ADDRESS_CONFIRMATION");
		assertThat(this.contacts.contact(this.me.getId()).email()).isEqualTo("old@example.com");
		assertThat(this.mvc.get().uri("/account/notifications").with(user(this.me))).bodyText()
			.contains("Waiting for confirmation: new@example.com");
		assertThat(this.mvc.post()
			.uri("/account/email/confirm")
			.param("token", "A".repeat(43))
			.with(user(this.me))
			.with(csrf())).flash().containsEntry("flashMessage", "notifications.email.notConfirmed");

		confirm("new@example.com");

		assertThat(this.contacts.contact(this.me.getId()).email()).isEqualTo("new@example.com");
		assertThat(this.contacts.pendingEmail(this.me.getId())).isEmpty();
	}

	/**
	 * Opens the link of the confirmation mail sent to the address and presses its button.
	 */
	private void confirm(String address) {
		String text = this.jdbc
			.queryForObject("select text_body from mail_outbox where recipient = ? and kind = 'ADDRESS_CONFIRMATION' "
					+ "order by id desc fetch first 1 rows only", String.class, address);
		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("/account/email/confirm\\?token=([A-Za-z0-9_-]+)")
			.matcher(text);
		assertThat(link.find()).isTrue();
		assertThat(this.mvc.get().uri(link.group()).with(user(this.me))).hasStatusOk()
			.bodyText()
			.contains("Send your mails to " + address + " from now on?");
		assertThat(this.contacts.contact(this.me.getId()).email()).as("opening the link changes nothing")
			.isNotEqualTo(address);
		assertThat(this.mvc.post()
			.uri("/account/email/confirm")
			.param("token", link.group(1))
			.with(user(this.me))
			.with(csrf())).flash().containsEntry("flashMessage", "notifications.email.confirmed");
	}

	private MockMvcTester.MockMvcRequestBuilder post(java.util.Map<String, String> changed) {
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("email", "sara@example.com");
		params.put("language", "fi");
		params.put("timeZone", "America/New_York");
		for (NotificationKind kind : NotificationKind.values()) {
			params.put("delivery." + kind, "IMMEDIATE");
		}
		params.putAll(changed);
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.post()
			.uri("/account/notifications")
			.with(user(this.me))
			.with(csrf());
		params.forEach((key, value) -> request.param(key, value));
		return request;
	}

	private MvcTestResult logIn(String language) {
		return this.mvc.post()
			.uri("/login")
			.param("username", this.name)
			.param("password", TestUsers.PASSWORD)
			.header("Accept-Language", language)
			.with(csrf())
			.exchange();
	}

}
