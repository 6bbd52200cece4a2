package com.rolloutplanner.account;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.system.FixedClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every engagement route, tried by a manager of each side, by a manager of an unrelated
 * organisation (404, exactly as for a missing engagement) and by an anonymous visitor (to
 * the login page).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccessControlTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Engagements engagements;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@TestBean
	Clock clock;

	static Clock clock() {
		return FixedClock.clock();
	}

	static Long engagementId;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.accounts, this.organisations, "acl.client", "Carla Client", "ACL Client", Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "acl.partner", "Paavo Partner", "ACL Partner",
				Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "acl.other", "Otto Other", "ACL Unrelated", Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "acl.admin", "Aino Admin", "ACL Unrelated", Role.ADMIN);
		if (engagementId == null) {
			engagementId = this.engagements
				.create(EngagementBuilder.anEngagement()
					.name("ACL engagement")
					.between(this.organisations.findOrAdd("ACL Client"), this.organisations.findOrAdd("ACL Partner"))
					.contract(ContractModel.PILOT, 4)
					.terms(), "Test")
				.getId();
		}
	}

	static Stream<String> readRoutes() {
		return Stream.of("/engagements/%d", "/engagements/%d/edit", "/engagements/%d/delete", "/engagements/%d/history",
				"/engagements/%d/roadmap", "/engagements/%d/gates", "/engagements/%d/kpis", "/engagements/%d/shared",
				"/engagements/%d/share", "/engagements/%d/report", "/engagements/%d/report.pdf",
				"/engagements/%d/reports");
	}

	static Stream<String> writeRoutes() {
		return Stream.of("/engagements/%d/edit", "/engagements/%d/delete", "/engagements/%d/flags/acknowledge",
				"/engagements/%d/flags/withdraw", "/engagements/%d/roadmap", "/engagements/%d/roadmap/starter",
				"/engagements/%d/gates/GO_LIVE/sign", "/engagements/%d/gates/GO_LIVE/criteria",
				"/engagements/%d/charter/sign", "/engagements/%d/kpis", "/engagements/%d/kpis/import",
				"/engagements/%d/share", "/engagements/%d/report/archive");
	}

	@ParameterizedTest(name = "GET {0}")
	@MethodSource("readRoutes")
	void bothSidesAndAdministratorsCanOpenEveryPage(String route) {
		for (String username : List.of("acl.client", "acl.partner", "acl.admin")) {
			assertThat(get(route, username)).as(username).hasStatusOk();
		}
	}

	@ParameterizedTest(name = "GET {0}")
	@MethodSource("readRoutes")
	void anUnrelatedManagerGetsNotFoundAsForAMissingEngagement(String route) {
		assertThat(get(route, "acl.other")).hasStatus(HttpStatus.NOT_FOUND).bodyText().doesNotContain("ACL engagement");
		assertThat(this.mvc.get().uri(route.formatted(999_999)).with(user(load("acl.other"))))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@ParameterizedTest(name = "POST {0}")
	@MethodSource("writeRoutes")
	void anUnrelatedManagerCannotChangeAnything(String route) {
		assertThat(post(route, "acl.other").param("code", "PILOT_MODEL")
			.param("finding", "PILOT")
			.param("reason", "Trying")
			.param("name", "Hijacked")
			.param("title", "Hijacked")
			.param("dueDate", "2026-12-01")
			.param("ownerSide", "JOINT")
			.param("status", "PLANNED")
			.param("label", "Hijacked")
			.param("criteria", "Hijacked")
			.param("kind", "QUALITY")
			.param("direction", "HIGHER_IS_BETTER")
			.param("baseline", "1")
			.param("target", "2")
			.param("targetMonth", "9")
			.param("csv", "kpi,month,value\nX,1,1")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/engagements/" + engagementId).with(user(load("acl.client")))).bodyText()
			.contains("ACL engagement")
			.doesNotContain("Hijacked", "Trying");
		assertThat(this.mvc.get().uri("/engagements/" + engagementId + "/history").with(user(load("acl.client"))))
			.bodyText()
			.doesNotContain("Hijacked", "Trying", "Otto Other");
	}

	@ParameterizedTest(name = "anonymous GET {0}")
	@MethodSource("readRoutes")
	void anAnonymousVisitorIsSentToTheLoginPage(String route) {
		assertThat(this.mvc.get().uri(route.formatted(engagementId))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@ParameterizedTest(name = "anonymous POST {0}")
	@MethodSource("writeRoutes")
	void anAnonymousPostChangesNothing(String route) {
		assertThat(this.mvc.post().with(csrf()).uri(route.formatted(engagementId))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/engagements/" + engagementId + "/delete").with(user(load("acl.client"))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theDashboardListsOnlyTheManagersOwnEngagements() {
		assertThat(get("/", "acl.client")).bodyText().contains("ACL engagement");
		assertThat(get("/", "acl.partner")).bodyText().contains("ACL engagement");
		assertThat(get("/", "acl.other")).bodyText().doesNotContain("ACL engagement");
		assertThat(get("/", "acl.admin")).bodyText().contains("ACL engagement");
	}

	@Test
	void aManagerMayCreateOnlyEngagementsOfTheirOwnOrganisation() {
		assertThat(post("/engagements/new", "acl.other").param("name", "Not mine")
			.param("newClientOrganisation", "ACL Client")
			.param("newPartnerOrganisation", "ACL Partner")
			.param("goLiveDate", "2026-12-01")
			.param("contractModel", "PARTNERSHIP")
			.param("contractMonths", "24")).hasStatusOk()
			.bodyText()
			.contains("Your organisation, ACL Unrelated, must be the client or the partner.");
	}

	@Test
	void administrationIsForAdministratorsOnly() {
		for (String page : List.of("/admin/users", "/admin/organisations")) {
			assertThat(get(page, "acl.client")).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(get(page, "acl.admin")).hasStatusOk();
			assertThat(this.mvc.get().uri(page)).hasStatus(HttpStatus.FOUND);
		}
		assertThat(post("/admin/organisations", "acl.client").param("name", "Sneaky Ltd"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void pagesSendTheSecurityHeaders() {
		assertThat(get("/", "acl.client")).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Referrer-Policy", "same-origin")
			.containsHeader("Content-Security-Policy");
		assertThat(get("/", "acl.client").getResponse().getHeader("Content-Security-Policy"))
			.contains("script-src 'self'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult get(String route, String username) {
		return this.mvc.get()
			.uri(route.contains("%d") ? route.formatted(engagementId) : route)
			.with(user(load(username)))
			.exchange();
	}

	private MockMvcRequestBuilder post(String route, String username) {
		return this.mvc.post()
			.uri(route.contains("%d") ? route.formatted(engagementId) : route)
			.with(csrf())
			.with(user(load(username)));
	}

	private org.springframework.security.core.userdetails.UserDetails load(String username) {
		return this.users.loadUserByUsername(username);
	}

}
