package com.rolloutplanner.engagement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The check of typed terms as the managers meet it: while typing on the engagement form
 * and the business-case form (the script's request), by the button without script, and
 * through the API; the phase dates, the planned payback and the flags of what was typed,
 * and nothing stored.
 */
@RolloutIntegrationTest
class TermsCheckTests {

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
	JdbcClient jdbc;

	CurrentUser client;

	String clientName;

	String strangerName;

	String suffix;

	Long id;

	@BeforeEach
	void setUp() {
		this.suffix = Long.toString(System.nanoTime(), 36);
		this.clientName = "tc.client." + this.suffix;
		this.strangerName = "tc.other." + this.suffix;
		TestUsers.ensure(this.accounts, this.organisations, this.clientName, "Tuula Client", "TC Client " + this.suffix,
				Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, this.strangerName, "Olli Other", "TC Other " + this.suffix,
				Role.MANAGER);
		this.client = (CurrentUser) this.users.loadUserByUsername(this.clientName);
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Checked " + this.suffix)
				.between(this.organisations.findOrAdd("TC Client " + this.suffix),
						this.organisations.findOrAdd("TC Partner " + this.suffix))
				.goLive(LocalDate.of(2026, 1, 1))
				.contract(ContractModel.FIXED_TERM, 36)
				.paybackMonth(12)
				.onboarding(100, 5_000L)
				.terms(), "Test")
			.getId();
	}

	@Test
	void typedTermsOfANewEngagementShowTheirPhasesPaybackAndFlagsWhileNothingIsStored() {
		long before = engagementCount();
		String answer = text(check("/engagements/preview", "en", "name", "", "newClientOrganisation",
				"Never Stored " + this.suffix, "goLiveDate", "2030-02-01", "contractModel", "PILOT", "contractMonths",
				"6", "expectedPaybackMonth", "2"));

		assertThat(answer).doesNotContain("<html", "<form")
			.contains("What these terms mean", "Start-up", "1 Feb 2030 – 30 Apr 2030", "Learning",
					"1 May 2030 – 31 Jul 2030", "from 1 Nov 2030",
					"No business case yet; these terms expect payback " + "in month 2.", "Pilot or trial period",
					"Commitment ends too early", "3 critical flags");
		assertThat(engagementCount()).isEqualTo(before);
		assertThat(this.organisations.all()).noneMatch((o) -> o.getName().startsWith("Never Stored"));

		// The same terms made for a journey: the flags they raised are gone.
		String journey = text(check("/engagements/preview", "en", "goLiveDate", "2030-02-01", "contractModel",
				"PARTNERSHIP", "contractMonths", "36", "expectedPaybackMonth", "12", "onboardingHours", "300",
				"learningPlan", "Weekly calibration with the partner's team leads through learning.", "goals[0].type",
				"CUSTOMER_EXPERIENCE", "goals[0].selected", "true", "goals[0].targetMonth", "12"));
		assertThat(journey).doesNotContain("Pilot or trial period", "Commitment ends too early",
				"No plan for the learning period", "No onboarding investment");
	}

	@Test
	void aFieldTypedWrongIsNamedInTheCheckInBothLanguages() {
		assertThat(text(check("/engagements/preview", "en", "goLiveDate", "2030-02-01", "contractModel", "PILOT",
				"contractMonths", "six")))
			.contains("Correct these first", "Contract length in months: Enter a whole number.")
			.doesNotContain("Start-up");
		assertThat(text(
				check("/engagements/preview", "fi", "goLiveDate", "", "contractModel", "PILOT", "contractMonths", "6")))
			.contains("Korjaa ensin nämä", "Käynnistyspäivä");
	}

	@Test
	void withoutScriptTheButtonGivesTheFormBackAsTypedWithTheCheckJudgingOnlyTheFieldsItReads() {
		MvcTestResult result = this.mvc.post()
			.uri("/engagements/preview?lang=en")
			.with(csrf())
			.with(user(this.client))
			.param("name", "")
			.param("goLiveDate", "2030-02-01")
			.param("contractModel", "PILOT")
			.param("contractMonths", "6")
			.param("onboardingHours", "lots")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(text(result))
			.contains("<form", "value=\"2030-02-01\"", "value=\"lots\"", "Onboarding hours: Enter a whole number.",
					"id=\"onboardingHours-error\"")
			// The name is not typed yet: no reason to refuse a check.
			.doesNotContain("id=\"name-error\"");

		String checked = text(this.mvc.post()
			.uri("/engagements/preview?lang=fi")
			.with(csrf())
			.with(user(this.client))
			.param("goLiveDate", "2030-02-01")
			.param("contractModel", "PILOT")
			.param("contractMonths", "6")
			.exchange());
		assertThat(checked).contains("<form", "Pilotti tai testijakso", "Käynnistysjakso");
	}

	@Test
	void changedTermsOfAnEngagementAreCheckedWithItsBusinessCaseAndTheSavedTermsStay() {
		saveBusinessCase();
		long version = this.engagements.read(this.id, this.client.access(), Engagement::getVersion);
		// 100 onboarding hours as saved: payback in month 7; 1,000 hours typed: month 8.
		assertThat(text(check("/engagements/preview?engagement=" + this.id, "en", editTerms("100"))))
			.contains("The business case plans to pay back in month 7.");
		assertThat(text(check("/engagements/preview?engagement=" + this.id, "en", editTerms("1000"))))
			.contains("The business case plans to pay back in month 8.");
		assertThat(this.engagements.read(this.id, this.client.access(), Engagement::getOnboardingHours)).isEqualTo(100);
		assertThat(this.engagements.read(this.id, this.client.access(), Engagement::getVersion)).isEqualTo(version);
		// The edit form opens with the check of the saved terms.
		assertThat(text(
				this.mvc.get().uri("/engagements/" + this.id + "/edit?lang=en").with(user(this.client)).exchange()))
			.contains("What these terms mean", "The business case plans to pay back in month 7.");

		// Another organisation's engagement is not found, checked or not.
		assertThat(this.mvc.post()
			.uri("/engagements/preview?engagement=" + this.id)
			.with(csrf())
			.with(user((CurrentUser) this.users.loadUserByUsername(this.strangerName)))
			.header("X-Terms-Check", "fragment")
			.params(params(editTerms("100")))
			.exchange()).hasStatus(404);
	}

	@Test
	void aTypedBusinessCaseShowsItsPaybackMonthAndIsNotSaved() {
		saveBusinessCase();
		String saved = this.jdbc.sql("select version from business_case where engagement_id = ?")
			.param(this.id)
			.query(String.class)
			.single();
		String uri = "/engagements/" + this.id + "/business-case/preview";
		assertThat(text(check(uri, "en", caseTerms("0")))).contains("The business case plans to pay back in month 7.");
		// 5,000 of benefit a month (typed with a thousands separator): back by month 5.
		assertThat(text(check(uri, "en", caseTerms("5,000"))))
			.contains("The business case plans to pay back in month 5.");
		assertThat(text(check(uri, "fi", caseTerms("paljon")))).contains("Korjaa ensin nämä");
		assertThat(this.jdbc.sql("select version from business_case where engagement_id = ?")
			.param(this.id)
			.query(String.class)
			.single()).isEqualTo(saved);
		assertThat(this.mvc.post()
			.uri(uri)
			.with(csrf())
			.with(user((CurrentUser) this.users.loadUserByUsername(this.strangerName)))
			.header("X-Terms-Check", "fragment")
			.params(params(caseTerms("0")))
			.exchange()).hasStatus(404);
	}

	@Test
	void theApiChecksTermsWithoutStoringThem() {
		long before = engagementCount();
		MvcTestResult pilot = api(this.clientName, """
				{"goLiveDate": "2030-02-01", "contractModel": "PILOT", "contractMonths": 6, "expectedPaybackMonth": 2}
				""");
		assertThat(pilot).hasStatusOk();
		assertThat(pilot).bodyJson().extractingPath("$.placement.phase").isEqualTo("PRE_LAUNCH");
		assertThat(pilot).bodyJson().extractingPath("$.phases[0].start").isEqualTo("2030-02-01");
		assertThat(pilot).bodyJson().extractingPath("$.phases[0].end").isEqualTo("2030-05-01");
		assertThat(pilot).bodyJson()
			.extractingPath("$.flags[*].code")
			.asArray()
			.contains("PILOT_MODEL", "SHORT_COMMITMENT", "EARLY_PAYBACK");
		assertThat(pilot).bodyJson().extractingPath("$.businessCase").isEqualTo(false);
		assertThat(pilot).bodyJson().extractingPath("$.plannedPaybackMonth").isNull();

		MvcTestResult withCase = api(this.clientName, """
				{"engagementId": %d, "goLiveDate": "2026-01-01", "contractModel": "FIXED_TERM", "contractMonths": 36,
				 "onboardingHours": 100, "onboardingBudgetEur": 5000, "expectedPaybackMonth": 12,
				 "businessCase": {"baselineMonthlyCost": 100000, "plannedMonthlyCost": {"START_UP": 110000,
				  "LEARNING": 90000, "ESTABLISHED": 70000, "CONTINUOUS_DEVELOPMENT": 70000},
				  "investments": {"hourlyRate": 50}}}
				""".formatted(this.id));
		assertThat(withCase).hasStatusOk();
		assertThat(withCase).bodyJson().extractingPath("$.plannedPaybackMonth").isEqualTo(7);
		assertThat(withCase).bodyJson().extractingPath("$.businessCase").isEqualTo(true);
		assertThat(engagementCount()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from business_case where engagement_id = ?")
			.param(this.id)
			.query(Long.class)
			.single()).isZero();

		assertThat(api(this.strangerName, """
				{"engagementId": %d, "goLiveDate": "2026-01-01", "contractModel": "FIXED_TERM", "contractMonths": 36}
				""".formatted(this.id))).hasStatus(404);
		assertThat(api(this.clientName, """
				{"goLiveDate": "2030-02-01", "contractModel": "PILOT", "contractMonths": 0}
				""")).hasStatus(400).bodyText().contains("contractMonths");
		assertThat(api(this.clientName, """
				{"goLiveDate": "2030-02-01", "contractModel": "PILOT", "contractMonths": 6,
				 "goals": [{"type": "SCALABILITY", "targetMonth": 12}, {"type": "SCALABILITY", "targetMonth": 14}]}
				""")).hasStatus(400).bodyText().contains("goals[1].type");
	}

	private MvcTestResult check(String uri, String lang, String... fields) {
		return this.mvc.post()
			.uri(uri + (uri.contains("?") ? "&" : "?") + "lang=" + lang)
			.with(csrf())
			.with(user(this.client))
			.header("X-Terms-Check", "fragment")
			.params(params(fields))
			.exchange();
	}

	private static org.springframework.util.MultiValueMap<String, String> params(String... fields) {
		org.springframework.util.MultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			params.add(fields[i], fields[i + 1]);
		}
		return params;
	}

	private static String[] editTerms(String onboardingHours) {
		return new String[] { "goLiveDate", "2026-01-01", "contractModel", "FIXED_TERM", "contractMonths", "36",
				"expectedPaybackMonth", "12", "onboardingHours", onboardingHours, "onboardingBudgetEur", "5000" };
	}

	private static String[] caseTerms(String benefit) {
		return new String[] { "currency", "EUR", "costModel", "PER_PHASE", "baselineMonthlyCost", "100000",
				"costStartUp", "110000", "costLearning", "90000", "costEstablished", "70000", "costContinuous", "70000",
				"hourlyRate", "50", "plannedMonthlyBenefit", benefit };
	}

	private void saveBusinessCase() {
		assertThat(this.mvc.post()
			.uri("/engagements/" + this.id + "/business-case")
			.with(csrf())
			.with(user(this.client))
			.params(params(caseTerms("0")))
			.exchange()).hasStatus3xxRedirection();
	}

	private MvcTestResult api(String username, String body) {
		return this.mvc.post()
			.uri("/api/engagements/preview")
			.with(httpBasic(username, TestUsers.PASSWORD))
			.accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private long engagementCount() {
		return this.jdbc.sql("select count(*) from engagement").query(Long.class).single();
	}

	private static String text(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
