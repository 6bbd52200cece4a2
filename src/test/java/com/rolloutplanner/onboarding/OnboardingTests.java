package com.rolloutplanner.onboarding;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Contacts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.system.TestClock;
import com.rolloutplanner.web.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Forgotten passwords and invitations, walked as people meet them through the running
 * server: the login page's link, the form, the mail read from the outbox, its link
 * opened, the new password set or the account created, the login with it; and what must
 * not happen: another session going on, a link working twice or late, an address learnt
 * from the answer, a manager inviting an administrator or touching another organisation's
 * invitations.
 */
@RolloutIntegrationTest
class OnboardingTests {

	private static final Pattern HREF = Pattern.compile("href=\"(http[^\"]+)\"");

	/**
	 * Names new to every run, so that the tests also pass on a database kept between
	 * runs.
	 */
	static final String RUN = Long.toString(System.nanoTime(), 36);

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Contacts contacts;

	@Autowired
	Organisations organisations;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	Invitations invitations;

	@Autowired
	MockMvcTester mvc;

	@Test
	void aForgottenPasswordIsChosenAgainFromTheMailedLinkAndEverySessionOfTheUserEnds() {
		this.clock.set(this.clock.instant().plus(Duration.ofDays(3)));
		CurrentUser user = userWithAddress("forgot.one." + RUN, "Ritva Reset", "Reset Org " + RUN);
		String address = user.getUsername() + "@example.com";
		WebSession laptop = new WebSession(this.port).logIn(user.getUsername(), TestUsers.PASSWORD);
		assertThat(laptop.get("/").statusCode()).isEqualTo(200);

		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(1)));
		WebSession browser = new WebSession(this.port);
		assertThat(browser.get("/login").body()).contains("href=\"/password/forgot\"", "Forgot your password?");
		HttpResponse<String> asked = browser.post("/password/forgot", "/password/forgot",
				Map.of("email", address.toUpperCase()));
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(browser.open(asked.headers().firstValue("Location").orElseThrow()).body())
			.contains("Check your mail", address.toUpperCase());

		List<String> mails = mails(address, PasswordResets.MAIL_KIND);
		assertThat(mails).hasSize(1);
		String link = path(link(mails.get(0)));
		assertThat(link).startsWith("/password/reset?token=");
		HttpResponse<String> form = browser.get(link);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Choose a new password", user.getUsername());

		String token = link.substring(link.indexOf('=') + 1);
		HttpResponse<String> mismatch = browser.post(link, "/password/reset",
				Map.of("token", token, "password", "a brand new password", "confirmPassword", "something else"));
		assertThat(mismatch.statusCode()).isEqualTo(200);
		assertThat(mismatch.body()).contains("The two new passwords are not the same.");
		HttpResponse<String> tooShort = browser.post(link, "/password/reset",
				Map.of("token", token, "password", "short", "confirmPassword", "short"));
		assertThat(tooShort.body()).contains("Use at least 12 characters.");

		HttpResponse<String> set = browser.post(link, "/password/reset",
				Map.of("token", token, "password", "a brand new password", "confirmPassword", "a brand new password"));
		assertThat(set.statusCode()).as(set.body()).isEqualTo(302);
		assertThat(set.headers().firstValue("Location").orElseThrow()).endsWith("/login?reset");
		assertThat(browser.open("/login?reset").body()).contains("Your new password is set");

		// The laptop's session ended; the old password no longer works, the new one does.
		assertThat(laptop.get("/").statusCode()).isEqualTo(302);
		assertThat(new WebSession(this.port)
			.post("/login", "/login", Map.of("username", user.getUsername(), "password", TestUsers.PASSWORD))
			.headers()
			.firstValue("Location")
			.orElseThrow()).contains("error");
		new WebSession(this.port).logIn(user.getUsername(), "a brand new password");

		// The link works once.
		HttpResponse<String> again = browser.get(link);
		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(again.body()).contains("This link no longer works");
		assertThat(historyKeys(user.getDisplayName())).contains("history.entry.passwordChosenFromMail");
	}

	@Test
	void theAnswerIsTheSameForAnyAddressAndAnAddressGetsAtMostThreeLinksADayEachForAnHour() {
		this.clock.set(this.clock.instant().plus(Duration.ofDays(6)));
		CurrentUser user = userWithAddress("forgot.two." + RUN, "Raili Reset", "Reset Org " + RUN);
		String address = user.getUsername() + "@example.com";
		String unknown = "nobody." + RUN + "@example.com";
		WebSession browser = new WebSession(this.port);

		String known = browser.post("/password/forgot", "/password/forgot", Map.of("email", address))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		String none = browser.post("/password/forgot", "/password/forgot", Map.of("email", unknown))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		assertThat(none).isEqualTo(known);
		assertThat(mails(unknown, PasswordResets.MAIL_KIND)).isEmpty();

		for (int i = 0; i < 3; i++) {
			browser.post("/password/forgot", "/password/forgot", Map.of("email", address));
		}
		List<String> mails = mails(address, PasswordResets.MAIL_KIND);
		assertThat(mails).as("three a day").hasSize(3);

		// An hour later the links no longer work.
		String link = path(link(mails.get(2)));
		assertThat(browser.get(link).statusCode()).isEqualTo(200);
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(61)));
		assertThat(browser.get(link).statusCode()).isEqualTo(404);

		// A deactivated user gets no link.
		CurrentUser gone = userWithAddress("forgot.gone." + RUN, "Gunnar Gone", "Reset Org " + RUN);
		this.accounts.setActive(gone.getId(), false, "test");
		browser.post("/password/forgot", "/password/forgot", Map.of("email", gone.getUsername() + "@example.com"));
		assertThat(mails(gone.getUsername() + "@example.com", PasswordResets.MAIL_KIND)).isEmpty();
	}

	@Test
	void aClientAskingTooOftenWaitsAndABadAddressIsSaidAtItsField() {
		String client = "10." + (System.nanoTime() % 200) + ".7." + (System.nanoTime() % 250);
		assertThat(this.mvc.post().uri("/password/forgot").param("email", "not an address").with(csrf())).bodyText()
			.contains("Enter an address like name@example.com.");
		assertThat(
				this.mvc.post().uri("/password/forgot").param("email", "").with(csrf()).header("Accept-Language", "fi"))
			.bodyText()
			.contains("Kirjoita sähköpostiosoitteesi.");
		for (int i = 0; i < PasswordResets.PER_CLIENT; i++) {
			assertThat(this.mvc.post()
				.uri("/password/forgot")
				.param("email", "someone" + i + "." + RUN + "@example.com")
				.with(csrf())
				.with((request) -> {
					request.setRemoteAddr(client);
					return request;
				})).hasStatus(302);
		}
		assertThat(this.mvc.post()
			.uri("/password/forgot")
			.param("email", "one.more." + RUN + "@example.com")
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(client);
				return request;
			})).bodyText().contains("Too many links were asked for from this device.");
	}

	@Test
	void anInvitationIsSentListedSentAgainAndAcceptedOnceAndTheNewUserLogsIn() {
		this.clock.set(this.clock.instant().plus(Duration.ofDays(9)));
		String organisation = "Invite Org " + RUN;
		CurrentUser manager = userWithAddress("inviter." + RUN, "Iida Inviter", organisation);
		String invited = "new.colleague." + RUN + "@example.com";
		WebSession tab = new WebSession(this.port).logIn(manager.getUsername(), TestUsers.PASSWORD);
		assertThat(tab.get("/").body()).contains("href=\"/invitations\"");

		HttpResponse<String> sent = tab.post("/invitations", "/invitations",
				Map.of("email", invited, "role", "MANAGER", "language", "fi"));
		assertThat(sent.statusCode()).isEqualTo(302);
		String page = tab.open("/invitations").body();
		assertThat(page).contains("The invitation went to " + invited, "Waiting", organisation);
		Long id = this.jdbc.queryForObject("select id from invitation where email = ?", Long.class, invited);

		// The same address again is refused at its field, and nothing is stored.
		HttpResponse<String> twice = tab.post("/invitations", "/invitations",
				Map.of("email", invited, "role", "MANAGER", "language", "fi"));
		assertThat(twice.statusCode()).isEqualTo(200);
		assertThat(twice.body()).contains("An invitation to this address is waiting.");
		assertThat(count(invited)).isEqualTo(1);

		// Sent again a few minutes later: a new link; the first no longer works.
		String first = path(link(mails(invited, Invitations.MAIL_KIND).get(0)));
		assertThat(mails(invited, Invitations.MAIL_KIND).get(0)).contains("Luo tunnuksesi");
		HttpResponse<String> tooSoon = tab.post("/invitations", "/invitations/" + id + "/resend", Map.of());
		assertThat(tab.open(tooSoon.headers().firstValue("Location").orElseThrow()).body())
			.contains("sent less than a minute ago");
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(5)));
		tab.post("/invitations", "/invitations/" + id + "/resend", Map.of());
		List<String> mails = mails(invited, Invitations.MAIL_KIND);
		assertThat(mails).hasSize(2);
		String second = path(link(mails.get(1)));
		WebSession newcomer = new WebSession(this.port);
		assertThat(newcomer.get(first).statusCode()).isEqualTo(404);
		HttpResponse<String> form = newcomer.get(second);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Join " + organisation, "Iida Inviter");

		String token = second.substring(second.indexOf('=') + 1);
		HttpResponse<String> taken = newcomer.post(second, "/invitation",
				Map.of("token", token, "username", manager.getUsername(), "displayName", "Noora Newcomer", "password",
						"my own long password", "confirmPassword", "my own long password"));
		assertThat(taken.statusCode()).isEqualTo(200);
		assertThat(taken.body()).contains("This username is taken.");

		String username = "noora." + RUN;
		Map<String, String> account = Map.of("token", token, "username", username, "displayName", "Noora Newcomer",
				"password", "my own long password", "confirmPassword", "my own long password");
		String csrf = newcomer.csrfOf(second);
		HttpResponse<String> accepted = newcomer.post(second, "/invitation", account);
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(accepted.headers().firstValue("Location").orElseThrow()).endsWith("/login?joined");
		// A second click finds the link used.
		Map<String, String> again = new java.util.HashMap<>(account);
		again.put("_csrf", csrf);
		assertThat(newcomer.postWithToken(second, "/invitation", again).statusCode()).isEqualTo(404);

		new WebSession(this.port).logIn(username, "my own long password");
		CurrentUser joined = (CurrentUser) this.users.loadUserByUsername(username);
		assertThat(joined.getOrganisationId()).isEqualTo(manager.getOrganisationId());
		assertThat(joined.isAdmin()).isFalse();
		assertThat(this.contacts.contact(joined.getId()).email()).isEqualTo(invited);
		assertThat(this.contacts.contact(joined.getId()).language()).isEqualTo("fi");
		assertThat(tab.open("/invitations").body()).contains("Accepted", "as " + username);
		assertThat(historyKeys(manager.getDisplayName())).contains("history.entry.invitationSent",
				"history.entry.invitationSentAgain");
		assertThat(historyKeys("Noora Newcomer")).contains("history.entry.invitationAccepted");
	}

	@Test
	void aWithdrawnOrExpiredInvitationNoLongerOpensAndManagersKeepToTheirOwnOrganisation() {
		this.clock.set(this.clock.instant().plus(Duration.ofDays(12)));
		CurrentUser manager = userWithAddress("inviter.two." + RUN, "Ilkka Inviter", "Invite Org Two " + RUN);
		CurrentUser outsider = userWithAddress("outsider." + RUN, "Otto Outsider", "Outside Org " + RUN);
		WebSession tab = new WebSession(this.port).logIn(manager.getUsername(), TestUsers.PASSWORD);
		String withdrawn = "withdrawn." + RUN + "@example.com";
		String expiring = "expiring." + RUN + "@example.com";
		tab.post("/invitations", "/invitations", Map.of("email", withdrawn, "role", "MANAGER", "language", "en"));
		tab.post("/invitations", "/invitations", Map.of("email", expiring, "role", "MANAGER", "language", "en"));
		Long id = this.jdbc.queryForObject("select id from invitation where email = ?", Long.class, withdrawn);

		// A manager may not invite an administrator, nor touch another organisation's.
		HttpResponse<String> admin = tab.post("/invitations", "/invitations",
				Map.of("email", "boss." + RUN + "@example.com", "role", "ADMIN", "language", "en"));
		assertThat(admin.body()).contains("Choose a role you may give.");
		assertThat(count("boss." + RUN + "@example.com")).isZero();
		WebSession other = new WebSession(this.port).logIn(outsider.getUsername(), TestUsers.PASSWORD);
		assertThat(other.post("/invitations", "/invitations/" + id + "/withdraw", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(other.open("/invitations").body()).doesNotContain(withdrawn);

		tab.post("/invitations", "/invitations/" + id + "/withdraw", Map.of());
		assertThat(
				new WebSession(this.port).get(path(link(mails(withdrawn, Invitations.MAIL_KIND).get(0)))).statusCode())
			.isEqualTo(404);
		assertThat(tab.open("/invitations").body()).contains("Withdrawn");

		this.clock.set(this.clock.instant().plus(Duration.ofDays(7)).plus(Duration.ofMinutes(1)));
		HttpResponse<String> late = new WebSession(this.port)
			.get(path(link(mails(expiring, Invitations.MAIL_KIND).get(0))));
		assertThat(late.statusCode()).isEqualTo(404);
		assertThat(late.body()).contains("This invitation no longer works");
		assertThat(tab.open("/invitations").body()).contains("Expired");
	}

	@Test
	void anAdministratorInvitesAnAdministratorToAnyOrganisation() {
		this.clock.set(this.clock.instant().plus(Duration.ofDays(15)));
		TestUsers.ensure(this.accounts, this.organisations, "invite.admin." + RUN, "Aino Admin", "Admin Org " + RUN,
				Role.ADMIN);
		CurrentUser admin = (CurrentUser) this.users.loadUserByUsername("invite.admin." + RUN);
		Long target = this.organisations.findOrAdd("Target Org " + RUN).getId();
		String invited = "new.admin." + RUN + "@example.com";
		assertThat(this.mvc.post()
			.uri("/invitations")
			.param("email", invited)
			.param("organisationId", target.toString())
			.param("role", "ADMIN")
			.param("language", "en")
			.with(csrf())
			.with(user(admin))).hasStatus(302);
		assertThat(this.jdbc.queryForObject("select role from invitation where email = ? and organisation_id = ?",
				String.class, invited, target))
			.isEqualTo("ADMIN");
		assertThat(this.mvc.post()
			.uri("/invitations")
			.param("email", "x." + RUN + "@example.com")
			.param("organisationId", "not a number")
			.param("role", "KING")
			.param("language", "sv")
			.with(csrf())
			.with(user(admin))).bodyText()
			.contains("Choose the organisation.", "Choose a role you may give.", "Choose English or Finnish.");
		assertThat(count("x." + RUN + "@example.com")).isZero();
	}

	@Test
	void anInvitationSentAgainAfterItsFormWasCheckedReturnsTheOneAlreadyWaitingInsteadOfFailing() {
		this.clock.set(this.clock.instant().plus(Duration.ofDays(21)));
		CurrentUser manager = userWithAddress("inviter.four." + RUN, "Iiris Inviter", "Invite Org Four " + RUN);
		String address = "raced." + RUN + "@example.com";

		// What the second of two clicks does when the first committed after the form of
		// the second was checked: its own check inside the transaction finds the first.
		Long first = this.invitations.invite(address, null, Role.MANAGER, "en", manager);
		Long second = this.invitations.invite(address, null, Role.MANAGER, "fi", manager);

		assertThat(second).isEqualTo(first);
		assertThat(count(address)).isEqualTo(1);
		assertThat(mails(address, Invitations.MAIL_KIND)).hasSize(1);
		assertThatThrownBy(() -> this.invitations.invite("not an address", null, Role.MANAGER, "en", manager))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anInvitationOrAResetLinkSentFromTwoTabsAtOnceIsUsedOnce() throws Exception {
		this.clock.set(this.clock.instant().plus(Duration.ofDays(18)));
		CurrentUser manager = userWithAddress("inviter.three." + RUN, "Inka Inviter", "Invite Org Three " + RUN);
		WebSession tab = new WebSession(this.port).logIn(manager.getUsername(), TestUsers.PASSWORD);
		String invited = "twice." + RUN + "@example.com";
		tab.post("/invitations", "/invitations", Map.of("email", invited, "role", "MANAGER", "language", "en"));
		String link = path(link(mails(invited, Invitations.MAIL_KIND).get(0)));
		String token = link.substring(link.indexOf('=') + 1);
		WebSession newcomer = new WebSession(this.port);
		String csrf = newcomer.csrfOf(link);
		List<HttpResponse<String>> answers = atOnce(4,
				(i) -> newcomer.postWithToken(link, "/invitation",
						Map.of("_csrf", csrf, "token", token, "username", "twice" + i + "." + RUN, "displayName",
								"Tuula Twice", "password", "my own long password", "confirmPassword",
								"my own long password")));
		assertThat(answers).filteredOn((a) -> a.statusCode() == 302).hasSize(1);
		assertThat(answers).filteredOn((a) -> a.statusCode() == 404).hasSize(3);

		// The invitation form sent twice at once: one invitation, one mail, both answers
		// land.
		String clicked = "clicked." + RUN + "@example.com";
		String formCsrf = tab.csrfOf("/invitations");
		List<HttpResponse<String>> sent = atOnce(2, (i) -> tab.postWithToken("/invitations", "/invitations",
				Map.of("_csrf", formCsrf, "email", clicked, "role", "MANAGER", "language", "en")));
		assertThat(sent).allSatisfy((a) -> assertThat(a.statusCode()).isIn(200, 302));
		assertThat(count(clicked)).isEqualTo(1);
		assertThat(mails(clicked, Invitations.MAIL_KIND)).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from user_account where username like ?", Long.class,
				"twice%." + RUN))
			.isEqualTo(1);

		CurrentUser user = userWithAddress("forgot.three." + RUN, "Reijo Reset", "Reset Org " + RUN);
		WebSession browser = new WebSession(this.port);
		browser.post("/password/forgot", "/password/forgot", Map.of("email", user.getUsername() + "@example.com"));
		String reset = path(link(mails(user.getUsername() + "@example.com", PasswordResets.MAIL_KIND).get(0)));
		String resetToken = reset.substring(reset.indexOf('=') + 1);
		String resetCsrf = browser.csrfOf(reset);
		List<HttpResponse<String>> resets = atOnce(4,
				(i) -> browser.postWithToken(reset, "/password/reset", Map.of("_csrf", resetCsrf, "token", resetToken,
						"password", "new password number " + i, "confirmPassword", "new password number " + i)));
		assertThat(resets).filteredOn((a) -> a.statusCode() == 302).hasSize(1);
		assertThat(resets).filteredOn((a) -> a.statusCode() == 404).hasSize(3);
	}

	private static <T> List<T> atOnce(int times, java.util.function.IntFunction<T> request) throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(times);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<T>> futures = new java.util.ArrayList<>();
			for (int i = 0; i < times; i++) {
				int n = i;
				futures.add(pool.submit(() -> {
					start.await();
					return request.apply(n);
				}));
			}
			start.countDown();
			List<T> answers = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<T> future : futures) {
				answers.add(future.get(30, java.util.concurrent.TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private CurrentUser userWithAddress(String username, String name, String organisation) {
		TestUsers.ensure(this.accounts, this.organisations, username, name, organisation, Role.MANAGER);
		CurrentUser user = (CurrentUser) this.users.loadUserByUsername(username);
		this.contacts.changeContact(user.getId(),
				new Contacts.Contact(username + "@example.com", "en", "Europe/Helsinki"));
		return user;
	}

	private List<String> mails(String recipient, String kind) {
		return this.jdbc.queryForList(
				"select html_body from mail_outbox where lower(recipient) = lower(?) and kind = ? order by id",
				String.class, recipient, kind);
	}

	private long count(String email) {
		return this.jdbc.queryForObject("select count(*) from invitation where email = ?", Long.class, email);
	}

	private List<String> historyKeys(String actorStart) {
		return this.jdbc.queryForList("select message_key from history_entry where actor like ?", String.class,
				actorStart + "%");
	}

	private static String link(String html) {
		Matcher matcher = HREF.matcher(html);
		assertThat(matcher.find()).as("a link in the mail").isTrue();
		return matcher.group(1).replace("&amp;", "&");
	}

	private static String path(String url) {
		URI uri = URI.create(url);
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

}
