package com.rolloutplanner;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The whole product on its real database schema: create, see, edit, delete. */
@RolloutIntegrationTest
@WithUserDetails(value = "test.admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class RolloutPlannerApplicationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Clock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@BeforeEach
	void createUser() {
		TestUsers.ensure(this.accounts, this.organisations, "test.admin", "Tia Admin", "Test Administration",
				Role.ADMIN);
	}

	@Test
	void anEngagementGoesFromTheFormToTheDashboardAndAway() {
		MvcTestResult created = this.mvc.post()
			.with(csrf())
			.uri("/engagements/new")
			.param("name", "Webshop support")
			.param("newClientOrganisation", "Lumo Retail")
			.param("newPartnerOrganisation", "Helmi Service")
			.param("channels", "CHAT", "EMAIL")
			.param("goLiveDate", "2026-08-31")
			.param("contractModel", "PARTNERSHIP")
			.param("contractMonths", "24")
			.param("goals[0].type", "CUSTOMER_EXPERIENCE")
			.param("goals[0].selected", "true")
			.param("goals[0].targetMonth", "9")
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		String location = created.getResponse().getRedirectedUrl();

		assertThat(this.mvc.get().uri(location)).hasStatusOk()
			.bodyText()
			.contains("Webshop support", "Lumo Retail", "Helmi Service", "Start-up", "Month 3 of the journey");
		assertThat(this.mvc.get().uri("/?phase=START_UP")).bodyText().contains("Webshop support");
		assertThat(this.mvc.get().uri("/?phase=LEARNING")).bodyText().doesNotContain("Webshop support");
		assertThat(this.mvc.get().uri("/engagements/new")).bodyText().contains("Lumo Retail", "Helmi Service");

		assertThat(this.mvc.post()
			.with(csrf())
			.uri(location + "/edit")
			.param("name", "Webshop support")
			.param("clientOrganisationId", organisationId("Lumo Retail"))
			.param("partnerOrganisationId", organisationId("Helmi Service"))
			.param("goLiveDate", "2026-06-30")
			.param("contractModel", "PARTNERSHIP")
			.param("contractMonths", "24")
			.param("version", "0")).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri(location)).bodyText().contains("Learning", "No goals set yet.");
		assertThat(this.mvc.get().uri(location + "/history")).hasStatusOk()
			.bodyText()
			.contains("Tia Admin (Test Administration)", "Go-live moved 62 days earlier: 31 Aug 2026 → 30 Jun 2026",
					"Goal removed: Improving the customer experience", "Engagement created: Webshop support");

		assertThat(this.mvc.post().with(csrf()).uri(location + "/delete")).hasRedirectedUrl("/");
		assertThat(this.mvc.get().uri(location)).hasStatus(404);
	}

	@Test
	void aStaleEditChangesNothing() {
		String location = this.mvc.post()
			.with(csrf())
			.uri("/engagements/new")
			.param("name", "Back office")
			.param("newClientOrganisation", "Stale Client")
			.param("newPartnerOrganisation", "Stale Partner")
			.param("goLiveDate", "2026-01-15")
			.param("contractModel", "FIXED_TERM")
			.param("contractMonths", "12")
			.exchange()
			.getResponse()
			.getRedirectedUrl();

		assertThat(this.mvc.post()
			.with(csrf())
			.uri(location + "/edit")
			.param("name", "Renamed by a stale editor")
			.param("clientOrganisationId", organisationId("Stale Client"))
			.param("partnerOrganisationId", organisationId("Stale Partner"))
			.param("goLiveDate", "2026-01-15")
			.param("contractModel", "FIXED_TERM")
			.param("contractMonths", "12")
			.param("version", "5")).hasStatusOk().bodyText().contains("Someone else saved this engagement");
		assertThat(this.mvc.get().uri(location)).bodyText().doesNotContain("Renamed by a stale editor");
	}

	@Test
	void unknownPagesAnswerWithTheProductsOwnNotFoundPage() {
		assertThat(this.mvc.get().uri("/engagements/123456")).hasStatus(404);
		assertThat(this.mvc.get().uri("/engagements/123456").header("Accept-Language", "fi")).hasStatus(404);
	}

	private String organisationId(String name) {
		String form = new String(
				this.mvc.get().uri("/engagements/new").exchange().getResponse().getContentAsByteArray(),
				java.nio.charset.StandardCharsets.UTF_8);
		int at = form.indexOf(">" + name + "<");
		int valueStart = form.lastIndexOf("value=\"", at) + 7;
		return form.substring(valueStart, form.indexOf('"', valueStart));
	}

}
