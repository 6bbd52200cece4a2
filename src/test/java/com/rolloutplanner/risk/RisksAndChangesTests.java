package com.rolloutplanner.risk;

import com.rolloutplanner.changerequest.ChangeArea;
import com.rolloutplanner.changerequest.ChangeRequests;
import com.rolloutplanner.changerequest.ChangeTerms;
import com.rolloutplanner.issue.IssueSeverity;
import com.rolloutplanner.issue.Issues;
import com.rolloutplanner.issue.Issue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

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
import com.rolloutplanner.steering.Arrangement;
import com.rolloutplanner.steering.MeetingKind;
import com.rolloutplanner.minutes.MeetingMinutes;
import com.rolloutplanner.meeting.Meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Risks and change requests as the two sides meet them: a risk added, seen on the heat
 * map, reviewed, and when it happens turned into an issue; a change asked for, waiting on
 * the next agenda, decided by a decision recorded in a meeting; both refused at their
 * fields with nothing saved, exported, in the API; nothing of them for another
 * organisation.
 */
@RolloutIntegrationTest
class RisksAndChangesTests {

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
	Meetings meetings;

	@Autowired
	MeetingMinutes minutes;

	@Autowired
	com.rolloutplanner.commitments.Commitments commitments;

	@Autowired
	Issues issues;

	@Autowired
	Risks risks;

	@Autowired
	ChangeRequests changes;

	@Autowired
	org.springframework.cache.CacheManager caches;

	String suffix;

	CurrentUser client;

	CurrentUser partner;

	CurrentUser outsider;

	Long id;

