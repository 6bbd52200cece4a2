package com.rolloutplanner.pulse;

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
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The cooperation pulse as the two sides meet it on the Cooperation tab and in the API:
 * answered by managers of both sides, scored per side, answered again, refused at its
 * field, what it finds, and anonymous: nobody's name reaches the other side.
 */
@RolloutIntegrationTest
class PulseTests {

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

	@Autowired
	com.rolloutplanner.meeting.Meetings meetings;

	@Autowired
	Pulses pulses;

	String suffix;

	CurrentUser clientA;

	CurrentUser clientB;

	CurrentUser partner;

	CurrentUser outsider;

	Long id;

	@BeforeEach
	void setUp() {
		this.suffix = Long.toString(System.nanoTime(), 36);
		this.clientA = manager("pu.ca." + this.suffix, "PU Client " + this.suffix);
		this.clientB = manager("pu.cb." + this.suffix, "PU Client " + this.suffix);
		this.partner = manager("pu.p." + this.suffix, "PU Partner " + this.suffix);
		this.outsider = manager("pu.o." + this.suffix, "PU Other " + this.suffix);
		// Live since 1 June 2026: on 27 November the pulses of months 1-5 have opened.
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Pulse journey " + this.suffix)
				.between(this.organisations.find(this.clientA.getOrganisationId()).orElseThrow(),
						this.organisations.find(this.partner.getOrganisationId()).orElseThrow())
				.goLive(LocalDate.of(2026, 6, 1))
				.contract(ContractModel.PARTNERSHIP, 36)
				.terms(), "Test")
			.getId();
	}

	@Test
	void bothSidesAnswerEachSeesBothScoresAndTheCommentsMeantForItNeverWhoAnswered() throws Exception {
		String page = page(this.clientA);
		assertThat(page).contains("Cooperation: Pulse journey", "Month 5", "Month 1", "We trust each other.")
			.doesNotContain("Month 6");

		// What waits for each manager: the latest pulse month, until they answer it.
		assertThat(this.mvc.get().uri("/").with(user(this.clientA))).bodyText()
			.contains("Answer the pulse", "Cooperation pulse, month 5", path() + "?month=5#answer");
		assertThat(answer(this.clientA, "5", "4", null, false)).hasRedirectedUrl(path());
		assertThat(this.mvc.get().uri("/").with(user(this.clientA))).bodyText()
			.doesNotContain("Cooperation pulse, month 5");
		assertThat(this.mvc.get().uri("/").with(user(this.clientB))).bodyText().contains("Cooperation pulse, month 5");
		assertThat(answer(this.clientB, "5", "2", "We are not heard on staffing.", false)).hasStatus3xxRedirection();
		assertThat(answer(this.partner, "5", "5", "Internal: the client's tone worries us.", true))
			.hasStatus3xxRedirection();

		String partnerPage = page(this.partner);
		assertThat(partnerPage).contains("3.0 (2 answers)", "5.0 (1 answer)",
				"The numbers look fine, the cooperation does not", "The sides see the cooperation differently",
				"Client, month 5:", "We are not heard on staffing.", "Internal: the client&#39;s tone worries us.",
				"Your side only");
		// Nobody's name reaches the other side: not on the page, not in the API.
		assertThat(partnerPage).doesNotContain("pu.ca." + this.suffix, "pu.cb." + this.suffix);
		String clientPage = page(this.clientA);
		assertThat(clientPage).contains("We are not heard on staffing.")
			.doesNotContain("the client&#39;s tone worries us", "pu.p." + this.suffix);
		assertThat(api("GET", null, this.partner)).hasStatusOk()
			.bodyText()
			.contains("\"month\":5", "\"client\":{\"score\":3.0,\"answers\":2}",
					"\"partner\":{\"score\":5.0,\"answers\":1}", "COOPERATION_FALLING", "ONE_SIDED")
			.doesNotContain("pu.ca.", "pu.cb.", "staffing");

		// The dashboard shows both sides' latest scores, and finds it among those whose
		// pulse calls for attention.
		assertThat(this.mvc.get().uri("/?pulse=low&sort=pulse").with(user(this.partner))).bodyText()
			.contains("Pulse journey " + this.suffix, "Client 3.0", "Partner 5.0",
					"Showing only engagements whose cooperation pulse calls for attention");

		// The overview and the report say it in a line, with no one's name.
		String overview = this.mvc.get()
			.uri("/engagements/" + this.id)
			.with(user(this.partner))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(overview)
			.contains("Cooperation pulse", "Month 5:", "Client 3.0", "Partner 5.0",
					"The numbers look fine, the cooperation does not", "Open the cooperation pulse")
			.doesNotContain("pu.ca." + this.suffix);
		assertThat(this.mvc.get().uri("/engagements/" + this.id + "/report").with(user(this.clientA))).bodyText()
			.contains("Cooperation pulse, month 5: client 3.0, partner 5.0.");

		// Answering again replaces the earlier answer: two client answers still.
		answer(this.clientA, "5", "5", null, false);
		assertThat(page(this.partner)).contains("3.5 (2 answers)");
		assertThat(count()).isEqualTo(3);
		// The next steering meeting's agenda has it beside the KPIs (the meeting names
		// who scheduled it, the pulse no one).
		Long meeting = this.meetings.schedule(this.id,
				new com.rolloutplanner.steering.Arrangement(com.rolloutplanner.steering.MeetingKind.STEERING_GROUP,
						java.time.LocalDateTime.of(2026, 12, 3, 13, 0), 60, null, null, java.util.Set.of()),
				this.clientA);
		assertThat(this.mvc.get().uri("/engagements/" + this.id + "/meetings/" + meeting).with(user(this.partner)))
			.bodyText()
			.contains("KPIs and the cooperation to discuss", "Cooperation pulse, month 5: client 3.5, partner 5.0.",
					"Cooperation pulse: The sides see the cooperation differently (Warning)");
		assertThat(this.jdbc
			.sql("select count(*) from history_entry where engagement_id = ? and message_key = ? "
					+ "and actor is null")
			.params(this.id, "history.entry.pulseAnswered")
			.query(Integer.class)
			.single()).isEqualTo(4);
	}

	@Test
	void aWrongAnswerIsRefusedAtItsFieldInBothLanguagesAndNothingIsSaved() {
		MvcTestResult notOpen = this.mvc.post()
			.uri(path())
			.with(csrf())
			.with(user(this.clientA))
			.param("month", "6")
			.param("trust", "4")
			.param("earlyProblems", "4")
			.param("commitmentsKept", "9")
			.param("communication", "x")
			.param("comment", "y".repeat(1001))
			.exchange();
		assertThat(notOpen).hasStatusOk()
			.bodyText()
			.contains("Choose a pulse month that is complete", "Choose a value from 1 to 5.", "Enter a whole number.",
					"Keep the comment to 1,000 characters.", "href=\"#worthIt\"");
		MvcTestResult finnish = this.mvc.post()
			.uri(path() + "?lang=fi")
			.with(csrf())
			.with(user(this.clientA))
			.param("month", "6")
			.exchange();
		assertThat(finnish).bodyText().contains("Valitse päättynyt pulssikuukausi", "Valitse arvo 1–5.");
		assertThat(api("POST", """
				{"month": 0, "answers": {"TRUST": 6, "EARLY_PROBLEMS": 3, "COMMITMENTS_KEPT": 3, "COMMUNICATION": 3}}
				""", this.partner)).hasStatus(400)
			.bodyText()
			.contains("\"month\"", "answers.TRUST", "answers.WORTH_IT");
		assertThat(count()).isZero();
	}

	@Test
	void theApiAnswersAsTheCallerAndAnotherOrganisationFindsNothing() {
		assertThat(api("POST", """
				{"month": 3, "answers": {"TRUST": 4, "EARLY_PROBLEMS": 3, "COMMITMENTS_KEPT": 4,
				 "COMMUNICATION": 3, "WORTH_IT": 4}, "comment": "Calibration helps."}
				""", this.partner)).hasStatus(201)
			.bodyText()
			.contains("\"month\":3", "\"partner\":{\"score\":3.6,\"answers\":1}", "NO_PULSE");
		assertThat(get(path(), this.outsider)).hasStatus(404);
		assertThat(answer(this.outsider, "5", "5", null, false)).hasStatus(404);
		assertThat(api("GET", null, this.outsider)).hasStatus(404);
		assertThat(api("POST", "{\"month\": 3}", this.outsider)).hasStatus(404);
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void aPulseMonthOpensOnTheDayItsMonthIsCompleteEvenAtAMonthsEnd() {
		Long lastDay = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Month end " + this.suffix)
				.between(this.organisations.find(this.clientA.getOrganisationId()).orElseThrow(),
						this.organisations.find(this.partner.getOrganisationId()).orElseThrow())
				.goLive(LocalDate.of(2026, 1, 31))
				.contract(ContractModel.PARTNERSHIP, 36)
				.terms(), "Test")
			.getId();
		// 31 January + 1 month is 28 February; + 3 months is 30 April; month 7 has none.
		assertThat(opened(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28), lastDay)).containsExactly(1);
		assertThat(opened(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 27), lastDay)).isEmpty();
		assertThat(opened(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), lastDay)).containsExactly(2, 3);
		assertThat(opened(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), lastDay)).isEmpty();
		assertThat(opened(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 31), lastDay)).containsExactly(9);
	}

	private List<Integer> opened(LocalDate from, LocalDate to, Long engagementId) {
		return this.pulses.openedBetween(from, to, 10_000)
			.stream()
			.filter((o) -> o.engagementId().equals(engagementId))
			.map(Pulses.Opened::month)
			.toList();
	}

	private MvcTestResult answer(CurrentUser who, String month, String value, String comment, boolean internal) {
		var request = this.mvc.post()
			.uri(path())
			.with(csrf())
			.with(user(who))
			.param("month", month)
			.param("comment", (comment != null) ? comment : "")
			.param("internal", Boolean.toString(internal));
		for (String field : List.of("trust", "earlyProblems", "commitmentsKept", "communication", "worthIt")) {
			request = request.param(field, value);
		}
		return request.exchange();
	}

	private MvcTestResult api(String method, String body, CurrentUser who) {
		var request = "GET".equals(method) ? this.mvc.get().uri("/api/engagements/" + this.id + "/pulse")
				: this.mvc.post()
					.uri("/api/engagements/" + this.id + "/pulse")
					.contentType(MediaType.APPLICATION_JSON)
					.content(body);
		return request.with(httpBasic(who.getUsername(), TestUsers.PASSWORD))
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
	}

	private int count() {
		return this.jdbc.sql("select count(*) from pulse_answer where engagement_id = ?")
			.param(this.id)
			.query(Integer.class)
			.single();
	}

	private String path() {
		return "/engagements/" + this.id + "/cooperation";
	}

	private String page(CurrentUser who) {
		MvcTestResult result = get(path(), who);
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MvcTestResult get(String uri, CurrentUser who) {
		return this.mvc.get().uri(uri).with(user(who)).exchange();
	}

	private CurrentUser manager(String username, String organisation) {
		return TestUsers.manager(this.accounts, this.organisations, this.users, username, organisation);
	}

}
