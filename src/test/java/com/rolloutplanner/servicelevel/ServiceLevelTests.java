package com.rolloutplanner.servicelevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A KPI's service level walked as the managers meet it: proposed from the expected band,
 * agreed, listed with the credits it makes, changed, refused when typed wrong, removed;
 * and the same through the API.
 */
@RolloutIntegrationTest
class ServiceLevelTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Engagements engagements;

	@Autowired
	Kpis kpis;

	@Autowired
	ServiceLevels levels;

	@Autowired
	com.rolloutplanner.meeting.Meetings meetings;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	CurrentUser client;

	CurrentUser stranger;

	String strangerName;

	String clientName;

	Long id;

	Long csat;

	@BeforeEach
	void setUp() {
		String suffix = Long.toString(System.nanoTime(), 36);
		this.clientName = "sl.client." + suffix;
		this.strangerName = "sl.other." + suffix;
		TestUsers.ensure(this.accounts, this.organisations, this.clientName, "Sini Client", "SL Client " + suffix,
				Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, this.strangerName, "Olli Other", "SL Other " + suffix,
				Role.MANAGER);
		this.client = (CurrentUser) this.users.loadUserByUsername(this.clientName);
		this.stranger = (CurrentUser) this.users.loadUserByUsername(this.strangerName);
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Glide path " + suffix)
				.between(this.organisations.findOrAdd("SL Client " + suffix),
						this.organisations.findOrAdd("SL Partner " + suffix))
				.goLive(LocalDate.of(2026, 1, 1))
				.contract(ContractModel.FIXED_TERM, 36)
				.paybackMonth(12)
				.onboarding(100, 5_000L)
				.terms(), "Test")
			.getId();
		this.csat = this.kpis
			.add(this.id,
					new Kpi.Settings("CSAT", "%", KpiKind.QUALITY, Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(80),
							BigDecimal.valueOf(90), 9, BigDecimal.TEN),
					this.client)
			.getId();
	}

	@Test
	void aManagerAgreesTheProposedGlidePathAndSeesTheCreditsItMakesMonthByMonth() {
		assertThat(page(credits())).contains("No service level agreed.", "Agree a service level for CSAT",
				"No KPI has a service level yet");
		// The proposal: a holiday through start-up, the band's worst edge in learning,
		// the target from established production.
		assertThat(page(level())).contains("Proposed from the expected band", "value=\"4\"", "value=\"74.67\"",
				"value=\"77.33\"", "value=\"80\"", "value=\"7\"", "value=\"90\"", "value=\"5\"", "value=\"3\"");

		assertThat(agree("steps[0].fromMonth", "4", "steps[0].target", "75", "steps[1].fromMonth", "7",
				"steps[1].target", "90", "creditPercent", "5", "earnBackMonths", "2"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl(credits());
		saveBusinessCase();
		record(2, "60");
		record(4, "70");
		record(5, "80");
		record(6, "76");

		ServiceLevels.Credits credits = this.levels.credits(this.id, this.client.access());
		assertThat(credits.currency()).isEqualTo("EUR");
		// Month 2 in the holiday: 5 % of start-up's 110,000 held; month 4 missed: 5 % of
		// learning's 90,000 due, earned back by months 5 and 6 met.
		assertThat(credits.table().heldByHoliday()).isEqualByComparingTo("5500");
		assertThat(credits.table().due()).isEqualByComparingTo("4500");
		assertThat(credits.table().earnedBack()).isEqualByComparingTo("4500");
		assertThat(page(credits())).contains("holiday before month 4; targets month 4: 75 · month 7: 90; 5 % a missed "
				+ "month, earned back after 2 months met", "€5,500", "€4,500", "Month", "4 (Learning)");
		assertThat(historyKeys()).contains("history.entry.serviceLevelAgreed");
		assertThat(page("/engagements/" + this.id + "/report")).contains(
				"service levels of 1 KPI; due €4,500, held by the " + "holiday €5,500, earned back €4,500, net €0.");
		assertThat(page("/engagements/" + this.id + "/kpis")).contains("class=\"chart-contract\"",
				"Agreed service level");

		// Changed on the form as saved: no earn-back, so month 4 stays due.
		String version = versionOnForm();
		assertThat(page(level())).contains("value=\"75\"").doesNotContain("Proposed from the expected band");
		assertThat(agree("steps[0].fromMonth", "4", "steps[0].target", "75", "creditPercent", "5", "earnBackMonths",
				"0", "version", version))
			.hasStatus3xxRedirection();
		assertThat(versionOnForm()).isNotEqualTo(version);
		assertThat(this.levels.credits(this.id, this.client.access()).table().net()).isEqualByComparingTo("4500");
		assertThat(page(credits()))
			.contains("holiday before month 4; targets month 4: 75; 5 % a missed month, never " + "earned back");
		// A change from the version seen before is refused, what was typed kept.
		assertThat(agree("steps[0].fromMonth", "5", "steps[0].target", "75", "creditPercent", "5", "earnBackMonths",
				"0", "version", version))
			.hasStatusOk()
			.bodyText()
			.contains("Someone changed this service level", "value=\"5\"");

		assertThat(this.mvc.post().uri(level() + "/delete").with(csrf()).with(user(this.client)).exchange())
			.hasStatus3xxRedirection();
		assertThat(this.levels.level(this.id, this.csat, this.client.access()).agreed()).isFalse();
		assertThat(historyKeys()).contains("history.entry.serviceLevelRemoved");
		assertThat(page(credits())).contains("No KPI has a service level yet");
	}

	@Test
	void aFullServiceLevelFromGoLiveIsFlaggedCriticalUntilTheSidesAgreeAGlidePath() {
		assertThat(
				agree("steps[0].fromMonth", "1", "steps[0].target", "90", "creditPercent", "10", "earnBackMonths", "0"))
			.hasStatus3xxRedirection();
		assertThat(page("/engagements/" + this.id)).contains("<h3>Full service level from go-live: CSAT</h3>",
				"href=\"/engagements/" + this.id + "/service-credits\"");
		assertThat(flags()).contains("FULL_SERVICE_LEVEL_FROM_GO_LIVE");

		assertThat(agree("steps[0].fromMonth", "2", "steps[0].target", "80", "creditPercent", "10", "earnBackMonths",
				"0", "version", versionOnForm()))
			.hasStatus3xxRedirection();
		assertThat(flags()).contains("CREDITS_EXPECTED_IN_START_UP").doesNotContain("FULL_SERVICE_LEVEL_FROM_GO_LIVE");

		assertThat(agree("steps[0].fromMonth", "4", "steps[0].target", "80", "creditPercent", "10", "earnBackMonths",
				"0", "version", versionOnForm()))
			.hasStatus3xxRedirection();
		assertThat(flags()).doesNotContain("CREDITS_EXPECTED_IN_START_UP", "FULL_SERVICE_LEVEL_FROM_GO_LIVE");
		assertThat(historyKeys()).contains("history.entry.flagRaised", "history.entry.flagCleared");
	}

	private List<String> flags() {
		return this.jdbc.sql("select code from raised_flag where engagement_id = ?")
			.param(this.id)
			.query(String.class)
			.list();
	}

	@Test
	void theAgendaNamesAKpiBelowItsAgreedServiceLevelAndNotOneInTheHoliday() {
		this.levels.agree(this.id, this.csat, new GlidePath(List.of(new GlidePath.Step(4, new BigDecimal("75"))), 5, 0),
				null, this.client);
		record(3, "60");
		Long meeting = this.meetings.schedule(this.id,
				new com.rolloutplanner.steering.Arrangement(com.rolloutplanner.steering.MeetingKind.STEERING_GROUP,
						java.time.LocalDateTime.of(2026, 11, 20, 13, 0), 60, "Room 1", null, java.util.Set.of()),
				this.client);
		String agenda = "/engagements/" + this.id + "/meetings/" + meeting;
		assertThat(page(agenda)).doesNotContain("below its agreed service level");

		record(4, "70");
		assertThat(page(agenda)).contains("CSAT: below its agreed service level in month 4 (70 % against 75 %)");
		record(4, "75");
		assertThat(page(agenda)).doesNotContain("below its agreed service level");
	}

	@Test
	void theAgendaSaysWhatCreditsWereDueAndWhichWereEarnedBack() {
		this.levels.agree(this.id, this.csat, new GlidePath(List.of(new GlidePath.Step(4, new BigDecimal("75"))), 5, 2),
				null, this.client);
		saveBusinessCase();
		record(4, "70");
		record(5, "80");
		record(6, "80");
		Long meeting = this.meetings.schedule(this.id,
				new com.rolloutplanner.steering.Arrangement(com.rolloutplanner.steering.MeetingKind.STEERING_GROUP,
						java.time.LocalDateTime.of(2026, 11, 20, 13, 0), 60, "Room 1", null, java.util.Set.of()),
				this.client);
		String agenda = "/engagements/" + this.id + "/meetings/" + meeting;
		// Month 4 missed (5 % of learning's 90,000), met again in months 5 and 6.
		assertThat(page(agenda)).contains("Service credits before this month: due €4,500, earned back €4,500, net €0.",
				"Credits earned back by the KPIs met again: months 4.");

		record(6, "70");
		assertThat(page(agenda)).contains("Service credits before this month: due €9,000, earned back €0, net €9,000.")
			.doesNotContain("Credits earned back by the KPIs met again");
	}

	@Test
	void twoFirstServiceLevelsAndCapsSavedAtOnceLeaveOneOfThemAndAnswerTheOtherWithAConflict() throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				this.levels.remove(this.id, this.csat, this.client);
				java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
				List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
				for (String target : List.of("75", "76")) {
					answers.add(pool.submit(() -> {
						start.await();
						return api("PUT", apiLevel(), this.clientName, "{\"steps\": [{\"fromMonth\": 4, \"target\": "
								+ target + "}], \"creditPercent\": 5, \"earnBackMonths\": 0}")
							.getResponse()
							.getStatus();
					}));
				}
				for (String percent : List.of("10", "20")) {
					answers.add(pool.submit(() -> {
						start.await();
						return api("PUT", "/api/engagements/" + this.id + "/service-credits/cap", this.clientName,
								"{\"creditCapPercent\": " + percent + "}")
							.getResponse()
							.getStatus();
					}));
				}
				start.countDown();
				List<Integer> statuses = new java.util.ArrayList<>();
				for (java.util.concurrent.Future<Integer> answer : answers) {
					statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
				}
				assertThat(statuses).as("round %d", round).allMatch((status) -> status == 200 || status == 409);
				assertThat(statuses.subList(0, 2)).contains(200);
				assertThat(statuses.subList(2, 4)).contains(200);
				assertThat(this.levels.level(this.id, this.csat, this.client.access()).path().target(4))
					.isIn(new BigDecimal("75"), new BigDecimal("76"));
				assertThat(this.levels.cap(this.id, this.client.access())).isIn(10, 20);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void whatIsTypedWrongIsRefusedAtItsFieldInBothLanguagesAndNothingIsSaved() throws Exception {
		MvcTestResult refused = agree("steps[0].fromMonth", "7", "steps[0].target", "90", "steps[1].fromMonth", "4",
				"steps[1].target", "80", "steps[2].fromMonth", "0", "steps[2].target", "10000000000000",
				"steps[3].fromMonth", "x", "creditPercent", "25", "earnBackMonths", "-1");

		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("Each month must come after the one above.", "Enter a month of the journey from 1 to 240.",
					"Enter a target between", "Enter a whole number.", "Enter a whole number from 0 to 20.",
					"Enter a whole number from 0 to 12.", "aria-invalid=\"true\"", "href=\"#steps1.fromMonth\"");
		assertThat(agree("creditPercent", "5", "earnBackMonths", "0")).bodyText()
			.contains("Enter at least one target with its month.");
		assertThat(this.mvc.post()
			.uri(level())
			.with(csrf())
			.with(user(this.client))
			.header("Accept-Language", "fi")
			.param("steps[0].fromMonth", "0")
			.param("creditPercent", "5")
			.param("earnBackMonths", "0")
			.exchange()).bodyText().contains("Anna matkan kuukausi väliltä 1–240.");
		assertThat(this.levels.level(this.id, this.csat, this.client.access()).agreed()).isFalse();

		assertThat(cap("60")).hasStatusOk().bodyText().contains("Enter a whole number from 0 to 50.");
		assertThat(cap("lots")).hasStatusOk().bodyText().contains("Enter a whole number.");
		assertThat(this.levels.cap(this.id, this.client.access())).isEqualTo(15);
		assertThat(cap("10")).hasStatus3xxRedirection();
		assertThat(this.levels.cap(this.id, this.client.access())).isEqualTo(10);
		assertThat(historyKeys()).contains("history.entry.creditCapChanged");
	}

	@Test
	void anotherOrganisationFindsNothingOnAnyRoute() {
		this.levels.agree(this.id, this.csat, new GlidePath(List.of(new GlidePath.Step(4, BigDecimal.TEN)), 5, 0), null,
				this.client);

		assertThat(this.mvc.get().uri(level()).with(user(this.stranger))).hasStatus(404);
		assertThat(this.mvc.get().uri(credits()).with(user(this.stranger))).hasStatus(404);
		assertThat(this.mvc.post().uri(level() + "/delete").with(csrf()).with(user(this.stranger)).exchange())
			.hasStatus(404);
		assertThat(this.mvc.post()
			.uri(credits() + "/cap")
			.with(csrf())
			.with(user(this.stranger))
			.param("capPercent", "1")
			.exchange()).hasStatus(404);
		assertThat(api("GET", apiLevel(), this.strangerName, null)).hasStatus(404);
		assertThat(api("GET", "/api/engagements/" + this.id + "/service-credits", this.strangerName, null))
			.hasStatus(404);
		assertThat(api("PUT", "/api/engagements/" + this.id + "/service-credits/cap", this.strangerName,
				"{\"creditCapPercent\": 1}"))
			.hasStatus(404);
		assertThat(this.levels.level(this.id, this.csat, this.client.access()).agreed()).isTrue();
	}

	@Test
	void theApiAgreesReadsAndRemovesAServiceLevelAndAnswersTheCreditsInPercentWithoutABusinessCase() {
		assertThat(api("GET", apiLevel(), this.clientName, null)).hasStatus(404);
		MvcTestResult refused = api("PUT", apiLevel(), this.clientName,
				"{\"steps\": [{\"fromMonth\": 7, \"target\": 90}, {\"fromMonth\": 7, \"target\": 95}], "
						+ "\"creditPercent\": 21, \"earnBackMonths\": 2}");
		assertThat(refused).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("steps[1].fromMonth", "creditPercent");
		assertThat(api("PUT", apiLevel(), this.clientName, "{\"creditPercent\": 5, \"earnBackMonths\": 0}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("steps");

		assertThat(api("PUT", apiLevel(), this.clientName,
				"{\"steps\": [{\"fromMonth\": 4, \"target\": 75.50}], \"creditPercent\": 10, \"earnBackMonths\": 1}"))
			.hasStatusOk();
		assertThat(api("GET", apiLevel(), this.clientName, null)).bodyJson()
			.extractingPath("$.steps[0].target")
			.isEqualTo(75.5);
		assertThat(api("PUT", "/api/engagements/" + this.id + "/service-credits/cap", this.clientName,
				"{\"creditCapPercent\": 51}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("creditCapPercent");
		record(4, "70");
		MvcTestResult credits = api("GET", "/api/engagements/" + this.id + "/service-credits", this.clientName, null);
		assertThat(credits).hasStatusOk().bodyJson().extractingPath("$.currency").isNull();
		assertThat(credits).bodyJson().extractingPath("$.months[3].due").isEqualTo(10);
		assertThat(credits).bodyJson().extractingPath("$.months[3].missed[0]").isEqualTo(this.csat.intValue());
		assertThat(credits).bodyJson().extractingPath("$.totals.net").isEqualTo(10);
		assertThat(page(credits())).contains("10 % of a month&#39;s fee");

		assertThat(api("DELETE", apiLevel(), this.clientName, null)).hasStatus(204);
		assertThat(api("DELETE", apiLevel(), this.clientName, null)).hasStatus(404);
		assertThat(this.mvc.get().uri("/v3/api-docs")).bodyText()
			.contains("/api/engagements/{id}/kpis/{kpiId}/service-level", "/api/engagements/{id}/service-credits");
	}

	@Test
	void aClientCreatesAKpiThroughTheApiAndAgreesItsServiceLevel() {
		String kpis = "/api/engagements/" + this.id + "/kpis";
		String valid = "\"unit\": \"s\", \"kind\": \"EFFICIENCY\", \"direction\": \"LOWER_IS_BETTER\", "
				+ "\"baseline\": 300, \"targetMonth\": 9";
		assertThat(api("POST", kpis, this.clientName, "{\"name\": \"AHT\", \"target\": 320, " + valid + "}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("target");
		assertThat(api("POST", kpis, this.clientName, "{\"name\": \"csat\", \"target\": 270, " + valid + "}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("name");
		assertThat(api("POST", kpis, this.clientName,
				"{\"name\": \"AHT\", \"target\": 270, \"kind\": \"EFFICIENCY\", \"direction\": "
						+ "\"LOWER_IS_BETTER\", \"baseline\": 300, \"targetMonth\": 0}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("targetMonth");
		assertThat(api("POST", kpis, this.strangerName, "{\"name\": \"AHT\", \"target\": 270, " + valid + "}"))
			.hasStatus(404);

		MvcTestResult created = api("POST", kpis, this.clientName,
				"{\"name\": \"AHT\", \"target\": 270, " + valid + "}");
		assertThat(created).hasStatus(201).bodyJson().extractingPath("$.allowedDipPercent").isEqualTo(25);
		Long kpiId = Long.valueOf(created.getResponse().getHeader("Location").replaceAll(".*/", ""));
		assertThat(created).bodyJson().extractingPath("$.id").isEqualTo(kpiId.intValue());
		assertThat(api("PUT", kpis + "/" + kpiId + "/service-level", this.clientName,
				"{\"steps\": [{\"fromMonth\": 4, \"target\": 340}], \"creditPercent\": 5, \"earnBackMonths\": 3}"))
			.hasStatusOk();
		assertThat(this.levels.level(this.id, kpiId, this.client.access()).path().target(5))
			.isEqualByComparingTo("340");
	}

	private MvcTestResult agree(String... fields) {
		var request = this.mvc.post().uri(level()).with(csrf()).with(user(this.client));
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	private MvcTestResult cap(String percent) {
		return this.mvc.post()
			.uri(credits() + "/cap")
			.with(csrf())
			.with(user(this.client))
			.param("capPercent", percent)
			.exchange();
	}

	private MvcTestResult api(String method, String uri, String username, String body) {
		var request = switch (method) {
			case "PUT" -> this.mvc.put().uri(uri);
			case "POST" -> this.mvc.post().uri(uri);
			case "DELETE" -> this.mvc.delete().uri(uri);
			default -> this.mvc.get().uri(uri);
		};
		request = request.with(httpBasic(username, TestUsers.PASSWORD));
		if (!method.equals("DELETE")) {
			request = request.accept(MediaType.APPLICATION_JSON);
		}
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return request.exchange();
	}

	private String page(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri + "?lang=en").with(user(this.client)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String versionOnForm() {
		java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
			.matcher(page(level()));
		assertThat(version.find()).isTrue();
		return version.group(1);
	}

	private void record(int month, String value) {
		this.kpis.record(this.id, this.csat, month, new BigDecimal(value), this.client.access(), "Test");
	}

	private void saveBusinessCase() {
		assertThat(this.mvc.post()
			.uri("/engagements/" + this.id + "/business-case")
			.with(csrf())
			.with(user(this.client))
			.param("costModel", "PER_PHASE")
			.param("baselineMonthlyCost", "100000")
			.param("costStartUp", "110000")
			.param("costLearning", "90000")
			.param("costEstablished", "70000")
			.param("costContinuous", "70000")
			.param("hourlyRate", "50")
			.exchange()).hasStatus3xxRedirection();
	}

	private List<String> historyKeys() {
		return this.jdbc.sql("select message_key from history_entry where engagement_id = ?")
			.param(this.id)
			.query(String.class)
			.list();
	}

	private String level() {
		return "/engagements/" + this.id + "/kpis/" + this.csat + "/service-level";
	}

	private String apiLevel() {
		return "/api" + level();
	}

	private String credits() {
		return "/engagements/" + this.id + "/service-credits";
	}

}
