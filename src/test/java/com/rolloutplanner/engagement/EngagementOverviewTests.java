package com.rolloutplanner.engagement;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The engagement overview opened again, on the real database: it is kept rendered while
 * the engagement is unchanged, so every change, language, date and reader must still show
 * as it stands, and its forms must carry each reader's own token.
 */
@RolloutIntegrationTest
class EngagementOverviewTests {

	private static final Pattern ACKNOWLEDGE_TOKEN = Pattern
		.compile("flags/acknowledge\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Engagements engagements;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	Long id;

	CurrentUser manager;

	@BeforeEach
	void createAPilot() {
		TestUsers.ensure(this.accounts, this.organisations, "overview.manager", "Olga Overview", "Overview Client",
				Role.MANAGER);
		this.manager = (CurrentUser) this.users.loadUserByUsername("overview.manager");
		this.id = this.engagements.create(terms("Overview pilot", ContractModel.PILOT, 4), "Test").getId();
	}

	@Test
	void anOverviewOpenedAgainShowsEveryChangeInTheReadersLanguageAndOnlyToItsOrganisations() {
		String uri = "/engagements/" + this.id + "?asOf=2026-11-27";
		assertThat(this.mvc.get().uri(uri + "&lang=en").with(user(this.manager))).hasStatusOk()
			.bodyText()
			.contains("<title>Overview pilot · ", "Overview Partner", "Pilot or trial period", "Start-up");

		revise("Overview service desk", ContractModel.PARTNERSHIP, 36);
		assertThat(this.mvc.get().uri(uri + "&lang=en").with(user(this.manager))).bodyText()
			.contains("<title>Overview service desk · ", ">Overview service desk</h1>", "36 months, until",
					"Long-term partnership")
			.doesNotContain("Overview pilot", "Pilot or trial period");

		this.organisations.rename(this.organisations.findOrAdd("Overview Partner").getId(), "Overview Partner Oy",
				"Test");
		assertThat(this.mvc.get().uri(uri + "&lang=en").with(user(this.manager))).bodyText()
			.contains("Overview Partner Oy");

		assertThat(this.mvc.get().uri(uri + "&lang=fi").with(user(this.manager))).bodyText()
			.contains("Käynnistysjakso", "Overview Partner Oy")
			.doesNotContain(">Start-up<");
		assertThat(this.mvc.get().uri("/engagements/" + this.id + "?asOf=2027-05-01&lang=en").with(user(this.manager)))
			.bodyText()
			.contains("value=\"2027-05-01\"", "Learning");

		TestUsers.ensure(this.accounts, this.organisations, "overview.other", "Oskar Other", "Overview Other",
				Role.MANAGER);
		CurrentUser other = (CurrentUser) this.users.loadUserByUsername("overview.other");
		assertThat(this.mvc.get().uri(uri + "&lang=en").with(user(other))).hasStatus(404)
			.bodyText()
			.doesNotContain("Overview service desk");
	}

	@Test
	void theFlagFormsOfAnOverviewOpenedAgainCarryEachReadersOwnWorkingToken() throws java.io.IOException {
		MockHttpSession first = new MockHttpSession();
		MockHttpSession second = new MockHttpSession();
		String firstToken = acknowledgeToken(first);
		String secondToken = acknowledgeToken(second);
		assertThat(secondToken).isNotEqualTo(firstToken);

		// Another reader's token is refused; the reader's own is accepted.
		assertThat(acknowledge(first, secondToken)).hasStatus(403);
		assertThat(acknowledge(second, secondToken)).hasRedirectedUrl("/engagements/" + this.id + "#flags");
		assertThat(this.mvc.get().uri("/engagements/" + this.id).session(first).with(user(this.manager))).bodyText()
			.contains("Procurement law", "flag-acknowledged");
	}

	private String acknowledgeToken(MockHttpSession session) throws java.io.IOException {
		String page = this.mvc.get()
			.uri("/engagements/" + this.id)
			.session(session)
			.with(user(this.manager))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("kept-csrf-");
		Matcher matcher = ACKNOWLEDGE_TOKEN.matcher(page);
		assertThat(matcher.find()).as("an acknowledge form with a token").isTrue();
		return matcher.group(1);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult acknowledge(MockHttpSession session,
			String token) {
		return this.mvc.post()
			.uri("/engagements/" + this.id + "/flags/acknowledge")
			.session(session)
			.with(user(this.manager))
			.param("_csrf", token)
			.param("code", "PILOT_MODEL")
			.param("finding", "PILOT")
			.param("reason", "Procurement law")
			.exchange();
	}

	private void revise(String name, ContractModel model, int months) {
		long version = this.engagements.read(this.id, Access.toEverything(), Engagement::getVersion);
		this.engagements.revise(this.id, version, terms(name, model, months), Access.toEverything(), "Test");
	}

	private EngagementTerms terms(String name, ContractModel model, int months) {
		return EngagementBuilder.anEngagement()
			.name(name)
			.between(this.organisations.findOrAdd("Overview Client"), this.organisations.findOrAdd("Overview Partner"))
			.contract(model, months)
			.terms();
	}

}
