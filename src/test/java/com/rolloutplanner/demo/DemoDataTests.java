package com.rolloutplanner.demo;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutDemoTest;
import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.quickwin.Assessment;
import com.rolloutplanner.quickwin.FlagCode;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.system.FixedClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The demo data of the embedded set-up: loaded once, every phase, a spread of flags, a
 * history. They run first of the demo's tests, before the walks change it.
 */
@RolloutDemoTest
@Order(1)
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

	@Autowired
	Clock clock;

	@Autowired
	com.rolloutplanner.commitments.Commitments commitments;

	@Autowired
	com.rolloutplanner.kpi.Kpis kpis;

	@Autowired
	com.rolloutplanner.proposal.Proposals proposals;

	@Autowired
	com.rolloutplanner.listing.Listings listings;

	@Autowired
	com.rolloutplanner.listing.JourneyMonths journeyMonths;

	@Test
	void eachDemoEngagementTellsOneStoryGatesPassedOnlyWhereTheActualsAreAsExpectedSignedWhenDue() {
		java.time.LocalDate today = java.time.LocalDate.now(this.clock);
		java.time.Instant loaded = this.clock.instant();
		var access = com.rolloutplanner.account.Access.toEverything();
		java.util.List<java.util.Map.Entry<Long, java.time.LocalDate>> ids = this.engagements.readAll(access,
				(e) -> java.util.Map.entry(e.getId(), e.getGoLiveDate()));
		java.util.Map<Long, java.time.LocalDate> goLives = new java.util.HashMap<>();
		ids.forEach((entry) -> goLives.put(entry.getKey(), entry.getValue()));
		java.util.Map<Long, com.rolloutplanner.listing.KpiState> states = this.kpis.states(goLives, today);
		int troubled = 0;
		for (var entry : ids) {
			var gates = this.commitments.gates(entry.getKey(), access, null, today);
			boolean passedAfterGoLive = gates.stream()
				.anyMatch((g) -> g.type() != com.rolloutplanner.commitments.GateType.GO_LIVE && g.client() != null
						&& g.partner() != null);
			var state = states.get(entry.getKey());
			if (passedAfterGoLive) {
				assertThat(state.below()).as("engagement %d passed a gate with actuals below the band", entry.getKey())
					.isZero();
			}
			if (state != null && state.below() > 0
					&& com.rolloutplanner.phase.PhaseCalendar.place(entry.getValue(), today).monthOfJourney() > 3) {
				troubled++;
			}
			gates.stream()
				.flatMap((g) -> java.util.stream.Stream.of(g.client(), g.partner()))
				.filter(java.util.Objects::nonNull)
				.forEach((signature) -> assertThat(signature.at()).as("signed before the data was loaded")
					.isBefore(loaded.minus(java.time.Duration.ofHours(12))));
		}
		assertThat(troubled).as("one planned journey past start-up in real trouble").isEqualTo(1);
	}

	@Test
	void thePortfolioLinesUpAtLeastThreeJourneysInEachOfTheFirstTwelveMonthsWithTheGeneratedHistoryMarked() {
		for (String username : List.of("client.manager", "partner.manager")) {
			var reader = (com.rolloutplanner.account.CurrentUser) this.users.loadUserByUsername(username);
			assertThat(this.journeyMonths.typical(this.listings.state(reader.access()), FixedClock.TODAY)
				.stream()
				.filter((t) -> t.kind().equals("QUALITY") && t.journeys() >= 3)
				.map(com.rolloutplanner.listing.JourneyMonths.Typical::month)
				.toList()).as(username).containsAll(java.util.stream.IntStream.rangeClosed(1, 9).boxed().toList());
		}
		assertThat(this.engagements.readAll(Access.toEverything(), (Engagement e) -> e)
			.stream()
			.filter((e) -> e.getName().startsWith(DemoHistory.MARK))).hasSize(DemoHistory.SAMPLES.size())
			.allSatisfy((e) -> assertThat(e.getDescription()).isEqualTo(DemoHistory.DESCRIPTION));
	}

	@Test
	void auroraComparesTwoPartnersProposalsForEmailCareOneOfThemFlaggedForFullServiceLevelsFromDayOne() {
		var client = (com.rolloutplanner.account.CurrentUser) this.users.loadUserByUsername("client.manager");
		Long nordic = this.engagements.readAll(Access.toEverything(), (Engagement e) -> e)
			.stream()
			.filter((e) -> e.getName().equals(DemoData.EMAIL_NORDIC))
			.map(Engagement::getId)
			.findFirst()
			.orElseThrow();
		List<com.rolloutplanner.proposal.Proposals.Compared> compared = this.proposals.compare(nordic, client);
		assertThat(compared).extracting((c) -> c.terms().partnerName())
			.containsExactly("Nordic Contact Partners", "Helmi Service");
		assertThat(compared).allSatisfy((c) -> {
			assertThat(c.terms().stage()).isEqualTo(com.rolloutplanner.engagement.Stage.PROPOSAL);
			assertThat(c.serviceLevels()).hasSize(2);
			assertThat(c.businessCase()).isPresent();
		});
		assertThat(compared.get(0).terms().assessment().flags())
			.noneMatch((f) -> f.flag().code() == FlagCode.FULL_SERVICE_LEVEL_FROM_GO_LIVE);
		assertThat(compared.get(1).terms().assessment().flags())
			.anyMatch((f) -> f.flag().code() == FlagCode.FULL_SERVICE_LEVEL_FROM_GO_LIVE);
		// In negotiation on the dashboard, in no phase.
		assertThat(this.listings.counts(client.access(), FixedClock.TODAY, com.rolloutplanner.listing.ListingFilter.ALL)
			.inNegotiation()
			.all()).isEqualTo(2);
	}

	@Test
	void loadsTheDemoLoginsOrganisationsAndItsEngagementsInEveryPhase() {
		assertThat(this.accounts.exists("admin")).isTrue();
		assertThat(this.accounts.exists("client.manager")).isTrue();
		assertThat(this.accounts.exists("partner.manager")).isTrue();
		assertThat(this.accounts.exists("other.client")).isTrue();
		assertThat(this.organisations.all()).extracting((o) -> o.getName())
			.containsExactlyInAnyOrder("Aurora Energy", "Lumo Retail", "Nordic Contact Partners", "Helmi Service");

		Map<String, Phase> phases = this.engagements.readAll(Access.toEverything(), Function.identity())
			.stream()
			.collect(Collectors.toMap(Engagement::getName, (e) -> e.placementOn(FixedClock.TODAY).phase()));
		assertThat(phases).hasSize(12 + DemoHistory.SAMPLES.size());
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
	void theHistoryShowsTheRescheduledGoLiveAndThePlans() throws Exception {
		Long finland = this.engagements
			.readAll(Access.toEverything(), (e) -> e.getName().equals("Customer service Finland") ? e.getId() : null)
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElseThrow();

		// Newest first, in pages: the first two hold the journey from its creation on.
		StringBuilder history = new StringBuilder();
		for (int page = 0; page < 2; page++) {
			MvcTestResult result = this.mvc.get()
				.uri("/engagements/" + finland + "/history?page=" + page)
				.with(user(this.users.loadUserByUsername("partner.manager")))
				.exchange();
			assertThat(result).hasStatusOk();
			history.append(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		}
		assertThat(history.toString()).contains("Go-live moved 12 days earlier",
				"Engagement created: Customer service Finland", "Gate signed off", "Terms annex version 1 signed",
				"Roadmap item added", "KPI added", "Actual recorded", "Risk added: Peak of tariff calls",
				"The risk New agents leave during start-up happened and became an issue",
				"Change request approved in a meeting: Chat open on Saturdays");
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

	@Test
	void everyDemoTermsAnnexPrintsOnAtMostThreeA4PagesInBothLanguagesWithEveryFlagAndItsAcknowledgement()
			throws IOException {
		var admin = user(this.users.loadUserByUsername("admin"));
		List<Long> ids = this.engagements.readAll(Access.toEverything(), Engagement::getId);
		for (Long id : ids) {
			for (String language : List.of("en", "fi")) {
				MvcTestResult pdf = this.mvc.get()
					.uri("/engagements/" + id + "/annex.pdf?lang=" + language)
					.with(admin)
					.exchange();
				assertThat(pdf).hasStatusOk();
				try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
					String where = id + " (" + language + ")";
					assertThat(document.getNumberOfPages()).as(where).isBetween(1, 3);
					String text = new PDFTextStripper().getText(document).toLowerCase(java.util.Locale.ROOT);
					assertThat(text).as(where)
						.contains(language.equals("en") ? "terms annex" : "ehtoliite",
								language.equals("en") ? "the four phases and what to expect" : "neljä vaihetta",
								language.equals("en") ? "signatures" : "allekirjoitukset");
				}
			}
		}
		// The advice line's acknowledged flag says who accepted it and why; the pilot's
		// flags say they are not acknowledged.
		Long advice = idOf("Energy advice line");
		assertThat(this.mvc.get().uri("/engagements/" + advice + "/annex?lang=en").with(admin)).bodyText()
			.contains("Acknowledged by Kaisa Client (Aurora Energy)", "Signed by Kaisa Client (Aurora Energy)",
					"The cost target was fixed in the tender; it is reviewed again in month 6.");
		assertThat(this.mvc.get().uri("/engagements/" + idOf("Webshop chat pilot") + "/annex?lang=en").with(admin))
			.bodyText()
			.contains("Not acknowledged.", "Pilot or trial period");
		// Another organisation's engagement has no annex for the reader.
		var other = user(this.users.loadUserByUsername("other.client"));
		assertThat(this.mvc.get().uri("/engagements/" + advice + "/annex").with(other)).hasStatus(404);
		assertThat(this.mvc.get().uri("/engagements/" + advice + "/annex.pdf").with(other)).hasStatus(404);
	}

	private Long idOf(String name) {
		return this.engagements.readAll(Access.toEverything(), (Engagement e) -> e)
			.stream()
			.filter((e) -> e.getName().equals(name))
			.map(Engagement::getId)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void everyDemoReportPrintsOnAtMostTwoA4PagesInBothLanguagesWithPageNumbersAndTheGoals() throws IOException {
		var admin = user(this.users.loadUserByUsername("admin"));
		record Shown(Long id, String name, String client, String partner, boolean goals) {
		}
		List<Shown> all = this.engagements.readAll(Access.toEverything(), (Engagement e) -> new Shown(e.getId(),
				e.getName(), e.getClient().getName(), e.getPartner().getName(), !e.getGoals().isEmpty()));
		assertThat(all).hasSize(12 + DemoHistory.SAMPLES.size());
		for (Shown engagement : all) {
			for (String language : List.of("en", "fi")) {
				MvcTestResult pdf = this.mvc.get()
					.uri("/engagements/" + engagement.id() + "/report.pdf?lang=" + language)
					.with(admin)
					.exchange();
				assertThat(pdf).hasStatusOk();
				try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
					String where = engagement.name() + " (" + language + ")";
					int pages = document.getNumberOfPages();
					assertThat(pages).as(where).isBetween(1, 2);
					PDRectangle size = document.getPage(0).getMediaBox();
					assertThat(Math.round(size.getWidth() / 72 * 25.4)).as(where).isEqualTo(210);
					assertThat(Math.round(size.getHeight() / 72 * 25.4)).as(where).isEqualTo(297);
					String text = new PDFTextStripper().getText(document);
					assertThat(text).as(where)
						.contains(pages + " / " + pages, engagement.name() + " · ", engagement.client(),
								engagement.partner());
					if (engagement.goals()) {
						assertThat(text).as(where).contains(language.equals("en") ? "Goals" : "Tavoitteet");
					}
					assertThat(smallestText(document)).as(where + ": the smallest text, in points")
						.isGreaterThanOrEqualTo(6.45f);
				}
			}
		}
	}

	/**
	 * The size of the smallest text of a document, in points, as it is printed (the
	 * font's size scaled by the text's matrix).
	 */
	private static float smallestText(PDDocument document) throws IOException {
		float[] smallest = { Float.MAX_VALUE };
		PDFTextStripper sizes = new PDFTextStripper() {

			@Override
			protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
				if (!text.getUnicode().isBlank()) {
					smallest[0] = Math.min(smallest[0], text.getYScale());
				}
			}

		};
		sizes.getText(document);
		return smallest[0];
	}

}
