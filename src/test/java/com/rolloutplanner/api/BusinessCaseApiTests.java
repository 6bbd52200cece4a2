package com.rolloutplanner.api;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The business case through the API: the names the issue fixed, the curve, the errors.
 */
@RolloutIntegrationTest
class BusinessCaseApiTests {

	private static final String CASE = """
			{"baselineMonthlyCost": 100000,
			 "plannedMonthlyCost": {"START_UP": 110000, "LEARNING": 90000, "ESTABLISHED": 70000,
			                        "CONTINUOUS_DEVELOPMENT": 70000},
			 "plannedMonthlyBenefit": 0,
			 "investments": {"hourlyRate": 80, "transitionCosts": 2000}}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Engagements engagements;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	Clock clock;

	String client;

	String stranger;

	Long id;

	@BeforeEach
	void setUp() {
		String suffix = Long.toString(System.nanoTime(), 36);
		this.client = "bcapi.client." + suffix;
		this.stranger = "bcapi.other." + suffix;
		TestUsers.ensure(this.accounts, this.organisations, this.client, "Anni Api", "BC API Client " + suffix,
				Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, this.stranger, "Otto Other", "BC API Other " + suffix,
				Role.MANAGER);
		Organisation clientOrg = this.organisations.findOrAdd("BC API Client " + suffix);
		Organisation partnerOrg = this.organisations.findOrAdd("BC API Partner " + suffix);
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("BC API " + suffix)
				.between(clientOrg, partnerOrg)
				.goLive(LocalDate.of(2026, 5, 1))
				.contract(ContractModel.FIXED_TERM, 12)
				.paybackMonth(7)
				.onboarding(50, 4_000L)
				.terms(), "Test")
			.getId();
	}

	@Test
	void createsReadsAndReplacesTheBusinessCaseWithItsComputedCurve() {
		assertThat(get(this.client)).hasStatus(404).bodyText().contains("has no business case yet");

		MvcTestResult created = send("PUT", "", this.client, CASE);

		assertThat(created).hasStatus(201);
		assertThat(created).bodyJson().extractingPath("$.plannedPaybackMonth").isEqualTo(7);
		assertThat(created).bodyJson().extractingPath("$.projectedPaybackMonth").isNull();
		assertThat(created).bodyJson().extractingPath("$.paybackState").isEqualTo("NO_ACTUALS");
		// The onboarding of the engagement's terms (4,000 and 50 h at 80) and the
		// transition costs
		assertThat(created).bodyJson().extractingPath("$.investments.total").isEqualTo(10000);
		assertThat(created).bodyJson().extractingPath("$.investments.onboardingBudget").isEqualTo(4000);
		assertThat(created).bodyJson().extractingPath("$.investments.onboardingHours").isEqualTo(50);
		assertThat(created).bodyJson().extractingPath("$.currency").isEqualTo("EUR");
		assertThat(created).bodyJson().extractingPath("$.curve.length()").isEqualTo(24);
		assertThat(created).bodyJson().extractingPath("$.curve[6].month").isEqualTo(7);
		assertThat(created).bodyJson().extractingPath("$.curve[6].actual").isNull();
		assertThat(get(this.client)).bodyJson().extractingPath("$.curve[6].planned").isEqualTo(20000);
		assertThat(get(this.client)).bodyJson().extractingPath("$.whatIf.dipOneMonthLongerPaybackMonth").isEqualTo(8);

		MvcTestResult replaced = send("PUT", "", this.client,
				CASE.replace("{\"baselineMonthlyCost\"", "{\"version\": 0, \"baselineMonthlyCost\"")
					.replace("\"START_UP\": 110000", "\"START_UP\": 130000"));
		assertThat(replaced).hasStatusOk().bodyJson().extractingPath("$.plannedPaybackMonth").isEqualTo(9);
		assertThat(send("PUT", "", this.client,
				CASE.replace("{\"baselineMonthlyCost\"", "{\"version\": 0, \"baselineMonthlyCost\"")))
			.hasStatus(409);
	}

	@Test
	void aVersionForACaseThatDoesNotExistYetAndEmptyInvestmentsAreRefusedByName() {
		MvcTestResult versioned = send("PUT", "", this.client,
				CASE.replace("{\"baselineMonthlyCost\"", "{\"version\": 0, \"baselineMonthlyCost\""));
		assertThat(versioned).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("version");
		assertThat(versioned).bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("no business case yet", "leave \"version\" out");
		assertThat(send("PUT", "", this.client, CASE.replaceAll("\"investments\": \\{[^}]*\\}", "\"investments\": {}")))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.asString()
			.startsWith("investments");
		assertThat(get(this.client)).hasStatus(404);
	}

	@Test
	void recordsActualsAndProjectsThePayback() {
		send("PUT", "", this.client, CASE);

		for (String month : new String[] { "1,110000", "2,110000", "3,110000", "4,95000", "5,95000" }) {
			String[] parts = month.split(",");
			assertThat(send("POST", "/actuals", this.client,
					"{\"month\": " + parts[0] + ", \"cost\": " + parts[1] + ", \"benefit\": 0}"))
				.hasStatusOk();
		}
		MvcTestResult last = send("POST", "/actuals", this.client, "{\"month\": 6, \"cost\": 95000}");

		assertThat(last).hasStatusOk().bodyJson().extractingPath("$.projectedPaybackMonth").isEqualTo(11);
		assertThat(last).bodyJson().extractingPath("$.paybackState").isEqualTo("LATER_THAN_PLANNED");
		assertThat(last).bodyJson().extractingPath("$.curve[5].actual").isEqualTo(-25000);
		assertThat(last).bodyJson().extractingPath("$.curve[6].projected").isEqualTo(-20000);
		assertThat(last).bodyJson().extractingPath("$.actuals.length()").isEqualTo(6);
	}

	@Test
	void refusesWhatIsNotExactlyValidAtTheField() {
		MvcTestResult refused = send("PUT", "", this.client, """
				{"baselineMonthlyCost": -1, "currency": "eur",
				 "plannedMonthlyCost": {"START_UP": 1e9, "LEARNING": 0.001, "ESTABLISHED": 1},
				 "investments": {"hourlyRate": 100000, "transitionCosts": -3}}""");

		assertThat(refused).hasStatus(400);
		assertThat(refused).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("baselineMonthlyCost", "currency", "plannedMonthlyCost.START_UP", "plannedMonthlyCost.LEARNING",
					"plannedMonthlyCost.CONTINUOUS_DEVELOPMENT", "investments.hourlyRate",
					"investments.transitionCosts");
		// Onboarding is the engagement's: sent to the case, it is refused by name
		assertThat(send("PUT", "", this.client,
				CASE.replace("\"hourlyRate\"", "\"onboardingBudget\": 4000, \"hourlyRate\"")))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("investments.onboardingBudget");
		assertThat(refused).bodyText().contains("under 1,000,000,000");
		assertThat(send("PUT", "", this.client, CASE.replace("100000,", "\"lots\","))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("baselineMonthlyCost");
		assertThat(send("PUT", "", this.client,
				CASE.replace("{\"baselineMonthlyCost\"", "{\"currency\": \"XQQ\", \"baselineMonthlyCost\"")))
			.hasStatus(400);
		assertThat(send("POST", "/actuals", this.client, "{\"month\": 1, \"cost\": 1}")).hasStatus(404);
		send("PUT", "", this.client, CASE);
		assertThat(send("POST", "/actuals", this.client, "{\"month\": 241, \"cost\": 1, \"benefit\": -1}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("month", "benefit");
		assertThat(get(this.client)).bodyJson().extractingPath("$.actuals.length()").isEqualTo(0);
	}

	@Test
	void anotherOrganisationGetsNotFound() {
		send("PUT", "", this.client, CASE);

		assertThat(get(this.stranger)).hasStatus(404);
		assertThat(send("PUT", "", this.stranger, CASE)).hasStatus(404);
		assertThat(send("POST", "/actuals", this.stranger, "{\"month\": 1, \"cost\": 1}")).hasStatus(404);
	}

	private MvcTestResult get(String username) {
		return this.mvc.get()
			.uri("/api/engagements/" + this.id + "/business-case")
			.with(httpBasic(username, TestUsers.PASSWORD))
			.exchange();
	}

	private MvcTestResult send(String method, String path, String username, String json) {
		var request = "PUT".equals(method) ? this.mvc.put() : this.mvc.post();
		return request.uri("/api/engagements/" + this.id + "/business-case" + path)
			.with(httpBasic(username, TestUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