	@BeforeEach
	void setUp() {
		this.suffix = Long.toString(System.nanoTime(), 36);
		this.client = manager("rc.c." + this.suffix, "RC Client " + this.suffix);
		this.partner = manager("rc.p." + this.suffix, "RC Partner " + this.suffix);
		this.outsider = manager("rc.o." + this.suffix, "RC Other " + this.suffix);
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Risk journey " + this.suffix)
				.between(this.organisations.find(this.client.getOrganisationId()).orElseThrow(),
						this.organisations.find(this.partner.getOrganisationId()).orElseThrow())
				.goLive(LocalDate.of(2026, 9, 1))
				.contract(ContractModel.PARTNERSHIP, 36)
				.terms(), "Test")
			.getId();
	}

	@Test
	void aRiskIsAddedMappedReviewedAndWhenItHappensBecomesAnIssue() throws Exception {
		MvcTestResult added = post("/risks", this.partner, "title", "Agents leave during start-up", "likelihood", "4",
				"impact", "5", "ownerSide", "PARTNER", "reviewDate", "2026-11-20", "mitigation", "Buddy per agent");
		Long riskId = single("select id from engagement_risk where engagement_id = ?");
		assertThat(added).hasRedirectedUrl("/engagements/" + this.id + "/risks#risk-" + riskId);
		assertThat(page("/engagements/" + this.id + "/risks", this.client)).contains("Agents leave during start-up",
				"Score 20 (4 × 5)", "One risk of likelihood 4 and impact 5", "Owned by the Partner side.",
				"Overdue 7 days");
		// The next meeting's agenda asks for its review; the dashboard's next due item
		// too.
		Long meeting = this.meetings.schedule(this.id, new Arrangement(MeetingKind.STEERING_GROUP,
				LocalDateTime.of(2026, 12, 3, 13, 0), 60, null, null, Set.of()), this.client);
		assertThat(page("/engagements/" + this.id + "/meetings/" + meeting, this.client))
			.contains("Risk review due: Agents leave during start-up (Score 20 (4 × 5)), owned by the Partner side");

		// Reviewed: the impact lower, the next review later.
		long version = single("select version from engagement_risk where id = ?", riskId);
		assertThat(post("/risks/" + riskId, this.client, "title", "Agents leave during start-up", "likelihood", "4",
				"impact", "3", "ownerSide", "PARTNER", "reviewDate", "2026-12-18", "mitigation", "Buddy per agent",
				"status", "OPEN", "version", Long.toString(version)))
			.hasRedirectedUrl("/engagements/" + this.id + "/risks/" + riskId);
		assertThat(
				post("/risks/" + riskId, this.partner, "title", "Stale", "likelihood", "1", "impact", "1", "ownerSide",
						"PARTNER", "reviewDate", "2026-12-18", "status", "OPEN", "version", Long.toString(version)))
			.hasStatusOk()
			.bodyText()
			.contains("Someone changed this risk meanwhile");
		assertThat(historyKeys()).contains("history.entry.riskAdded", "history.entry.riskChanged");

		// It happened: an issue of its title for the partner, the risk closed and linked.
		MvcTestResult happened = post("/risks/" + riskId + "/happened", this.client, "severity", "HIGH",
				"issueOwnerSide", "PARTNER");
		Long issueId = single("select issue_id from engagement_risk where id = ?", riskId);
		assertThat(happened).hasRedirectedUrl("/engagements/" + this.id + "/issues/" + issueId);
		assertThat(page("/engagements/" + this.id + "/issues/" + issueId, this.partner))
			.contains("Agents leave during start-up", "Buddy per agent");
		assertThat(page("/engagements/" + this.id + "/risks/" + riskId, this.partner))
			.contains("This risk happened and became an issue.", "/issues/" + issueId)
			.doesNotContain("Turn it into an issue");
		assertThat(post("/risks/" + riskId + "/happened", this.client, "severity", "HIGH", "issueOwnerSide", "PARTNER"))
			.hasStatusOk()
			.bodyText()
			.contains("This risk already became an issue.");
		assertThat(historyKeys()).contains("history.entry.riskHappened", "history.entry.issueRaised");

		MvcTestResult csv = this.mvc.get()
			.uri("/engagements/" + this.id + "/risks.csv")
			.with(user(this.client))
			.exchange();
		assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("Id,Risk,Likelihood")
			.contains("Agents leave during start-up,4,3,12,Partner,Buddy per agent,2026-12-18,Closed," + issueId);
	}

	@Test
	void aChangeWaitsOnTheAgendaAndADecisionOfAMeetingDecidesIt() {
		MvcTestResult requested = post("/changes", this.client, "area", "KPI_TARGET", "title",
				"First-contact resolution to 80 %", "costEffect", "None", "timeEffect", "From month 9", "kpiEffect",
				"Fewer repeat contacts");
		Long changeId = single("select id from change_request where engagement_id = ?");
		assertThat(requested).hasRedirectedUrl("/engagements/" + this.id + "/changes/" + changeId);
		assertThat(page("/engagements/" + this.id + "/changes", this.partner)).contains(
				"One change request waits for a decision", "First-contact resolution to 80 %", "KPI target",
				"Asked for by the Client side");
		Long next = this.meetings.schedule(this.id, new Arrangement(MeetingKind.STEERING_GROUP,
				LocalDateTime.of(2026, 12, 3, 13, 0), 60, null, null, Set.of()), this.client);
		assertThat(page("/engagements/" + this.id + "/meetings/" + next, this.partner)).contains(
				"Change request waiting for a decision: First-contact resolution to 80 % (KPI target), asked for by the Client side");
		// No decision recorded yet: the page says where to record one.
		assertThat(page("/engagements/" + this.id + "/changes/" + changeId, this.partner))
			.contains("No decisions are recorded in this engagement");
		assertThat(post("/changes/" + changeId + "/decision", this.partner, "decisionId", "999999", "approved", "true"))
			.hasStatusOk()
			.bodyText()
			.contains("Choose a decision recorded in this engagement");

		// Both sides signed the terms annex before the decision.
		this.commitments.signAnnex(this.id, this.client);
		this.commitments.signAnnex(this.id, this.partner);
		Long held = this.meetings.schedule(this.id, new Arrangement(MeetingKind.STEERING_GROUP,
				LocalDateTime.of(2026, 11, 26, 13, 0), 60, null, null, Set.of()), this.client);
		this.minutes.recordDecision(this.id, held, "Raise the target from month 9", "Steering group", this.client);
		Long decisionId = single("select id from decision where meeting_id = ?", held);
		assertThat(post("/changes/" + changeId + "/decision", this.partner, "decisionId", decisionId.toString(),
				"approved", "true"))
			.hasRedirectedUrl("/engagements/" + this.id + "/changes/" + changeId);
		assertThat(page("/engagements/" + this.id + "/changes/" + changeId, this.client)).contains("Approved",
				"Raise the target from month 9", "/meetings/" + held, "The terms annex lists this change");
		// Approving it makes the annex's next version: the signed one is outdated, the
		// change is listed.
		assertThat(page("/engagements/" + this.id + "/annex", this.partner)).contains("Approved changes",
				"KPI target: First-contact resolution to 80 %", "Outdated: the terms changed");
		assertThat(historyKeys()).contains("history.entry.annexOutdated");
		assertThat(post("/changes/" + changeId + "/decision", this.partner, "decisionId", decisionId.toString(),
				"approved", "false"))
			.hasStatusOk()
			.bodyText()
			.contains("This change request is already decided.");
		assertThat(historyKeys()).contains("history.entry.changeRequested", "history.entry.changeApprovedTerms");
		assertThat(page("/engagements/" + this.id + "/changes", this.partner))
			.contains("No change requests wait for a decision.");
	}

	@Test
	void wrongInputIsRefusedAtItsFieldInBothLanguagesAndNothingIsSaved() {
		assertThat(post("/risks", this.client, "title", "", "likelihood", "9", "impact", "x", "ownerSide", "",
				"reviewDate", "2040-01-01"))
			.hasStatusOk()
			.bodyText()
			.contains("Fill this in.", "Choose a value from 1 to 5.", "Enter a whole number.",
					"Choose the side that owns the risk.", "Choose a date from a year ago to 5 years ahead.");
		assertThat(post("/risks?lang=fi", this.client, "title", "R", "likelihood", "3", "impact", "3")).bodyText()
			.contains("Valitse riskin omistava osapuoli.", "Anna seuraavan katselmoinnin päivä.");
		assertThat(post("/changes", this.partner, "area", "BUDGET", "title", "t".repeat(201), "costEffect",
				"c".repeat(501)))
			.hasStatusOk()
			.bodyText()
			.contains("Enter a valid value.", "Use at most 200 characters.", "Use at most 500 characters.");
		assertThat(api("POST", "/risks", "{\"title\": \"R\", \"likelihood\": 0, \"impact\": 6}", this.client))
			.hasStatus(400)
			.bodyText()
			.contains("\"likelihood\"", "\"impact\"", "\"ownerSide\"", "\"reviewDate\"");
		assertThat(api("POST", "/changes", "{\"title\": \"C\"}", this.client)).hasStatus(400)
			.bodyText()
			.contains("\"area\"");
		assertThat(single("select count(*) from engagement_risk where engagement_id = ?")).isZero();
		assertThat(single("select count(*) from change_request where engagement_id = ?")).isZero();
	}

	@Test
	void theApiAddsListsAndDecidesAndAnotherOrganisationFindsNothing() {
		assertThat(api("POST", "/risks", """
				{"title": "Price change peak", "likelihood": 4, "impact": 4, "ownerSide": "PARTNER",
				 "reviewDate": "2026-12-10"}
				""", this.partner)).hasStatus(201).bodyText().contains("\"score\":16", "\"status\":\"OPEN\"");
		assertThat(api("POST", "/risks", """
				{"title": "Holiday staffing", "likelihood": 2, "impact": 2, "ownerSide": "CLIENT",
				 "reviewDate": "2026-12-20"}
				""", this.client)).hasStatus(201);
		MvcTestResult risks = api("GET", "/risks?open=true&size=1", null, this.client);
		assertThat(risks).hasStatusOk().hasHeader("X-Total-Count", "2").bodyText().contains("Price change peak");
		Long riskId = single("select min(id) from engagement_risk where engagement_id = ?");
		assertThat(api("POST", "/risks/" + riskId + "/happened",
				"{\"severity\": \"CRITICAL\", \"ownerSide\": \"PARTNER\"}", this.client))
			.hasStatus(201)
			.bodyText()
			.contains("\"title\":\"Price change peak\"", "\"tier\":\"OPERATIONAL\"");

		assertThat(api("POST", "/changes", """
				{"area": "VOLUME", "title": "Ten per cent more e-mail", "kpiEffect": "Response time may slip"}
				""", this.client)).hasStatus(201).bodyText().contains("\"status\":\"PROPOSED\"");
		Long changeId = single("select id from change_request where engagement_id = ?");
		Long held = this.meetings.schedule(this.id, new Arrangement(MeetingKind.STEERING_GROUP,
				LocalDateTime.of(2026, 11, 26, 13, 0), 60, null, null, Set.of()), this.client);
		this.minutes.recordDecision(this.id, held, "Not this quarter", "Steering group", this.client);
		Long decisionId = single("select id from decision where meeting_id = ?", held);
		assertThat(api("POST", "/changes/" + changeId + "/decision",
				"{\"decisionId\": " + decisionId + ", \"approved\": false}", this.partner))
			.hasStatusOk()
			.bodyText()
			.contains("\"status\":\"REJECTED\"", "\"decision\":\"Not this quarter\"");
		assertThat(api("GET", "/changes?open=true", null, this.client)).hasHeader("X-Total-Count", "0");

		for (String path : List.of("/risks", "/risks/" + riskId, "/changes", "/changes/" + changeId)) {
			assertThat(api("GET", path, null, this.outsider)).as(path).hasStatus(404);
		}
		for (String path : List.of("/risks", "/risks/" + riskId, "/risks.csv", "/changes", "/changes/" + changeId,
				"/changes.csv")) {
			assertThat(this.mvc.get().uri("/engagements/" + this.id + path).with(user(this.outsider))).as(path)
				.hasStatus(404);
		}
		assertThat(post("/risks", this.outsider, "title", "X", "likelihood", "1", "impact", "1", "ownerSide", "CLIENT",
				"reviewDate", "2026-12-01"))
			.hasStatus(404);
		assertThat(post("/changes/" + changeId + "/decision", this.outsider, "decisionId", decisionId.toString(),
				"approved", "true"))
			.hasStatus(404);
	}

	@Test
	void theAgendaTheReportTheDashboardAndTheLogsReadAsManyStatementsWhateverTheNumberOfIssuesAndRisks() {
		Long meeting = this.meetings.schedule(this.id, new Arrangement(MeetingKind.STEERING_GROUP,
				LocalDateTime.of(2026, 12, 3, 13, 0), 60, null, null, Set.of()), this.client);
		List<String> pages = List.of("/engagements/" + this.id + "/meetings/" + meeting,
				"/engagements/" + this.id + "/report", "/", "/engagements/" + this.id + "/issues",
				"/engagements/" + this.id + "/risks", "/engagements/" + this.id + "/changes");
		// More than a page of each, then twice as many.
		add(26);
		List<Long> few = pages.stream().map(this::statements).toList();
		add(26);
		List<Long> many = pages.stream().map(this::statements).toList();
		assertThat(many).as(pages.toString()).isEqualTo(few);
		assertThat(page(pages.get(0), this.client)).contains("…and 40 more on the Issues tab");
	}

	/** So many issues, risks and change requests more. */
	private void add(int count) {
		for (int i = 0; i < count; i++) {
			this.issues.raise(this.id, "Issue " + i, null, IssueSeverity.HIGH,
					com.rolloutplanner.engagement.Side.PARTNER, this.client);
			this.risks.add(this.id, new RiskTerms("Risk " + i, 3, 3, com.rolloutplanner.engagement.Side.CLIENT, null,
					LocalDate.of(2026, 11, 30), null), this.partner);
			this.changes.request(this.id, new ChangeTerms(ChangeArea.SCOPE, "Change " + i, null, null, null, null),
					this.client);
		}
	}

	/** The statements of a request that reads everything (nothing kept from before). */
	private long statements(String uri) {
		this.caches.getCacheNames().forEach((name) -> this.caches.getCache(name).clear());
		com.rolloutplanner.system.StatementCounting.COUNT.set(0);
		assertThat(this.mvc.get().uri(uri).with(user(this.client))).hasStatusOk();
		return com.rolloutplanner.system.StatementCounting.COUNT.get();
	}

	private MvcTestResult post(String path, CurrentUser who, String... params) {
		var request = this.mvc.post().uri("/engagements/" + this.id + path).with(csrf()).with(user(who));
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private MvcTestResult api(String method, String path, String body, CurrentUser who) {
		String uri = "/api/engagements/" + this.id + path;
		var request = "GET".equals(method) ? this.mvc.get().uri(uri)
				: this.mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body);
		return request.with(httpBasic(who.getUsername(), TestUsers.PASSWORD))
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
	}

	private Long single(String sql) {
		return single(sql, this.id);
	}

	private Long single(String sql, Object parameter) {
		return this.jdbc.sql(sql).param(parameter).query(Long.class).single();
	}

	private List<String> historyKeys() {
		return this.jdbc.sql("select message_key from history_entry where engagement_id = ? order by id")
			.param(this.id)
			.query(String.class)
			.list();
	}

	private String page(String uri, CurrentUser who) {
		MvcTestResult result = this.mvc.get().uri(uri).with(user(who)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private CurrentUser manager(String username, String organisation) {
		return TestUsers.manager(this.accounts, this.organisations, this.users, username, organisation);
	}

}
