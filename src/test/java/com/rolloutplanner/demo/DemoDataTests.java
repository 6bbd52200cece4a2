package com.rolloutplanner.demo;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.quickwin.Assessment;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.system.FixedClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The demo data of the embedded set-up: loaded once, every phase, a spread of flags, a
 * history.
 */
@SpringBootTest(properties = { "rollout.demo-data.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:demo-data;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoDataTests {

	@Autowired
	DemoData demo;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Engagements engagements;

	@Autowired
	QuickWinAssessor assessor;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvcTester mvc;

	@TestBean
	Clock clock;

	static Clock clock() {
		return FixedClock.clock();
	}

	@Test
	void loadsTheDemoLoginsOrganisationsAndTenEngagementsInEveryPhase() {
		assertThat(this.accounts.exists("admin")).isTrue();
		assertThat(this.accounts.exists("client.manager")).isTrue();
		assertThat(this.accounts.exists("partner.manager")).isTrue();
		assertThat(this.accounts.exists("other.client")).isTrue();
		assertThat(this.organisations.all()).extracting((o) -> o.getName())
			.containsExactlyInAnyOrder("Aurora Energy", "Lumo Retail", "Nordic Contact Partners", "Helmi Service");

		Map<String, Phase> phases = this.engagements.readAll(Access.toEverything(), Function.identity())
			.stream()
			.collect(Collectors.toMap(Engagement::getName, (e) -> e.placementOn(FixedClock.TODAY).phase()));
		assertThat(phases).hasSize(10);
		assertThat(phases.values()).containsOnly(Phase.values());
		assertThat(phases.values()).contains(Phase.values());
		assertThat(phases).containsEntry("Webshop chat pilot", Phase.START_UP)
			.containsEntry("Swedish market support", Phase.CONTINUOUS_DEVELOPMENT)
			.containsEntry("Outage hotline", Phase.PRE_LAUNCH);
	}

	@Test
	void theFlagsRangeFromAPilotFullOfThemToACleanJourney() {
		assertThat(assessment("Webshop chat pilot").openCritical()).isGreaterThanOrEqualTo(3);
		assertThat(assessment("Customer service Finland").flags()).isEmpty();
		assertThat(assessment("Energy advice line").acknowledged()).isEqualTo(1L);
	}

	@Test
	void theHistoryShowsTheRescheduledGoLiveAndThePlans() {
		Long finland = this.engagements
			.readAll(Access.toEverything(), (e) -> e.getName().equals("Customer service Finland") ? e.getId() : null)
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElseThrow();

		assertThat(this.mvc.get()
			.uri("/engagements/" + finland + "/history")
			.with(user(this.users.loadUserByUsername("partner.manager")))).hasStatusOk()
			.bodyText()
			.contains("Go-live moved 12 days earlier", "Engagement created: Customer service Finland",
					"Gate signed off", "Expectations charter signed", "Roadmap item added", "KPI added",
					"Actual recorded");
	}

	@Test
	void theApplicationReportsReadyOnlyWithItsDemoLoginsInPlace() {
		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/organisations").with(httpBasic("client.manager", "demo"))).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/env").with(user("admin").roles("ADMIN"))).hasStatus(404);
	}

	@Test
	void loadingAgainAddsNothing() {
		long before = this.engagements.readAll(Access.toEverything(), Engagement::getId).size();

		this.demo.load();

		assertThat(this.engagements.readAll(Access.toEverything(), Engagement::getId)).hasSize((int) before);
	}

	private Assessment assessment(String name) {
		record Named(Long id, String name, QuickWinAssessor.Subject subject) {
		}
		Named engagement = this.engagements
			.readAll(Access.toEverything(),
					(e) -> new Named(e.getId(), e.getName(),
							new QuickWinAssessor.Subject(e.getGoLiveDate(), e.quickWinSubject())))
			.stream()
			.filter((e) -> e.name().equals(name))
			.findFirst()
			.orElseThrow();
		return this.assessor.assess(engagement.id(), engagement.subject().goLive(), engagement.subject().subject());
	}

}
