package com.rolloutplanner.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.roadmap.Roadmaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** The JSON API: every endpoint, its errors, and the same access rules as the pages. */
@RolloutIntegrationTest
class EngagementApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Engagements engagements;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	Kpis kpis;

	@Autowired
	Roadmaps roadmaps;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	Organisation client;

	Organisation partner;

	Long id;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.accounts, this.organisations, "api.client", "Aapo Api", "API Client", Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "api.other", "Olga Other", "API Unrelated", Role.MANAGER);
		this.client = this.organisations.findOrAdd("API Client");
		this.partner = this.organisations.findOrAdd("API Partner");
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("API engagement")
				.between(this.client, this.partner)
				.goLive(LocalDate.of(2026, 10, 1))
				.terms(), "Test")
			.getId();
	}

	@Test
	void listsTheOrganisations() {
		assertThat(get("/api/organisations", "api.client")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].name")
			.asArray()
			.contains("API Client", "API Partner");
	}

	@Test
	void listsOnlyVisibleEngagementsWithPhaseAndFlagCounts() {
		MvcTestResult list = get("/api/engagements?asOf=2026-11-27", "api.client");

		assertThat(list).hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.name == 'API engagement')].phase")
			.asArray()
			.isNotEmpty()
			.containsOnly("START_UP");
		assertThat(list).bodyJson()
			.extractingPath("$[?(@.name == 'API engagement')].flagCounts.CRITICAL")
			.asArray()
			.containsOnly(0);
		assertThat(get("/api/engagements", "api.other")).bodyText().doesNotContain("API engagement");
	}

	@Test
	void pagesTheListWithTheTotalAndLinksInHeadersAndTheDashboardsFilters() {
		String suffix = Long.toString(System.nanoTime());
		TestUsers.ensure(this.accounts, this.organisations, "api.pager." + suffix, "Paula Pager", "API Pager " + suffix,
				Role.MANAGER);
		Organisation pager = this.organisations.findOrAdd("API Pager " + suffix);
		for (int i = 1; i <= 5; i++) {
			this.engagements.create(EngagementBuilder.anEngagement()
				.name("Paged " + i)
				.between(pager, this.partner)
				.goLive(LocalDate.of(2026, 1, i))
				.contract((i % 2 == 0) ? ContractModel.PILOT : ContractModel.PARTNERSHIP, (i % 2 == 0) ? 3 : 24)
				.terms(), "Test");
		}
		String user = "api.pager." + suffix;

		MvcTestResult second = get("/api/engagements?size=2&page=1", user);
		assertThat(second).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].name")
			.asArray()
			.containsExactly("Paged 3", "Paged 4");
		assertThat(second).hasHeader("X-Total-Count", "5");
		assertThat(second.getResponse().getHeader("Link")).contains("page=0&size=2>; rel=\"first\"",
				"page=0&size=2>; rel=\"prev\"", "page=2&size=2>; rel=\"next\"", "page=2&size=2>; rel=\"last\"");
		assertThat(get("/api/engagements?page=7", user)).hasStatusOk()
			.hasHeader("X-Total-Count", "5")
			.bodyJson()
			.isEqualTo("[]");
		assertThat(get("/api/engagements?flags=critical", user)).bodyJson()
			.extractingPath("$[*].name")
			.asArray()
			.containsExactly("Paged 2", "Paged 4");
		assertThat(get("/api/engagements?asOf=2026-11-27&due=overdue&phase=CONTINUOUS_DEVELOPMENT", user))
			.hasHeader("X-Total-Count", "5");
		assertThat(get("/api/engagements?asOf=2026-11-27&phase=ESTABLISHED", user)).hasHeader("X-Total-Count", "0");
		assertThat(get("/api/engagements?flags=all", user)).hasStatus(400).bodyText().contains("flags=critical");
		assertThat(get("/api/engagements?due=late", user)).hasStatus(400).bodyText().contains("due=overdue");
		assertThat(get("/api/engagements?size=201", user)).hasStatus(400);
		assertThat(get("/api/engagements?page=-1", user)).hasStatus(400);
	}

	@ParameterizedTest(name = "go-live {0}: {1} on {2}")
	@CsvSource({ "2026-01-31, LEARNING, 2026-04-30", "2026-01-31, START_UP, 2026-04-29",
			"2025-11-30, LEARNING, 2026-02-28", "2025-11-29, START_UP, 2026-02-27",
			"2026-02-28, ESTABLISHED, 2026-08-28", "2026-01-30, CONTINUOUS_DEVELOPMENT, 2026-10-30",
			"2026-01-30, ESTABLISHED, 2026-10-29" })
	void thePhaseFilterAgreesWithThePlacementAtMonthEnds(LocalDate goLive, String phase, LocalDate asOf) {
		String name = "Month end " + goLive + " " + asOf;
		Long created = this.engagements.create(
				EngagementBuilder.anEngagement().name(name).between(this.client, this.partner).goLive(goLive).terms(),
				"Test")
			.getId();

		assertThat(get("/api/engagements?asOf=" + asOf + "&phase=" + phase, "api.client")).bodyText().contains(name);
		assertThat(get("/api/engagements/" + created + "?asOf=" + asOf, "api.client")).bodyJson()
			.extractingPath("$.placement.phase")
			.isEqualTo(phase);
	}

	@Test
	void showsTheEngagementWithPlacementAndFlagsInTheCallersLanguage() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/engagements/" + this.id + "?asOf=2026-11-27")
			.header("Accept-Language", "fi")
			.with(httpBasic("api.client", TestUsers.PASSWORD))
			.exchange();

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.placement.monthOfJourney").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.placement.phaseStart").isEqualTo("2026-10-01");
		assertThat(result).bodyJson().extractingPath("$.placement.nextPhaseStart").isEqualTo("2027-01-01");
		assertThat(result).bodyJson().extractingPath("$.version").isEqualTo(0);
		assertThat(get("/api/engagements/" + this.id + "?asOf=2028-01-01", "api.client")).bodyJson()
			.extractingPath("$.placement.nextPhaseStart")
			.isNull();

		String pilot = post("/api/engagements", "api.client", body("Finnish API pilot", "PILOT", 4, null)).getResponse()
			.getHeader("Location");
		MvcTestResult finnish = this.mvc.get()
			.uri(pilot)
			.header("Accept-Language", "fi")
			.with(httpBasic("api.client", TestUsers.PASSWORD))
			.exchange();
		assertThat(finnish).bodyJson()
			.extractingPath("$.flags[?(@.code == 'PILOT_MODEL')].message")
			.asArray()
			.containsExactly("Sopimus on pilotti tai testijakso. Muutaman kuukauden testijaksolla ja vähäisellä "
					+ "sitoutumisen asteella ei yleensä päästä koskaan siihen vaiheeseen, missä ulkoistuksen hyödyt "
					+ "realisoituvat.");
		assertThat(get(pilot, "api.client")).bodyJson()
			.extractingPath("$.flags[?(@.code == 'PILOT_MODEL')].message")
			.asArray()
			.containsExactly("The contract is a pilot or trial period. A trial of a few months with little "
					+ "commitment usually never reaches the phase where the benefits of outsourcing are realised.");
	}

	@Test
	void createsAnEngagementWithALocationAndItsFlags() {
		MvcTestResult created = post("/api/engagements", "api.client", body("New API pilot", "PILOT", 4, null));

		assertThat(created).hasStatus(201);
		assertThat(created.getResponse().getHeader("Location")).matches(".*/api/engagements/\\d+");
		assertThat(created).bodyJson()
			.extractingPath("$.flags[*].code")
			.asArray()
			.contains("PILOT_MODEL", "SHORT_COMMITMENT", "EARLY_GOAL");
		assertThat(created).bodyJson().extractingPath("$.flags[0].message").asString().contains("pilot");
	}

	@Test
	void reportsValidationErrorsAsProblemDetailsWithFields() {
		MvcTestResult result = post("/api/engagements", "api.client", """
				{"name": "", "clientOrganisationId": %d, "partnerOrganisationId": %d, "goLiveDate": "2026-12-01",
				 "contractModel": "PARTNERSHIP", "contractMonths": 500}""".formatted(this.client.getId(),
				this.partner.getId()));

		assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("name", "contractMonths");
	}

	@Test
	void malformedJsonIsABadRequestNotAnError() {
		assertThat(post("/api/engagements", "api.client", "{\"name\": ")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The request body is not valid JSON.");
	}

	@Test
	void anUnknownEnumValueOrAWrongTypeNamesTheField() {
		assertThat(post("/api/engagements", "api.client", body("X", "TRIAL", 12, null))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("contractModel");
		assertThat(post("/api/engagements", "api.client",
				body("X", "PILOT", 12, null).replace("\"contractMonths\": 12", "\"contractMonths\": \"twelve\"")))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("contractMonths");
		assertThat(post("/api/engagements", "api.client",
				body("X", "PILOT", 12, null).replace("COST_REDUCTION", "WORLD_PEACE")))
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("goals[0].type");
	}

	@Test
	void refusesAnEngagementOfAnotherOrganisation() {
		assertThat(post("/api/engagements", "api.other", body("Not mine", "PARTNERSHIP", 24, null))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("clientOrganisationId");
	}

	@Test
	void answersUnauthorizedWithoutCredentials() {
		assertThat(this.mvc.get().uri("/api/engagements")).hasStatus(401)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.headers()
			.containsHeader("WWW-Authenticate");
		assertThat(this.mvc.get().uri("/api/engagements").with(httpBasic("api.client", "wrong password")))
			.hasStatus(401);
	}

	@Test
	void anotherOrganisationsEngagementIsNotFoundOnEveryEndpoint() {
		assertThat(get("/api/engagements/" + this.id, "api.other")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(get("/api/engagements/" + this.id + "/kpis", "api.other")).hasStatus(404);
		assertThat(this.mvc.put()
			.uri("/api/engagements/" + this.id)
			.with(httpBasic("api.other", TestUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("Hijack", "PARTNERSHIP", 24, 0L))).hasStatus(404);
		assertThat(
				this.mvc.delete().uri("/api/engagements/" + this.id).with(httpBasic("api.other", TestUsers.PASSWORD)))
			.hasStatus(404);
		assertThat(post("/api/engagements/" + this.id + "/kpis/1/actuals", "api.other", "{\"month\":1,\"value\":1}"))
			.hasStatus(404);
		assertThat(get("/api/engagements/" + this.id, "api.client")).bodyText().doesNotContain("Hijack");
	}

	@Test
	void theRoadmapGatesAndNextDueCarryTheirStateForTheDateAskedFor() {
		CurrentUser manager = (CurrentUser) this.users.loadUserByUsername("api.client");
		this.roadmaps.addStarter(this.id, (key) -> key, manager);

		MvcTestResult today = get("/api/engagements/" + this.id + "/roadmap", "api.client");
		assertThat(today).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].state")
			.asArray()
			.containsExactly("DUE_SOON", "DUE_SOON", "DUE_SOON", "OPEN", "OPEN", "OPEN");
		assertThat(today).bodyJson().extractingPath("$[0].dueDate").isEqualTo("2026-11-27");
		assertThat(today).bodyJson().extractingPath("$[0].phase").isEqualTo("START_UP");
		assertThat(today).bodyJson().extractingPath("$[0].ownerSide").isEqualTo("JOINT");
		assertThat(today).bodyJson().extractingPath("$[0].done").isEqualTo(false);

		String later = "?asOf=2027-04-15";
		assertThat(get("/api/engagements/" + this.id + "/roadmap" + later, "api.client")).bodyJson()
			.extractingPath("$[*].state")
			.asArray()
			.containsExactly("OVERDUE", "OVERDUE", "OVERDUE", "OVERDUE", "OPEN", "OPEN");
		MvcTestResult gates = get("/api/engagements/" + this.id + "/gates" + later, "api.client");
		assertThat(gates).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].type")
			.asArray()
			.containsExactly("GO_LIVE", "START_UP_EXIT", "LEARNING_EXIT", "ESTABLISHED_EXIT");
		assertThat(gates).bodyJson()
			.extractingPath("$[*].state")
			.asArray()
			.containsExactly("OVERDUE", "OVERDUE", "OVERDUE", "OPEN");
		assertThat(gates).bodyJson().extractingPath("$[1].dueDate").isEqualTo("2027-01-01");
		assertThat(gates).bodyJson().extractingPath("$[0].passed").isEqualTo(false);

		MvcTestResult list = this.mvc.get()
			.uri("/api/engagements" + later)
			.header("Accept-Language", "fi")
			.with(httpBasic("api.client", TestUsers.PASSWORD))
			.exchange();
		String mine = "$[?(@.id == " + this.id + ")]";
		assertThat(list).bodyJson().extractingPath(mine + ".nextDue.kind").asArray().containsExactly("GATE");
		assertThat(list).bodyJson()
			.extractingPath(mine + ".nextDue.title")
			.asArray()
			.containsExactly("Käynnistyksen go/no-go");
		assertThat(list).bodyJson().extractingPath(mine + ".nextDue.dueDate").asArray().containsExactly("2026-10-01");
		assertThat(list).bodyJson().extractingPath(mine + ".nextDue.state").asArray().containsExactly("OVERDUE");
		// four roadmap items, three gates and the charter
		assertThat(list).bodyJson().extractingPath(mine + ".overdueCount").asArray().containsExactly(8);

		assertThat(get("/api/engagements/" + this.id + "/roadmap?asOf=2027-02-30", "api.client")).hasStatus(400);
		assertThat(get("/api/engagements/" + this.id + "/roadmap", "api.other")).hasStatus(404);
		assertThat(get("/api/engagements/" + this.id + "/gates", "api.other")).hasStatus(404);
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() {
		assertThat(put(this.id, body("Renamed once", "PARTNERSHIP", 24, 0L))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.version")
			.isEqualTo(1);

		assertThat(put(this.id, body("Renamed from a stale copy", "PARTNERSHIP", 24, 0L))).hasStatus(409)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(get("/api/engagements/" + this.id, "api.client")).bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Renamed once");
		assertThat(put(this.id, body("No version", "PARTNERSHIP", 24, null))).hasStatus(400);
	}

	@Test
	void deletesAnEngagement() {
		assertThat(
				this.mvc.delete().uri("/api/engagements/" + this.id).with(httpBasic("api.client", TestUsers.PASSWORD)))
			.hasStatus(204);
		assertThat(get("/api/engagements/" + this.id, "api.client")).hasStatus(404);
	}

	@Test
	void recordsAnActualAndJudgesItAgainstThePhase() {
		CurrentUser user = (CurrentUser) this.users.loadUserByUsername("api.client");
		Kpi csat = this.kpis.add(this.id, new Kpi.Settings("CSAT", "%", KpiKind.QUALITY, Direction.HIGHER_IS_BETTER,
				BigDecimal.valueOf(80), BigDecimal.valueOf(88), 9, BigDecimal.valueOf(15)), user);
		String url = "/api/engagements/" + this.id + "/kpis/" + csat.getId() + "/actuals";

		MvcTestResult recorded = post(url, "api.client", "{\"month\": 2, \"value\": 70}");
		assertThat(recorded).hasStatusOk().bodyJson().extractingPath("$.judgement").isEqualTo("AS_EXPECTED");
		assertThat(recorded).bodyJson().extractingPath("$.expectedLow").isEqualTo(68.0);
		assertThat(recorded).bodyJson().extractingPath("$.expectedHigh").isEqualTo(80.0);
		assertThat(post(url, "api.client", "{\"month\": 2, \"value\": 60}")).bodyJson()
			.extractingPath("$.judgement")
			.isEqualTo("BELOW_EXPECTED");
		assertThat(post(url, "api.client", "{\"month\": 0, \"value\": 60}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("month");

		MvcTestResult list = get("/api/engagements/" + this.id + "/kpis", "api.client");
		assertThat(list).bodyJson().extractingPath("$[0].actuals[0].value").isEqualTo(60);
		assertThat(list).bodyJson().extractingPath("$[0].direction").isEqualTo("HIGHER_IS_BETTER");
		assertThat(post("/api/engagements/" + this.id + "/kpis/999999/actuals", "api.client",
				"{\"month\": 2, \"value\": 60}"))
			.hasStatus(404);
	}

	@Test
	void aOneTimePasswordMustBeReplacedOnThePagesBeforeTheApiServesIt() {
		String username = "api.onetime." + Long.toString(System.nanoTime(), 36);
		String oneTime = this.accounts.createWithOneTimePassword(username, "Oona Onetime", this.client, Role.MANAGER,
				"Test administrator");

		assertThat(this.mvc.get().uri("/api/engagements").with(httpBasic(username, oneTime))).hasStatus(403)
			.bodyText()
			.contains("Choose your own password");
	}

	@Test
	void servesTheOpenApiDescription() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyText()
			.contains("/api/engagements/{id}", "/api/organisations");
	}

	private String body(String name, String model, int months, Long version) {
		return """
				{"name": "%s", "clientOrganisationId": %d, "partnerOrganisationId": %d, "goLiveDate": "2026-10-01",
				 "contractModel": "%s", "contractMonths": %d, "channels": ["PHONE"],
				 "goals": [{"type": "COST_REDUCTION", "targetMonth": 2, "description": "Lower cost"}]%s}""".formatted(
				name, this.client.getId(), this.partner.getId(), model, months,
				(version != null) ? ", \"version\": " + version : "");
	}

	private MvcTestResult get(String uri, String username) {
		return this.mvc.get().uri(uri).with(httpBasic(username, TestUsers.PASSWORD)).exchange();
	}

	private MvcTestResult post(String uri, String username, String json) {
		return this.mvc.post()
			.uri(uri)
			.with(httpBasic(username, TestUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private MvcTestResult put(Long engagementId, String json) {
		return this.mvc.put()
			.uri("/api/engagements/" + engagementId)
			.with(httpBasic("api.client", TestUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
