package com.rolloutplanner.proposal;

import java.nio.charset.StandardCharsets;
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
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Stage;
import com.rolloutplanner.listing.ListingFilter;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.listing.PhaseCounts;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Proposals as a client meets them: two partners' proposals for one service created on
 * the form, counted "In negotiation" and in no phase, compared side by side by the client
 * only, one chosen (the other closed as not chosen), and signed by both sides into the
 * phases.
 */
@RolloutIntegrationTest
class ProposalTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Engagements engagements;

	@Autowired
	Commitments commitments;

	@Autowired
	Listings listings;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	String suffix;

	CurrentUser client;

	CurrentUser partnerA;

	CurrentUser partnerB;

	@BeforeEach
	void setUp() {
		this.suffix = Long.toString(System.nanoTime(), 36);
		this.client = manager("pr.client." + this.suffix, "PR Client " + this.suffix);
		this.partnerA = manager("pr.a." + this.suffix, "PR Alpha " + this.suffix);
		this.partnerB = manager("pr.b." + this.suffix, "PR Beta " + this.suffix);
	}

	@Test
	void aClientComparesTwoPartnersProposalsChoosesOneAndBothSidesSignItIntoThePhases() {
		Long alpha = propose(this.partnerA, "Alpha offer", "PARTNERSHIP", "36", "400");
		Long beta = propose(this.partnerB, "Beta offer", "PILOT", "6", "0");

		// In negotiation, in no phase, on the client's dashboard.
		PhaseCounts counts = this.listings.counts(this.client.access(), LocalDate.of(2030, 6, 1), ListingFilter.ALL);
		assertThat(counts.inNegotiation().all()).isEqualTo(2);
		assertThat(counts.byPhase().values().stream().mapToLong(PhaseCounts.Count::all).sum()).isZero();
		assertThat(page("/", this.client)).contains("phase-count phase-PROPOSAL", "In negotiation",
				"Terms being negotiated, not signed");
		assertThat(page("/?phase=PROPOSAL", this.client)).contains("Alpha offer", "Beta offer");
		assertThat(page("/?phase=PRE_LAUNCH", this.client)).doesNotContain("Alpha offer");
		assertThat(page("/engagements/" + alpha, this.client)).contains(
				"A proposal for Customer service " + this.suffix,
				"Compare the proposals for Customer service " + this.suffix);

		// The client compares them side by side; the pilot's flags show.
		String compared = page("/engagements/" + alpha + "/proposals", this.client);
		assertThat(compared).contains("Proposals for Customer service " + this.suffix, "PR Alpha " + this.suffix,
				"PR Beta " + this.suffix, "Long-term partnership, 36 months", "400 hours", "Pilot or trial period",
				"Choose this proposal", "href=\"/engagements/" + beta + "/annex\"");

		// A partner sees its own proposal, never the other's, and compares nothing.
		assertThat(get("/engagements/" + alpha, this.partnerA)).hasStatusOk();
		assertThat(get("/engagements/" + beta, this.partnerA)).hasStatus(404);
		assertThat(get("/engagements/" + alpha + "/proposals", this.partnerA)).hasStatus(404);
		assertThat(post("/engagements/" + alpha + "/proposals/choose", this.partnerA)).hasStatus(404);
		assertThat(stage(alpha)).isEqualTo(Stage.PROPOSAL);

		// The client chooses Alpha: Beta is closed as not chosen, each with its history.
		assertThat(post("/engagements/" + alpha + "/proposals/choose", this.client)).hasStatus3xxRedirection();
		assertThat(stage(alpha)).isEqualTo(Stage.PROPOSAL);
		assertThat(stage(beta)).isEqualTo(Stage.NOT_CHOSEN);
		assertThat(historyKeys(alpha)).contains("history.entry.proposalChosen");
		assertThat(historyKeys(beta)).contains("history.entry.proposalNotChosen");
		assertThat(page("/engagements/" + beta, this.client)).contains("Not chosen");
		assertThat(page("/engagements/" + alpha + "/proposals", this.client)).contains("Not chosen");
		assertThat(this.listings.counts(this.client.access(), LocalDate.of(2030, 6, 1), ListingFilter.ALL)
			.inNegotiation()
			.all()).isEqualTo(1);
		// A closed proposal cannot be chosen afterwards.
		post("/engagements/" + beta + "/proposals/choose", this.client);
		assertThat(stage(beta)).isEqualTo(Stage.NOT_CHOSEN);
		assertThat(stage(alpha)).isEqualTo(Stage.PROPOSAL);

		// Both sides sign the expectations charter: Alpha enters its phases.
		this.commitments.signAnnex(alpha, this.client);
		assertThat(stage(alpha)).isEqualTo(Stage.PROPOSAL);
		this.commitments.signAnnex(alpha, this.partnerA);
		assertThat(stage(alpha)).isEqualTo(Stage.SIGNED);
		assertThat(historyKeys(alpha)).contains("history.entry.proposalSigned");
		PhaseCounts signed = this.listings.counts(this.client.access(), LocalDate.of(2030, 6, 1), ListingFilter.ALL);
		assertThat(signed.inNegotiation().all()).isZero();
		assertThat(signed.byPhase().get(com.rolloutplanner.phase.Phase.PRE_LAUNCH).all()).isEqualTo(1);
		assertThat(signed.notChosen().all()).isEqualTo(1);
	}

	@Test
	void twoProposalsOfOneServiceChosenAtTheSameMomentLeaveOneChosenAndTheOtherNotChosen() throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				String service = "Race " + round + " " + this.suffix;
				Long alpha = this.engagements.propose(terms("Race alpha " + round, this.partnerA, service), "Test")
					.getId();
				Long beta = this.engagements.propose(terms("Race beta " + round, this.partnerB, service), "Test")
					.getId();
				java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
				List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
				for (Long id : List.of(alpha, beta)) {
					answers.add(pool.submit(() -> {
						start.await();
						return post("/engagements/" + id + "/proposals/choose", this.client).getResponse().getStatus();
					}));
				}
				start.countDown();
				for (java.util.concurrent.Future<Integer> answer : answers) {
					assertThat(answer.get()).isLessThan(500);
				}
				assertThat(List.of(stage(alpha), stage(beta))).as("round %d", round)
					.containsExactlyInAnyOrder(Stage.PROPOSAL, Stage.NOT_CHOSEN);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private com.rolloutplanner.engagement.EngagementTerms terms(String name, CurrentUser partner, String service) {
		return com.rolloutplanner.engagement.EngagementBuilder.anEngagement()
			.name(name + " " + this.suffix)
			.between(this.organisations.find(this.client.getOrganisationId()).orElseThrow(),
					this.organisations.find(partner.getOrganisationId()).orElseThrow())
			.goLive(LocalDate.of(2030, 9, 1))
			.service(service)
			.terms();
	}

	@Test
	void theApiCreatesAProposalAndShowsItsStage() {
		MvcTestResult created = this.mvc.post()
			.uri("/api/engagements")
			.with(httpBasic(this.client.getUsername(), TestUsers.PASSWORD))
			.accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "API offer %s", "clientOrganisationId": %d, "partnerOrganisationId": %d,
					 "goLiveDate": "2030-03-01", "contractModel": "PARTNERSHIP", "contractMonths": 36,
					 "service": "Chat %s", "proposal": true}
					""".formatted(this.suffix, this.client.getOrganisationId(), this.partnerA.getOrganisationId(),
					this.suffix))
			.exchange();
		assertThat(created).hasStatus(201);
		assertThat(created).bodyJson().extractingPath("$.stage").isEqualTo("PROPOSAL");
		assertThat(created).bodyJson().extractingPath("$.service").isEqualTo("Chat " + this.suffix);
		MvcTestResult proposals = this.mvc.get()
			.uri("/api/engagements?stage=PROPOSAL")
			.with(httpBasic(this.client.getUsername(), TestUsers.PASSWORD))
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
		assertThat(proposals).hasStatusOk().headers().hasValue("X-Total-Count", "1");
		assertThat(proposals).bodyJson().extractingPath("$[0].stage").isEqualTo("PROPOSAL");
		assertThat(this.mvc.get()
			.uri("/api/engagements?phase=PRE_LAUNCH")
			.with(httpBasic(this.client.getUsername(), TestUsers.PASSWORD))
			.accept(MediaType.APPLICATION_JSON)
			.exchange()).headers().hasValue("X-Total-Count", "0");
		assertThat(this.mvc.get()
			.uri("/api/engagements?stage=SIGNED")
			.with(httpBasic(this.client.getUsername(), TestUsers.PASSWORD))
			.accept(MediaType.APPLICATION_JSON)
			.exchange()).hasStatus(400).bodyText().contains("stage");
	}

	private Long propose(CurrentUser partner, String name, String model, String months, String hours) {
		MvcTestResult result = this.mvc.post()
			.uri("/engagements/new")
			.with(csrf())
			.with(user(this.client))
			.param("name", name + " " + this.suffix)
			.param("clientOrganisationId", this.client.getOrganisationId().toString())
			.param("partnerOrganisationId", partner.getOrganisationId().toString())
			.param("goLiveDate", "2030-09-01")
			.param("contractModel", model)
			.param("contractMonths", months)
			.param("onboardingHours", hours)
			.param("service", "Customer service " + this.suffix)
			.param("proposal", "true")
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private Stage stage(Long id) {
		return this.engagements.read(id, this.client.access(), Engagement::getStage);
	}

	private List<String> historyKeys(Long id) {
		return this.jdbc.sql("select message_key from history_entry where engagement_id = ?")
			.param(id)
			.query(String.class)
			.list();
	}

	private CurrentUser manager(String username, String organisation) {
		return TestUsers.manager(this.accounts, this.organisations, this.users, username, organisation);
	}

	private MvcTestResult get(String uri, CurrentUser who) {
		return this.mvc.get().uri(uri).with(user(who)).exchange();
	}

	private MvcTestResult post(String uri, CurrentUser who) {
		return this.mvc.post().uri(uri).with(csrf()).with(user(who)).exchange();
	}

	private String page(String uri, CurrentUser who) {
		MvcTestResult result = this.mvc.get()
			.uri(uri + (uri.contains("?") ? "&" : "?") + "lang=en")
			.with(user(who))
			.exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
