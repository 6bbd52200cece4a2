package com.rolloutplanner.apitoken;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Personal API tokens, from the account page to the API, on the real database. */
@RolloutIntegrationTest
class ApiTokenTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * The application's clock: its days are those of its time zone, not the machine's.
	 */
	@Autowired
	Clock clock;

	CurrentUser owner;

	@BeforeEach
	void setUp() {
		String username = "token.owner." + System.nanoTime();
		TestUsers.ensure(this.accounts, this.organisations, username, "Tiina Token", "Token Client", Role.MANAGER);
		this.owner = (CurrentUser) this.users.loadUserByUsername(username);
	}

	@Test
	void aTokenIsShownOnceStoredAsItsHashAndOpensTheApiAsItsOwner() {
		String token = create("Weekly report", "READ", "90");

		assertThat(token).startsWith("rp_").hasSize(46);
		assertThat(this.jdbc.queryForList("select token_hash from api_token where user_account_id = ?", String.class,
				this.owner.getId()))
			.singleElement()
			.asString()
			.isNotEqualTo(token)
			.matches("[0-9a-f]{64}");
		assertThat(this.mvc.get().uri("/account/tokens").with(user(this.owner))).bodyText()
			.contains("Weekly report", "Read only", "never used")
			.doesNotContain(token);

		assertThat(api("GET", "/api/organisations", token, null)).hasStatusOk();
		assertThat(this.mvc.get().uri("/account/tokens").with(user(this.owner))).bodyText()
			.contains("last used ")
			.doesNotContain("never used");
		assertThat(this.jdbc.queryForObject("select last_used_on from api_token where user_account_id = ?",
				LocalDate.class, this.owner.getId()))
			.isEqualTo(LocalDate.now(this.clock));
	}

	@Test
	void aReadOnlyTokenMayNotChangeAndAReadWriteTokenMay() {
		String reader = create("Reader", "READ", "30");
		String writer = create("Writer", "READ_WRITE", "365");
		String body = """
				{"name": "Token engagement", "clientOrganisationId": %d, "partnerOrganisationId": %d,
				 "goLiveDate": "2026-10-01", "contractModel": "PARTNERSHIP", "contractMonths": 24,
				 "channels": ["PHONE"]}
				""".formatted(this.owner.getOrganisationId(), this.organisations.findOrAdd("Token Partner").getId());

		assertThat(api("POST", "/api/engagements", reader, body)).hasStatus(403)
			.bodyText()
			.contains("This token may only read");
		assertThat(api("POST", "/api/engagements", writer, body)).hasStatus(201);
		assertThat(api("GET", "/api/engagements", reader, null)).hasStatusOk().bodyText().contains("Token engagement");
	}

	@Test
	void aRevokedExpiredMalformedOrDeactivatedUsersTokenIsRefused() {
		String token = create("Soon gone", "READ", "30");
		Long id = this.jdbc.queryForObject("select id from api_token where user_account_id = ?", Long.class,
				this.owner.getId());
		String other = create("Expired", "READ", "30");
		this.jdbc.update("update api_token set expires_on = ? where name = 'Expired' and user_account_id = ?",
				LocalDate.now(this.clock).minusDays(1), this.owner.getId());

		assertThat(this.mvc.post().uri("/account/tokens/{id}/revoke", id).with(user(this.owner)).with(csrf()))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashMessage", "tokens.revoked");
		MvcTestResult revoked = api("GET", "/api/organisations", token, null);
		assertThat(revoked).hasStatus(401).bodyText().contains("unknown, expired or revoked");
		assertThat(revoked.getResponse().getHeader("WWW-Authenticate")).contains("Bearer", "invalid_token");
		assertThat(api("GET", "/api/organisations", other, null)).hasStatus(401);
		assertThat(api("GET", "/api/organisations", "rp_short", null)).hasStatus(401);
		assertThat(api("GET", "/api/organisations", token.replace("rp_", "xx_"), null)).hasStatus(401);

		String third = create("Deactivated", "READ", "30");
		this.jdbc.update("update user_account set active = false where id = ?", this.owner.getId());
		assertThat(api("GET", "/api/organisations", third, null)).hasStatus(401);
	}

	@Test
	void badInputOnTheFormIsNamedAtItsFieldAndCreatesNothing() {
		assertThat(post("", "READ", "90")).hasStatusOk().bodyText().contains("Give the token a name.");
		assertThat(post("x".repeat(101), "READ", "90")).bodyText().contains("Use at most 100 characters.");
		assertThat(post("Name", "ADMIN", "90")).bodyText().contains("Choose what the token may do.");
		assertThat(post("Name", "READ", "7")).bodyText().contains("Choose how long the token is valid.");
		assertThat(post("Name", "READ", "99999999999999999999")).bodyText()
			.contains("Choose how long the token is valid.");
		assertThat(this.tokens.of(this.owner.getId())).isEmpty();
	}

	@Test
	void aUserKeepsAtMostTwentyTokens() {
		for (int i = 0; i < ApiTokens.MAX_TOKENS; i++) {
			create("Token " + i, "READ", "30");
		}

		assertThat(post("One too many", "READ", "30")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashMessage", "tokens.full");
		assertThat(this.tokens.of(this.owner.getId())).hasSize(ApiTokens.MAX_TOKENS);
		assertThat(this.mvc.get().uri("/account/tokens").with(user(this.owner))).bodyText()
			.contains("You have 20 tokens");
	}

	private String create(String name, String scope, String days) {
		MvcTestResult result = post(name, scope, days);
		assertThat(result).hasStatus3xxRedirection();
		return (String) result.getMvcResult().getFlashMap().get("newToken");
	}

	private MvcTestResult post(String name, String scope, String days) {
		return this.mvc.post()
			.uri("/account/tokens")
			.with(user(this.owner))
			.with(csrf())
			.param("name", name)
			.param("scope", scope)
			.param("days", days)
			.exchange();
	}

	private MvcTestResult api(String method, String uri, String token, String json) {
		var request = "POST".equals(method) ? this.mvc.post().uri(uri) : this.mvc.get().uri(uri);
		request = request.header("Authorization", "Bearer " + token);
		if (json != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return request.exchange();
	}

}
