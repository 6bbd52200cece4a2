package com.rolloutplanner.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Inputs that once hung, exhausted or broke the server, or were silently changed: each is
 * now refused with a field error, and nothing is stored.
 */
@RolloutIntegrationTest
class InputBoundsTests {

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

	CurrentUser manager;

	Long id;

	Long kpiId;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.accounts, this.organisations, "bounds.client", "Bea Bounds", "Bounds Client",
				Role.MANAGER);
		this.manager = (CurrentUser) this.users.loadUserByUsername("bounds.client");
		this.client = this.organisations.findOrAdd("Bounds Client");
		this.partner = this.organisations.findOrAdd("Bounds Partner");
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Bounded engagement")
				.between(this.client, this.partner)
				.goLive(LocalDate.of(2026, 10, 1))
				.terms(), "Test")
			.getId();
		this.kpiId = this.kpis
			.add(this.id,
					new Kpi.Settings("Satisfaction", "%", KpiKind.QUALITY, Direction.HIGHER_IS_BETTER,
							BigDecimal.valueOf(80), BigDecimal.valueOf(85), 9, BigDecimal.TEN),
					this.manager)
			.getId();
	}

	@Test
	@Timeout(20)
	void aFarFutureDateIsAFieldErrorNotAnEndlessLoop() {
		assertThat(get("/api/engagements/" + this.id + "?asOf=%2B179000000-01-01")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("asOf");
		assertThat(get("/api/engagements?asOf=1899-12-31")).hasStatus(400);
		assertThat(this.mvc.get().uri("/engagements/" + this.id + "?asOf=%2B179000000-01-01").with(user(this.manager)))
			.hasStatusOk()
			.bodyText()
			.contains("is not a date from 1900 to 2200");
		assertThat(this.mvc.get().uri("/?asOf=%2B179000000-01-01").with(user(this.manager))).hasStatusOk();
	}

	@Test
	@Timeout(20)
	void aRoadmapItemDueOutsideTheWindowIsRefusedAtItsField() {
		for (String due : List.of("+179000000-01-01", "0000-01-01", "1899-12-31", "2201-01-01")) {
			assertThat(this.mvc.post()
				.uri("/engagements/" + this.id + "/roadmap")
				.with(csrf())
				.with(user(this.manager))
				.param("title", "Far away")
				.param("dueDate", due)
				.param("ownerSide", "JOINT")
				.param("status", "PLANNED")).as(due)
				.hasStatusOk()
				.bodyText()
				.contains("Use a date from 1 Jan 1900 to 31 Dec 2200.");
		}
		assertThat(this.roadmaps.items(this.id, this.manager)).isEmpty();
		assertThat(get("/api/engagements")).hasStatusOk();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"0000-01-01\"", "\"+179000000-01-01\"", "20260105", "[2026, 1, 5]", "\"2026-1-5\"",
			"\"5.1.2026\"", "\"2026-02-30\"" })
	void aGoLiveDateMustBeExactlyADateInTheWindow(String goLive) {
		MvcTestResult created = post("/api/engagements", engagement(goLive, "24"));

		assertThat(created).as(goLive).hasStatus(400);
		assertThat(created).bodyJson().extractingPath("$.errors[0].field").isEqualTo("goLiveDate");
	}

	@Test
	void aWholeNumberIsNotCoercedFromAFraction() {
		assertThat(post("/api/engagements", engagement("\"2026-10-01\"", "12.7"))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("contractMonths");
		assertThat(post(actuals(), "{\"month\": 1.5, \"value\": 80}")).hasStatus(400);
		assertThat(storedActuals()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			24, "onboardingHours": 1000001                     | onboardingHours
			24, "onboardingBudgetEur": 1000000000              | onboardingBudgetEur
			24, "onboardingBudgetEur": -1                      | onboardingBudgetEur
			""")
	void onboardingBeyondItsBoundsIsRefusedByName(String months, String field) {
		MvcTestResult created = post("/api/engagements", engagement("\"2026-10-01\"", months));

		assertThat(created).as(months).hasStatus(400);
		assertThat(created).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			"24"                                               | contractMonths
			true                                               | contractMonths
			24, "description": 5                               | description
			24, "learningPlan": false                          | learningPlan
			24, "onboardingHours": "40"                        | onboardingHours
			24, "goals": [{"type": "SCALABILITY", "targetMonth": "9"}] | goals[0].targetMonth
			""")
	void textIsNotANumberAndANumberIsNotText(String months, String field) {
		MvcTestResult created = post("/api/engagements", engagement("\"2026-10-01\"", months));

		assertThat(created).as(months).hasStatus(400);
		assertThat(created).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
		assertThat(post(actuals(), "{\"month\": \"2\", \"value\": 80}")).hasStatus(400);
		assertThat(post(actuals(), "{\"month\": 2, \"value\": \"80\"}")).hasStatus(400);
		assertThat(storedActuals()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e999999999", "-1e999999999", "1e15", "1000000000000", "1e-300", "80.00001" })
	@Timeout(20)
	void anActualOutsideWhatTheColumnHoldsIsRefusedBeforeAnyArithmetic(String value) {
		MvcTestResult recorded = post(actuals(), "{\"month\": 2, \"value\": " + value + "}");

		assertThat(recorded).as(value).hasStatus(400);
		assertThat(recorded).bodyJson().extractingPath("$.errors[0].field").isEqualTo("value");
		assertThat(storedActuals()).isEmpty();
	}

	@Test
	void anActualWithFourDecimalsIsStoredExactly() {
		assertThat(post(actuals(), "{\"month\": 2, \"value\": 81.2345}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.value")
			.isEqualTo(81.2345);
		assertThat(storedActuals().get(2)).isEqualByComparingTo("81.2345");
	}

	@Test
	void theActualFormRefusesWhatTheApiRefuses() {
		for (String value : List.of("1e999999999", "1e-300", "1 000 000 000 000")) {
			assertThat(this.mvc.post()
				.uri("/engagements/" + this.id + "/kpis/" + this.kpiId + "/actuals")
				.with(csrf())
				.with(user(this.manager))
				.param("month", "2")
				.param("value", value)).as(value)
				.hasStatusOk()
				.bodyText()
				.contains("Enter a number below one trillion with at most 4 decimals");
		}
		assertThat(storedActuals()).isEmpty();
	}

	@Test
	void concurrentActualsForDifferentMonthsAllSucceedAndTheSameMonthNeverFailsTheServer() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> differentMonths = new ArrayList<>();
			for (int month = 1; month <= 24; month++) {
				String body = "{\"month\": " + month + ", \"value\": " + (70 + month) + "}";
				differentMonths.add(() -> post(actuals(), body).getResponse().getStatus());
			}
			for (Future<Integer> status : pool.invokeAll(differentMonths)) {
				assertThat(status.get()).isEqualTo(200);
			}
			assertThat(storedActuals()).hasSize(24);

			List<Callable<Integer>> sameMonth = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				String body = "{\"month\": 30, \"value\": " + (60 + i) + "}";
				sameMonth.add(() -> post(actuals(), body).getResponse().getStatus());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : pool.invokeAll(sameMonth)) {
				statuses.add(status.get());
			}
			assertThat(statuses).containsAnyOf(200).allMatch((status) -> status == 200 || status == 409);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void controlCharactersAndTextDirectionOverridesAreRefusedInNames() {
		for (String name : List.of("Nul\\u0000name", "Bell\\u0007", "Evil\\u202Egnp.exe", "Two\\nlines")) {
			MvcTestResult created = post("/api/engagements",
					engagement("\"2026-10-01\"", "24").replace("\"Bounds check\"", "\"" + name + "\""));
			assertThat(created).as(name).hasStatus(400);
			assertThat(created).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
		}
		assertThat(this.mvc.post()
			.uri("/engagements/" + this.id + "/share")
			.with(csrf())
			.with(user(this.manager))
			.param("label", "Board\u202E")).hasStatusOk().bodyText().contains("Remove the control characters");
		assertThat(this.mvc.post()
			.uri("/engagements/" + this.id + "/roadmap")
			.with(csrf())
			.with(user(this.manager))
			.param("title", "Kick\u0000off")
			.param("dueDate", "2026-12-01")
			.param("ownerSide", "JOINT")
			.param("status", "PLANNED")).hasStatusOk().bodyText().contains("Remove the control characters");
		assertThat(post("/api/engagements", engagement("\"2026-10-01\"", "24").replace("\"Bounds check\"",
				"\"Fine name\", \"description\": \"Two lines\\nare fine here\"")))
			.hasStatus(201);
	}

	@Test
	void aGoalThatIsNullIsAFieldErrorNotAServerError() {
		MvcTestResult created = post("/api/engagements",
				engagement("\"2026-10-01\"", "24").replace("}", ", \"goals\": [null]}"));

		assertThat(created).hasStatus(400);
		assertThat(created).bodyJson().extractingPath("$.errors[0].field").asString().startsWith("goals[0]");
	}

	@Test
	void aCsvWithAnUnbalancedQuoteIsUnreadableNotAServerError() {
		assertThat(this.mvc.post()
			.uri("/engagements/" + this.id + "/kpis/import")
			.with(csrf())
			.with(user(this.manager))
			.param("csv", "kpi,month,value\n\"Satisfaction,1,80\n")).hasStatus3xxRedirection()
			.flash()
			.containsKey("importProblems");
		assertThat(storedActuals()).isEmpty();
	}

	@Test
	void aKpiWithTheLongestNameIsRecordedInTheHistory() {
		String name = "K".repeat(100);
		Kpi kpi = this.kpis.add(this.id, new Kpi.Settings(name, "%", KpiKind.QUALITY, Direction.HIGHER_IS_BETTER,
				BigDecimal.valueOf(80), BigDecimal.valueOf(85), 9, BigDecimal.TEN), this.manager);

		assertThat(post("/api/engagements/" + this.id + "/kpis/" + kpi.getId() + "/actuals",
				"{\"month\": 1, \"value\": 79}"))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/engagements/" + this.id + "/history").with(user(this.manager))).hasStatusOk()
			.bodyText()
			.contains("Actual recorded: " + name + ", month 1: 79 %");
	}

	@Test
	void namesThatDifferOnlyInCaseCannotBothBeAddedAtTheSameMoment() throws Exception {
		TestUsers.ensure(this.accounts, this.organisations, "bounds.admin", "Bertta Admin", "Bounds Client",
				Role.ADMIN);
		var admin = this.users.loadUserByUsername("bounds.admin");
		String organisation = "Race Org " + System.nanoTime();
		List<Integer> organisationAnswers = race(List.of(organisation, organisation.toUpperCase()),
				(name) -> this.mvc.post()
					.uri("/admin/organisations")
					.with(csrf())
					.with(user(admin))
					.param("name", name)
					.exchange()
					.getResponse()
					.getStatus());
		List<Integer> kpiAnswers = race(List.of("Race time", "RACE TIME", "race Time"),
				(name) -> this.mvc.post()
					.uri("/engagements/" + this.id + "/kpis")
					.with(csrf())
					.with(user(this.manager))
					.param("name", name)
					.param("kind", "EFFICIENCY")
					.param("direction", "LOWER_IS_BETTER")
					.param("baseline", "300")
					.param("target", "270")
					.param("targetMonth", "9")
					.exchange()
					.getResponse()
					.getStatus());

		String newPartner = "Race Partner " + System.nanoTime();
		List<Integer> engagementAnswers = race(List.of(newPartner, newPartner.toUpperCase()),
				(name) -> this.mvc.post()
					.uri("/engagements/new")
					.with(csrf())
					.with(user(this.manager))
					.param("name", "Raced engagement")
					.param("clientOrganisationId", this.client.getId().toString())
					.param("newPartnerOrganisation", name)
					.param("goLiveDate", "2026-10-01")
					.param("contractModel", "PARTNERSHIP")
					.param("contractMonths", "24")
					.exchange()
					.getResponse()
					.getStatus());

		assertThat(engagementAnswers).containsOnly(302);
		assertThat(this.organisations.all()).filteredOn((o) -> o.getName().equalsIgnoreCase(newPartner)).hasSize(1);
		assertThat(organisationAnswers).containsOnly(302, 200).containsOnlyOnce(302);
		assertThat(this.organisations.all()).filteredOn((o) -> o.getName().equalsIgnoreCase(organisation)).hasSize(1);
		assertThat(kpiAnswers).containsOnly(302, 200).containsOnlyOnce(302);
		assertThat(this.kpis.kpis(this.id, this.manager.access()))
			.filteredOn((k) -> k.getName().equalsIgnoreCase("race time"))
			.hasSize(1);
	}

	private static List<Integer> race(List<String> names, java.util.function.Function<String, Integer> post)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(names.size());
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (String name : names) {
				answers.add(pool.submit(() -> {
					start.await();
					return post.apply(name);
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private java.util.Map<Integer, BigDecimal> storedActuals() {
		return this.kpis.readAll(this.id, this.manager.access(), (kpi) -> java.util.Map.copyOf(kpi.getActuals()))
			.get(0);
	}

	private String actuals() {
		return "/api/engagements/" + this.id + "/kpis/" + this.kpiId + "/actuals";
	}

	private String engagement(String goLive, String months) {
		return """
				{"name": "Bounds check", "clientOrganisationId": %d, "partnerOrganisationId": %d, "goLiveDate": %s,
				 "contractModel": "PARTNERSHIP", "contractMonths": %s}""".formatted(this.client.getId(),
				this.partner.getId(), goLive, months);
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).with(httpBasic("bounds.client", TestUsers.PASSWORD)).exchange();
	}

	private MvcTestResult post(String uri, String json) {
		return this.mvc.post()
			.uri(uri)
			.with(httpBasic("bounds.client", TestUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
