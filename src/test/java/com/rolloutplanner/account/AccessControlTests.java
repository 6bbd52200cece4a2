package com.rolloutplanner.account;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.roadmap.RoadmapItem;
import com.rolloutplanner.roadmap.Roadmaps;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every engagement route, tried by a manager of each side, by a manager of an unrelated
 * organisation (404, exactly as for a missing engagement) and by an anonymous visitor (to
 * the login page).
 */
@RolloutIntegrationTest
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
	Roadmaps roadmaps;

	@Autowired
	Kpis kpis;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Autowired
	Clock clock;

	static Long engagementId;

	/** A second engagement of the same parties, to try the first one's items through. */
	static Long secondId;

	/**
	 * The ids of one roadmap item, KPI, share link and archived report of the engagement.
	 */
	static Items items;

	record Items(long roadmapItem, long kpi, long shareLink, long report) {
	}

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
		if (items == null) {
			secondId = this.engagements
				.create(EngagementBuilder.anEngagement()
					.name("ACL second engagement")
					.between(this.organisations.findOrAdd("ACL Client"), this.organisations.findOrAdd("ACL Partner"))
					.terms(), "Test")
				.getId();
			items = createItems();
		}
	}

	private Items createItems() {
		CurrentUser client = (CurrentUser) load("acl.client");
		this.roadmaps.addStarter(engagementId, (key) -> key, client);
		long kpi = this.kpis
			.add(engagementId,
					new Kpi.Settings("ACL satisfaction", "%", KpiKind.QUALITY, Direction.HIGHER_IS_BETTER,
							BigDecimal.valueOf(80), BigDecimal.valueOf(85), 9, BigDecimal.TEN),
					client)
			.getId();
		assertThat(post("/engagements/%d/share", "acl.client").param("label", "ACL board")).hasStatus3xxRedirection();
		assertThat(post("/engagements/%d/report/archive", "acl.client")).hasStatus3xxRedirection();
		Document share = html(get("/engagements/%d/share", "acl.client"));
		Document reports = html(get("/engagements/%d/reports", "acl.client"));
		return new Items(this.roadmaps.items(engagementId, client.access()).get(0).getId(), kpi,
				idIn(share.select("form[action$=/revoke]").attr("action")),
				idIn(reports.select("a[href$=.pdf]").attr("href")));
	}

	private static long idIn(String path) {
		String[] parts = path.replace(".pdf", "").split("/");
		return Long.parseLong(parts[parts.length - (path.endsWith(".pdf") ? 1 : 2)]);
	}

	private static Document html(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Stream<String> itemReadRoutes() {
		return Stream.of("/engagements/%d/roadmap/{item}/edit", "/engagements/%d/kpis/{kpi}/edit",
				"/engagements/%d/reports/{report}.pdf");
	}

	static Stream<String> itemWriteRoutes() {
		return Stream.of("/engagements/%d/roadmap/{item}/edit", "/engagements/%d/roadmap/{item}/delete",
				"/engagements/%d/kpis/{kpi}/edit", "/engagements/%d/kpis/{kpi}/delete",
				"/engagements/%d/kpis/{kpi}/actuals", "/engagements/%d/share/{link}/revoke");
	}

	private static String item(String route, long engagement) {
		return route.replace("%d", String.valueOf(engagement))
			.replace("{item}", String.valueOf(items.roadmapItem()))
			.replace("{kpi}", String.valueOf(items.kpi()))
			.replace("{link}", String.valueOf(items.shareLink()))
			.replace("{report}", String.valueOf(items.report()));
	}

	@ParameterizedTest(name = "GET {0}")
	@MethodSource("itemReadRoutes")
	void bothSidesOpenTheItemsOfTheirEngagementAndNobodyElse(String route) {
		for (String username : List.of("acl.client", "acl.partner", "acl.admin")) {
			assertThat(this.mvc.get().uri(item(route, engagementId)).with(user(load(username)))).as(username)
				.hasStatusOk();
		}
		assertThat(this.mvc.get().uri(item(route, engagementId)).with(user(load("acl.other"))))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@ParameterizedTest(name = "GET {0}")
	@MethodSource("itemReadRoutes")
	void anItemIsNotFoundThroughAnotherEngagementOfTheSameParties(String route) {
		assertThat(this.mvc.get().uri(item(route, secondId)).with(user(load("acl.client"))))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@ParameterizedTest(name = "POST {0}")
	@MethodSource("itemWriteRoutes")
	void nobodyChangesAnItemOutsideItsEngagement(String route) {
		for (String[] attempt : List.of(new String[] { "acl.other", String.valueOf(engagementId) },
				new String[] { "acl.client", String.valueOf(secondId) })) {
			assertThat(this.mvc.post()
				.uri(item(route, Long.parseLong(attempt[1])))
				.with(csrf())
				.with(user(load(attempt[0])))
				.param("title", "Hijacked")
				.param("dueDate", "2026-12-01")
				.param("ownerSide", "JOINT")
				.param("status", "PLANNED")
				.param("name", "Hijacked")
				.param("kind", "QUALITY")
				.param("direction", "HIGHER_IS_BETTER")
				.param("baseline", "1")
				.param("target", "2")
				.param("targetMonth", "9")
				.param("month", "1")
				.param("value", "1")
				.param("version", "0")).as(attempt[0]).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(this.mvc.get().uri("/engagements/" + engagementId + "/kpis").with(user(load("acl.client"))))
			.bodyText()
			.contains("ACL satisfaction")
			.doesNotContain("Hijacked");
		assertThat(this.mvc.get().uri("/engagements/" + engagementId + "/share").with(user(load("acl.client"))))
			.bodyText()
			.contains("ACL board");
		assertThat(this.roadmaps.items(engagementId, ((CurrentUser) load("acl.client")).access()))
			.extracting(RoadmapItem::getTitle)
			.doesNotContain("Hijacked");
	}

	static Stream<String> readRoutes() {
		return Stream.of("/engagements/%d", "/engagements/%d/edit", "/engagements/%d/delete", "/engagements/%d/history",
				"/engagements/%d/roadmap", "/engagements/%d/gates", "/engagements/%d/kpis", "/engagements/%d/shared",
				"/engagements/%d/share", "/engagements/%d/report", "/engagements/%d/report.pdf",
				"/engagements/%d/report/page.css", "/engagements/%d/reports", "/engagements/%d/cooperation",
				"/engagements/%d/issues", "/engagements/%d/issues.csv", "/engagements/%d/issues.xlsx",
				"/engagements/%d/kpis.xlsx", "/engagements/%d/actions.csv", "/engagements/%d/risks",
				"/engagements/%d/risks.xlsx", "/engagements/%d/changes.xlsx", "/engagements/%d/risks.csv",
				"/engagements/%d/changes", "/engagements/%d/changes.csv");
	}

	static Stream<String> writeRoutes() {
		return Stream.of("/engagements/%d/edit", "/engagements/%d/delete", "/engagements/%d/flags/acknowledge",
				"/engagements/%d/flags/withdraw", "/engagements/%d/roadmap", "/engagements/%d/roadmap/starter",
				"/engagements/%d/roadmap/restore", "/engagements/%d/gates/GO_LIVE/sign",
				"/engagements/%d/gates/GO_LIVE/criteria", "/engagements/%d/annex/sign", "/engagements/%d/kpis",
				"/engagements/%d/kpis/import", "/engagements/%d/share", "/engagements/%d/report/archive",
				"/engagements/%d/cooperation", "/engagements/%d/issues", "/engagements/%d/response-times",
				"/engagements/%d/risks", "/engagements/%d/changes");
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
		// The administrator sees every engagement of the test database, many pages of
		// them.
		int pages = (int) get("/", "acl.admin").getMvcResult().getModelAndView().getModel().get("pages");
		assertThat(java.util.stream.IntStream.rangeClosed(1, pages)
			.mapToObj((page) -> get("/?page=" + page, "acl.admin").getMvcResult().getModelAndView().getModel())
			.flatMap((model) -> ((java.util.List<?>) model.get("rows")).stream())
			.map((row) -> ((com.rolloutplanner.dashboard.DashboardRow) row).name())).contains("ACL engagement");
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
