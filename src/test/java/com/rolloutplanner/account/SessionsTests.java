package com.rolloutplanner.account;

import com.rolloutplanner.apitoken.ApiScope;
import com.rolloutplanner.apitoken.ApiTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.system.TestClock;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.web.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password change ends the user's other sessions, an administrator's reset all of them
 * (and, unless the administrator says otherwise, the user's API tokens), and "log out
 * everywhere" every session, this one included: through a running server, each session a
 * browser of its own.
 */
@RolloutIntegrationTest
class SessionsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserDetailsService users;

	/** Sessions are stamped to the millisecond: time passes between the steps. */
	@org.junit.jupiter.api.BeforeEach
	void letTheClockRun() {
		this.clock.run();
	}

	@Test
	void aPasswordChangeEndsTheOtherSessionsAndKeepsThisOne() {
		String username = user("sessions.change");
		WebSession laptop = new WebSession(this.port).logIn(username, TestUsers.PASSWORD);
		WebSession phone = new WebSession(this.port).logIn(username, TestUsers.PASSWORD);

		HttpResponse<String> changed = laptop.post("/account/password", "/account/password",
				Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "another long password 42",
						"confirmPassword", "another long password 42"));

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(changed.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
		HttpResponse<String> after = laptop.get("/");
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("your other sessions were logged out");
		HttpResponse<String> ended = phone.get("/");
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(ended.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?ended"));
		assertThat(phone.open(ended.headers().firstValue("Location").orElseThrow()).body())
			.contains("Your session was ended");
	}

	@Test
	void anAdministratorsResetEndsEverySessionAndRevokesTheTokensUnlessToldNotTo() {
		String username = user("sessions.reset");
		String admin = "sessions.admin";
		TestUsers.ensure(this.accounts, this.organisations, admin, "Aino Admin", "Sessions Admin", Role.ADMIN);
		Long id = ((CurrentUser) this.users.loadUserByUsername(username)).getId();
		String token = this.tokens.create(id, "Script", ApiScope.READ, 30).orElseThrow();
		WebSession session = new WebSession(this.port).logIn(username, TestUsers.PASSWORD);
		WebSession adminTab = new WebSession(this.port).logIn(admin, TestUsers.PASSWORD);

		adminTab.post("/admin/users", "/admin/users/" + id + "/reset-password", Map.of());
		assertThat(session.get("/").statusCode()).isEqualTo(302);
		assertThat(this.tokens.of(id)).as("kept when the administrator unticks it").hasSize(1);

		WebSession again = new WebSession(this.port);
		adminTab.post("/admin/users", "/admin/users/" + id + "/reset-password", Map.of("revokeTokens", "true"));
		assertThat(this.tokens.of(id)).as("revoked by default").isEmpty();
		assertThat(api(token)).isEqualTo(401);
		assertThat(adminTab.get("/admin/users").body()).contains("Also revoke the API tokens");
		assertThat(again.get("/login").statusCode()).isEqualTo(200);
	}

	@Test
	void logOutEverywhereEndsEverySessionThisOneIncluded() {
		String username = user("sessions.everywhere");
		WebSession here = new WebSession(this.port).logIn(username, TestUsers.PASSWORD);
		WebSession there = new WebSession(this.port).logIn(username, TestUsers.PASSWORD);
		assertThat(here.open("/").body()).contains("Log out everywhere");

		HttpResponse<String> out = here.post("/", "/account/sessions/end", Map.of());

		assertThat(out.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?everywhere"));
		assertThat(here.get("/").statusCode()).isEqualTo(302);
		assertThat(there.get("/").statusCode()).isEqualTo(302);
		assertThat(new WebSession(this.port).logIn(username, TestUsers.PASSWORD).open("/").statusCode()).isEqualTo(200);
	}

	private String user(String prefix) {
		String username = prefix + "." + Long.toString(System.nanoTime(), 36);
		TestUsers.ensure(this.accounts, this.organisations, username, "Sessions User", "Sessions Org", Role.MANAGER);
		return username;
	}

	private int api(String token) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/engagements"))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
