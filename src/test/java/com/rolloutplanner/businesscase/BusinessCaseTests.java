package com.rolloutplanner.businesscase;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.quickwin.AssessedFlag;
import com.rolloutplanner.quickwin.FlagCode;
import com.rolloutplanner.quickwin.QuickWinAssessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The business case page, its actuals, its flags and its listing, on the real database.
 */
@RolloutIntegrationTest
class BusinessCaseTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Engagements engagements;

	@Autowired
	BusinessCases cases;

	@Autowired
	QuickWinAssessor assessor;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	CurrentUser client;

	CurrentUser partner;

	CurrentUser stranger;

	Engagement engagement;

	String engagementName;

	Organisation clientOrg;

	Organisation partnerOrg;

	@BeforeEach
	void setUp() {
		String suffix = Long.toString(System.nanoTime(), 36);
		TestUsers.ensure(this.accounts, this.organisations, "bc.client." + suffix, "Bea Client", "BC Client " + suffix,
				Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "bc.partner." + suffix, "Pasi Partner",
				"BC Partner " + suffix, Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "bc.other." + suffix, "Olli Other", "BC Other " + suffix,
				Role.MANAGER);
		this.client = (CurrentUser) this.users.loadUserByUsername("bc.client." + suffix);
		this.partner = (CurrentUser) this.users.loadUserByUsername("bc.partner." + suffix);
		this.stranger = (CurrentUser) this.users.loadUserByUsername("bc.other." + suffix);
		Organisation clientOrg = this.organisations.findOrAdd("BC Client " + suffix);
		Organisation partnerOrg = this.organisations.findOrAdd("BC Partner " + suffix);
		this.engagementName = "Money journey " + suffix;
		this.clientOrg = clientOrg;
		this.partnerOrg = partnerOrg;
		// Onboarding hours of the terms, no budget: the hourly rate of each case values
		// them.
		this.engagement = this.engagements.create(terms(50, null), "Test");
	}

	private com.rolloutplanner.engagement.EngagementTerms terms(Integer onboardingHours, Long onboardingBudget) {
		return EngagementBuilder.anEngagement()
			.name(this.engagementName)
			.between(this.clientOrg, this.partnerOrg)
			.goLive(LocalDate.of(2026, 6, 1))
			.contract(ContractModel.FIXED_TERM, 36)
			.paybackMonth(8)
			.onboarding(onboardingHours, onboardingBudget)
			.terms();
	}

	/** The engagement's terms again with other onboarding. */
	private void reviseOnboarding(Integer hours, Long budget) {
		long version = this.engagements.read(id(), this.client.access(), Engagement::getVersion);
		this.engagements.revise(id(), version, terms(hours, budget), this.client.access(), "Test");
	}

	@Test
	void onboardingIsOneFactOfTheTermsThatTheFlagsAndTheBusinessCaseRead() {
		save(this.client, "costModel", "PER_PHASE", "baselineMonthlyCost", "100000", "costStartUp", "110000",
				"costLearning", "90000", "costEstablished", "70000", "costContinuous", "70000", "hourlyRate", "50",
				"onboardingBudget", "99999");
		// 50 hours of the terms at 50 an hour; a budget sent to the case is not taken
		assertThat(this.cases.view(id(), this.client.access()).orElseThrow().totalInvestment())
			.isEqualByComparingTo("2500");
		assertThat(codes()).doesNotContain(FlagCode.NO_ONBOARDING_INVESTMENT);
		assertThat(this.mvc.get().uri(page() + "?lang=en").with(user(this.client))).bodyText()
			.contains("Onboarding is part of the engagement&#39;s terms: 50 h and a budget of €0.",
					"/engagements/" + id() + "/edit#onboardingHours")
			.doesNotContain("name=\"onboardingBudget\"", "name=\"onboardingHoursClient\"");

		reviseOnboarding(null, null);
		assertThat(this.cases.view(id(), this.client.access()).orElseThrow().totalInvestment())
			.isEqualByComparingTo("0");
		assertThat(codes()).contains(FlagCode.NO_ONBOARDING_INVESTMENT);
		assertThat(this.mvc.get().uri(page() + "?lang=en").with(user(this.client))).bodyText()
			.contains("The engagement&#39;s terms plan no onboarding hours or budget.");

		reviseOnboarding(100, 5_000L);
		assertThat(this.cases.view(id(), this.client.access()).orElseThrow().totalInvestment())
			.isEqualByComparingTo("10000");
		assertThat(codes()).doesNotContain(FlagCode.NO_ONBOARDING_INVESTMENT);
		assertThat(listedState()).isEqualTo("NO_ACTUALS");
	}

	@Test
	void aManagerSetsUpTheBusinessCaseAndSeesItsCurveAndPaybackMonths() {
		MvcTestResult saved = save(this.client, "costModel", "PER_PHASE", "baselineMonthlyCost", "100 000",
				"costStartUp", "110000", "costLearning", "90000", "costEstablished", "70000", "costContinuous", "70000",
				"hourlyRate", "80", "transitionCosts", "6000");

		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl(page());
		BusinessCaseView view = this.cases.view(id(), this.partner.access()).orElseThrow();
		assertThat(view.totalInvestment()).isEqualByComparingTo("10000");
		assertThat(view.curve().plannedPaybackMonth()).isEqualTo(7);
		assertThat(view.curve().longerDipPaybackMonth()).isEqualTo(8);
		assertThat(view.curve().horizon()).isEqualTo(36);
		assertThat(view.state()).isEqualTo(PaybackState.NO_ACTUALS);
		assertThat(this.mvc.get().uri(page()).with(user(this.partner))).hasStatusOk()
			.bodyText()
			.contains("class=\"payback-svg\"", "payback-planned", "month 7 (Established production)", "no actuals yet",
					"€10,000: onboarding budget €0 and 50 h at €80 (from the engagement&#39;s terms), transition €6,000");
		assertThat(historyKeys()).contains("history.entry.businessCaseCreated");
	}

	@Test
	void aSteadyFeeWithASurchargeBecomesTheCostOfEachPhase() {
		save(this.client, "costModel", "STEADY_FEE", "baselineMonthlyCost", "100000", "steadyFee", "80000",
				"startUpSurcharge", "25000", "transitionCosts", "10000");

		BusinessCaseTerms terms = this.cases.view(id(), this.client.access()).orElseThrow().terms();
		assertThat(terms.costStartUp()).isEqualByComparingTo("105000");
		assertThat(terms.costLearning()).isEqualByComparingTo("80000");
		assertThat(terms.costEstablished()).isEqualByComparingTo("80000");
		assertThat(terms.costContinuous()).isEqualByComparingTo("80000");
		assertThat(terms.steadyFee()).isEqualByComparingTo("80000");
	}

	@Test
	void badAmountsAreRefusedAtTheirFieldsAndNothingIsSaved() {
		MvcTestResult refused = save(this.client, "costModel", "PER_PHASE", "currency", "XYZ", "baselineMonthlyCost",
				"-5", "costStartUp", "1e5", "costLearning", "", "costEstablished", "1000000000", "costContinuous",
				"0.001", "hourlyRate", "100000");

		assertThat(refused).hasStatusOk();
		assertThat(refused).bodyText()
			.contains("Enter a currency code such as EUR.",
					"Enter an amount of at least 0 and under 1,000,000,000, with at most two decimals.",
					"Enter a number, such as 82.5.", "Fill this in.",
					"Enter an hourly rate of at least 0 and under 100,000", "aria-invalid=\"true\"");
		assertThat(this.cases.view(id(), this.client.access())).isEmpty();
		assertThat(this.mvc.get().uri(page()).with(user(this.client)).header("Accept-Language", "fi")).bodyText()
			.contains("Laadi kannattavuuslaskelma");
	}

	@Test
	void aChangeBasedOnAnOldVersionIsRefusedAndEachChangedFieldIsInTheHistory() {
		save(this.client, "costModel", "PER_PHASE", "baselineMonthlyCost", "100000", "costStartUp", "110000",
				"costLearning", "90000", "costEstablished", "70000", "costContinuous", "70000");
		save(this.partner, "version", "0", "costModel", "PER_PHASE", "baselineMonthlyCost", "100000", "costStartUp",
				"120000", "costLearning", "90000", "costEstablished", "70000", "costContinuous", "70000");

		MvcTestResult stale = save(this.client, "version", "0", "costModel", "PER_PHASE", "baselineMonthlyCost",
				"90000", "costStartUp", "110000", "costLearning", "90000", "costEstablished", "70000", "costContinuous",
				"70000");

		assertThat(stale).hasStatusOk().bodyText().contains("Someone else saved the business case");
		assertThat(this.cases.view(id(), this.client.access()).orElseThrow().terms().costStartUp())
			.isEqualByComparingTo("120000");
		assertThat(historyKeys()).contains("history.entry.businessCaseChanged");
	}

	@Test
	void actualsAreRecordedByFormAndImportedAllOrNothingAndMoveTheListing() {
		save(this.client, "costModel", "PER_PHASE", "baselineMonthlyCost", "100", "costStartUp", "110", "costLearning",
				"90", "costEstablished", "70", "costContinuous", "70", "transitionCosts", "10");
		assertThat(listedState()).isEqualTo("NO_ACTUALS");

		assertThat(this.mvc.post()
			.uri(page() + "/actuals")
			.with(csrf())
			.with(user(this.partner))
			.param("month", "1")
			.param("cost", "110,00")
			.param("benefit", "")).hasStatus3xxRedirection();
		MvcTestResult badMonth = this.mvc.post()
			.uri(page() + "/actuals")
			.with(csrf())
			.with(user(this.partner))
			.param("month", "241")
			.param("cost", "-1")
			.param("benefit", "abc")
			.exchange();
		assertThat(badMonth).hasStatusOk()
			.bodyText()
			.contains("Enter a month of the journey from 1 to 240.", "id=\"actual-cost-error\"",
					"id=\"actual-benefit-error\"", "value=\"241\"");

		var refused = this.mvc.post()
			.uri(page() + "/import")
			.with(csrf())
			.with(user(this.client))
			.param("csv", "month,cost,benefit\n2,110,\n3,x,0\n2,100,0\n")
			.exchange();
		assertThat(refused).hasStatus3xxRedirection();
		assertThat(refused.getMvcResult().getFlashMap().get("importProblems")).asString()
			.contains("csvCosts.cost", "csvCosts.twice");
		assertThat(this.cases.view(id(), this.client.access()).orElseThrow().actuals()).hasSize(1);

		assertThat(this.mvc.post()
			.uri(page() + "/import")
			.with(csrf())
			.with(user(this.client))
			.param("csv", "\uFEFFmonth,cost,benefit\n2,110,\n3,110,0\n4,95,0\n5,95,0\n6,95,0\n"))
			.hasStatus3xxRedirection();

		BusinessCaseView view = this.cases.view(id(), this.client.access()).orElseThrow();
		assertThat(view.actuals()).hasSize(6);
		assertThat(view.curve().projectedPaybackMonth()).isEqualTo(11);
		assertThat(listedState()).isEqualTo("LATER_THAN_PLANNED");
		assertThat(historyKeys()).contains("history.entry.costActual", "history.entry.costImported");

		assertThat(this.mvc.post().uri(page() + "/actuals/6/delete").with(csrf()).with(user(this.client)))
			.hasStatus3xxRedirection();
		assertThat(this.cases.view(id(), this.client.access()).orElseThrow().actuals()).hasSize(5);
	}

	@Test
	void amountsWithThousandsSeparatorsAreReadByTheReadersLanguageAndWhatCouldBeReadTwoWaysIsRefused() {
		save(this.client, "costModel", "PER_PHASE", "baselineMonthlyCost", "120,000.50", "costStartUp", "110 000",
				"costLearning", "90000", "costEstablished", "70000", "costContinuous", "70000");
		assertThat(this.cases.view(id(), this.client.access()).orElseThrow().terms().baselineMonthlyCost())
			.isEqualByComparingTo("120000.50");
		assertThat(this.cases.view(id(), this.client.access()).orElseThrow().terms().costStartUp())
			.isEqualByComparingTo("110000");

		assertThat(this.mvc.post()
			.uri(page() + "/actuals")
			.with(csrf())
			.with(user(this.client))
			.param("month", "1")
			.param("cost", "120,000")
			.param("benefit", "")).hasStatus3xxRedirection();
		assertThat(this.cases.view(id(), this.client.access()).orElseThrow().actuals().get(0).cost())
			.isEqualByComparingTo("120000");

		MvcTestResult finnish = this.mvc.post()
			.uri(page() + "/actuals")
			.with(csrf())
			.with(user(this.client))
			.header("Accept-Language", "fi")
			.param("month", "2")
			.param("cost", "120,000")
			.param("benefit", "0x10")
			.exchange();
		assertThat(finnish).hasStatusOk()
			.bodyText()
			.contains("tarkoititko 120\u00a0000?", "id=\"actual-benefit-error\"", "value=\"120,000\"");
		MvcTestResult foreignDigits = this.mvc.post()
			.uri(page() + "/actuals")
			.with(csrf())
			.with(user(this.client))
			.param("month", "2")
			.param("cost", "\u0661\u0662\u0663")
			.exchange();
		assertThat(foreignDigits).hasStatusOk().bodyText().contains("id=\"actual-cost-error\"");

		assertThat(this.mvc.post()
			.uri(page() + "/import")
			.with(csrf())
			.with(user(this.client))
			.param("csv", "month,cost,benefit\n3,\"1,000\",0\n")).hasStatus3xxRedirection();
		assertThat(this.cases.view(id(), this.client.access()).orElseThrow().actuals())
			.extracting((a) -> a.cost().stripTrailingZeros().toPlainString())
			.containsExactly("120000", "1000");

		var ambiguous = this.mvc.post()
			.uri(page() + "/import")
			.with(csrf())
			.with(user(this.client))
			.header("Accept-Language", "fi")
			.param("csv", "month,cost,benefit\n4,\"5,000\",0\n")
			.exchange();
		assertThat(ambiguous.getMvcResult().getFlashMap().get("importProblems")).asString()
			.contains("csvCosts.ambiguous", "5\u00a0000");
		assertThat(this.cases.view(id(), this.client.access()).orElseThrow().actuals()).hasSize(2);

		MvcTestResult formInFinnish = this.mvc.post()
			.uri(page())
			.with(csrf())
			.with(user(this.client))
			.header("Accept-Language", "fi")
			.param("version", "0")
			.param("costModel", "PER_PHASE")
			.param("currency", "EUR")
			.param("baselineMonthlyCost", "100.000")
			.param("costStartUp", "110000")
			.param("costLearning", "90000")
			.param("costEstablished", "70000")
			.param("costContinuous", "70000")
			.exchange();
		assertThat(formInFinnish).hasStatusOk().bodyText().contains("tarkoititko 100\u00a0000?");
		assertThat(this.cases.view(id(), this.client.access()).orElseThrow().terms().baselineMonthlyCost())
			.isEqualByComparingTo("120000.50");
	}

	@Test
	void aPlanWithoutAStartUpLossOrPayingBackAfterTheContractIsFlagged() {
		save(this.client, "costModel", "PER_PHASE", "baselineMonthlyCost", "100", "costStartUp", "90", "costLearning",
				"90", "costEstablished", "90", "costContinuous", "90");

		assertThat(codes()).contains(FlagCode.NO_START_UP_LOSS, FlagCode.EARLY_PLANNED_PAYBACK,
				FlagCode.PAYBACK_MONTH_MISMATCH);
		assertThat(this.mvc.get().uri("/engagements/" + id()).with(user(this.client))).bodyText()
			.contains("The business case shows no loss in start-up", "/business-case#terms",
					"Payback too early in the business case (the month its figures give)");

		save(this.client, "version", "0", "costModel", "PER_PHASE", "baselineMonthlyCost", "100", "costStartUp", "110",
				"costLearning", "100", "costEstablished", "100", "costContinuous", "99.5", "transitionCosts", "20");

		assertThat(codes()).contains(FlagCode.PAYBACK_AFTER_CONTRACT)
			.doesNotContain(FlagCode.NO_START_UP_LOSS, FlagCode.EARLY_PLANNED_PAYBACK);
		assertThat(historyKeys()).contains("history.entry.flagRaised");
	}

	@Test
	void anotherOrganisationNeitherSeesNorChangesTheBusinessCase() {
		save(this.client, "costModel", "PER_PHASE", "baselineMonthlyCost", "100", "costStartUp", "110", "costLearning",
				"90", "costEstablished", "70", "costContinuous", "70");

		assertThat(this.mvc.get().uri(page()).with(user(this.stranger))).hasStatus(404);
		assertThat(this.mvc.post()
			.uri(page() + "/actuals")
			.with(csrf())
			.with(user(this.stranger))
			.param("month", "1")
			.param("cost", "1")).hasStatus(404);
		assertThat(save(this.stranger, "costModel", "PER_PHASE", "baselineMonthlyCost", "1", "costStartUp", "1",
				"costLearning", "1", "costEstablished", "1", "costContinuous", "1"))
			.hasStatus(404);
		assertThat(this.cases.view(id(), this.client.access()).orElseThrow().terms().baselineMonthlyCost())
			.isEqualByComparingTo("100");
	}

	private MvcTestResult save(CurrentUser who, String... fields) {
		var request = this.mvc.post().uri(page()).with(csrf()).with(user(who));
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	private java.util.List<FlagCode> codes() {
		return this.assessor
			.assess(id(), this.engagement.getGoLiveDate(),
					this.engagements.read(id(), this.client.access(), Engagement::quickWinSubject))
			.flags()
			.stream()
			.map(AssessedFlag::flag)
			.map(com.rolloutplanner.quickwin.Flag::code)
			.toList();
	}

	private java.util.List<String> historyKeys() {
		return this.jdbc.sql("select message_key from history_entry where engagement_id = ?")
			.param(id())
			.query(String.class)
			.list();
	}

	private String listedState() {
		return this.jdbc.sql("select payback_state from engagement_listing where engagement_id = ?")
			.param(id())
			.query(String.class)
			.single();
	}

	private Long id() {
		return this.engagement.getId();
	}

	private String page() {
		return "/engagements/" + id() + "/business-case";
	}

}
