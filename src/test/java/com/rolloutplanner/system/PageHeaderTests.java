package com.rolloutplanner.system;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The page header: every reader sees their own name, organisation and menu, in their
 * language, with links to the page they are on, and a log-out form that carries their own
 * session's token.
 */
@RolloutIntegrationTest
class PageHeaderTests {

	private static final Pattern LOGOUT_TOKEN = Pattern
		.compile("action=\"/logout\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	UserDetailsService users;

	CurrentUser manager;

	CurrentUser admin;

	@BeforeEach
	void createTwoReaders() {
		TestUsers.ensure(this.accounts, this.organisations, "frame.manager", "Fanny Frame", "Frame Client",
				Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "frame.admin", "Arvo Admin", "Frame Partner", Role.ADMIN);
		this.manager = (CurrentUser) this.users.loadUserByUsername("frame.manager");
		this.admin = (CurrentUser) this.users.loadUserByUsername("frame.admin");
	}

	@Test
	void everyReaderSeesTheirOwnNameMenuAndLanguageWithLinksToThePageTheyAreOn() {
		assertThat(this.mvc.get().uri("/account/tokens?lang=en").with(user(this.manager))).hasStatusOk()
			.bodyText()
			.contains("Fanny Frame", "Frame Client", ">Dashboard<", "href=\"/account/tokens?lang=fi\"")
			.doesNotContain("/admin/users", "Arvo Admin");
		assertThat(this.mvc.get().uri("/account/tokens?lang=en").with(user(this.admin))).bodyText()
			.contains("Arvo Admin", "Frame Partner", "href=\"/admin/users\"")
			.doesNotContain("Fanny Frame", "Frame Client");
		assertThat(this.mvc.get().uri("/account/tokens?lang=fi").with(user(this.manager))).bodyText()
			.contains("Fanny Frame", ">Yleisnäkymä<", ">Kirjaudu ulos<")
			.doesNotContain(">Dashboard<");
		assertThat(this.mvc.get().uri("/account/password?lang=en").with(user(this.manager))).bodyText()
			.contains("href=\"/account/password?lang=fi\"")
			.doesNotContain("href=\"/account/tokens?lang=fi\"");

		CurrentUser renamed = new CurrentUser(this.manager.getId(), this.manager.getUsername(), "Fanny Frame-Renamed",
				"{noop}x", this.manager.getOrganisationId(), "Frame Client Oy", Role.MANAGER, true, false);
		assertThat(this.mvc.get().uri("/account/tokens?lang=en").with(user(renamed))).bodyText()
			.contains("Fanny Frame-Renamed", "Frame Client Oy");
	}

	@Test
	void theLogOutFormCarriesEachSessionsOwnWorkingToken() throws java.io.IOException {
		MockHttpSession first = new MockHttpSession();
		MockHttpSession second = new MockHttpSession();
		String firstToken = logoutToken(first);
		String secondToken = logoutToken(second);
		assertThat(secondToken).isNotEqualTo(firstToken);

		assertThat(logout(first, secondToken)).hasStatus(403);
		assertThat(logout(first, firstToken)).hasStatus3xxRedirection();
	}

	@Test
	void theFormsOfAPageBelowTheHeaderCarryTheReadersOwnToken() throws java.io.IOException {
		for (int i = 0; i < 2; i++) {
			MockHttpSession session = new MockHttpSession();
			String page = this.mvc.get()
				.uri("/login")
				.session(session)
				.exchange()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).doesNotContain("kept-csrf-");
			Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
			assertThat(matcher.find()).as("the log-in form with a token").isTrue();
			assertThat(this.mvc.post()
				.uri("/login")
				.session(session)
				.param("username", "frame.manager")
				.param("password", TestUsers.PASSWORD)
				.param("_csrf", matcher.group(1))).hasRedirectedUrl("/");
		}
	}

	private String logoutToken(MockHttpSession session) throws java.io.IOException {
		String page = this.mvc.get()
			.uri("/account/tokens")
			.session(session)
			.with(user(this.manager))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("kept-csrf-");
		Matcher matcher = LOGOUT_TOKEN.matcher(page);
		assertThat(matcher.find()).as("a log-out form with a token").isTrue();
		return matcher.group(1);
	}

	private MvcTestResult logout(MockHttpSession session, String token) {
		return this.mvc.post()
			.uri("/logout")
			.session(session)
			.with(user(this.manager))
			.param("_csrf", token)
			.exchange();
	}

}
