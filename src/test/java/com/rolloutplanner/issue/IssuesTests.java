package com.rolloutplanner.issue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
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
import com.rolloutplanner.meeting.Meetings;
import com.rolloutplanner.system.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The log of issues as the two sides meet it: raised on the Issues tab, listed, seen by
 * the side that owes the response in what waits for it and on the next agenda, answered
 * (the clock stops), escalated when nobody answers in time (history, mail, tier),
 * resolved, exported; refused at its field in both languages with nothing saved; the API
 * by its fixed names; nothing of it for another organisation.
 */
@RolloutIntegrationTest
class IssuesTests {

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
	Issues issues;

	@Autowired
	Escalations escalations;

	@Autowired
	TestClock clock;

	@Autowired
	com.rolloutplanner.waiting.WaitingForYou waitingForYou;

	String suffix;

	CurrentUser client;

	CurrentUser partner;

	CurrentUser outsider;

	Long id;

	@BeforeEach
	void setUp() {
		this.suffix = Long.toString(System.nanoTime(), 36);
		this.client = manager("is.c." + this.suffix, "IS Client " + this.suffix);
		this.partner = manager("is.p." + this.suffix, "IS Partner " + this.suffix);
		this.outsider = manager("is.o." + this.suffix, "IS Other " + this.suffix);
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Issue journey " + this.suffix)
				.between(this.organisations.find(this.client.getOrganisationId()).orElseThrow(),
						this.organisations.find(this.partner.getOrganisationId()).orElseThrow())
				.goLive(LocalDate.of(2026, 9, 1))
				.contract(ContractModel.PARTNERSHIP, 36)
				.terms(), "Test")
			.getId();
	}

	@Test
	void aResponseDueJustAfterMidnightInTheProductsZoneIsWaitedForOnThatDayWhateverTheDatabasesZone() {
		IssueView issue = this.issues.raise(this.id, "Night shift queue", null, IssueSeverity.HIGH,
				com.rolloutplanner.engagement.Side.PARTNER, this.client);
		// 30 November 00:30 in Helsinki is still 29 November in UTC, the tests' zone.
		this.jdbc.sql("update engagement_issue set response_due = ? where id = ?")
			.params(java.time.OffsetDateTime.parse("2026-11-30T00:30:00+02:00"), issue.id())
			.update();
		var waiting = this.waitingForYou.of(this.partner.getOrganisationId(), this.partner.getUsername(),
				LocalDate.of(2026, 11, 27), LocalDateTime.of(2026, 11, 27, 12, 0), 25);
		assertThat(waiting.entries()).filteredOn((entry) -> "Night shift queue".equals(entry.title()))
			.extracting(com.rolloutplanner.waiting.WaitingForYou.Entry::dueDate)
			.containsExactly(LocalDate.of(2026, 11, 30));
	}

	@Test
	void anIssueIsRaisedListedWaitedForOnTheAgendaAnsweredInTimeAndResolved() throws Exception {
		Long meeting = this.meetings.schedule(this.id, new Arrangement(MeetingKind.STEERING_GROUP,
				LocalDateTime.of(2026, 12, 3, 13, 0), 60, null, null, Set.of()), this.client);

		// Friday 27 November 12:00: a high issue for the partner, due Monday 12:00.
		MvcTestResult raised = this.mvc.post()
			.uri("/engagements/" + this.id + "/issues")
			.with(csrf())
			.with(user(this.client))
			.param("title", "=Callbacks not made")
			.param("severity", "HIGH")
			.param("ownerSide", "PARTNER")
			.param("description", "Customers were promised call-backs.")
			.exchange();
		Long issueId = this.jdbc.sql("select id from engagement_issue where engagement_id = ?")
			.param(this.id)
			.query(Long.class)
			.single();
		assertThat(raised).hasRedirectedUrl("/engagements/" + this.id + "/issues/" + issueId);
		assertThat(page("/engagements/" + this.id + "/issues", this.partner)).contains("=Callbacks not made", "High",
				"Raised by the Client side for the Partner side", "Response due 30 Nov 2026, 12:00",
				"One open issue: 0 critical, 0 with the steering group, 0 with the executives.");
		// The partner's waiting list has the response; the client's does not.
		assertThat(page("/", this.partner)).contains("Respond to the issue",
				"/engagements/" + this.id + "/issues/" + issueId + "#respond");
		assertThat(page("/", this.client)).doesNotContain("Respond to the issue");
		// The next meeting's agenda has it, with when the partner answers.
		assertThat(page("/engagements/" + this.id + "/meetings/" + meeting, this.partner)).contains(
				"Issues, risks and changes: escalations, responses owed, reviews due, new ones, decisions waiting",
				"=Callbacks not made (High): with the Executives, no response from the Partner side since 30 Nov 2026, 12:00");

		// The client may not answer for the partner; the partner answers once.
		assertThat(step(issueId, "response", "We answer for them.", this.client)).hasStatusOk()
			.bodyText()
			.contains("Only the side the issue was raised for responds to it.");
		assertThat(step(issueId, "response", "A shared call-back list from today.", this.partner))
			.hasRedirectedUrl("/engagements/" + this.id + "/issues/" + issueId + "#respond");
		assertThat(step(issueId, "response", "Again.", this.partner)).hasStatusOk()
			.bodyText()
			.contains("This issue already has its response.");
		assertThat(page("/engagements/" + this.id + "/issues/" + issueId, this.client))
			.contains("A shared call-back list from today.", "responded 27 Nov 2026, 12:00, in time.");
		assertThat(page("/", this.partner)).doesNotContain("Respond to the issue");

		// Either side resolves it; the issue keeps its times.
		assertThat(step(issueId, "resolution", "No missed call-backs since.", this.client)).hasStatus3xxRedirection();
		assertThat(page("/engagements/" + this.id + "/issues", this.client)).contains("No open issues.");
		assertThat(page("/engagements/" + this.id + "/issues?state=all", this.client)).contains("=Callbacks not made",
				"Resolved 27 Nov 2026, 12:00");
		assertThat(historyKeys()).contains("history.entry.issueRaised", "history.entry.issueResponded",
				"history.entry.issueResolved");

		// The CSV has every issue, a formula-looking title kept as text.
		MvcTestResult csv = this.mvc.get()
			.uri("/engagements/" + this.id + "/issues.csv")
			.with(user(this.partner))
			.exchange();
		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("Id,Title,Severity")
			.contains("'=Callbacks not made,High,Client", "2026-11-30T12:00:00+02:00",
					"A shared call-back list from today.");
		// And for Excel: real moments, the formula-looking title kept as quoted text.
		MvcTestResult xlsx = this.mvc.get()
			.uri("/engagements/" + this.id + "/issues.xlsx")
			.with(user(this.partner))
			.exchange();
		assertThat(xlsx).hasStatusOk();
		assertThat(xlsx.getResponse().getContentType()).isEqualTo(com.rolloutplanner.export.Spreadsheets.XLSX);
		assertThat(xlsx.getResponse().getHeader("Content-Disposition"))
			.contains("issues-" + this.id + "-2026-11-27.xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			org.apache.poi.ss.usermodel.Row row = workbook.getSheetAt(0).getRow(1);
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Title");
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=Callbacks not made");
			assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(row.getCell(7).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 30, 12, 0));
		}
	}

	@Test
	void anIssueWithoutAResponseGoesToTheSteeringGroupThenTheExecutivesOnceEach() {
		// Critical: four hours; raised five hours ago.
		IssueView issue = this.issues.raise(this.id, "Queue has no owner", null, IssueSeverity.CRITICAL,
				com.rolloutplanner.engagement.Side.PARTNER, this.client,
				this.clock.instant().minus(Duration.ofHours(5)));
		assertThat(issue.tier()).isEqualTo(EscalationTier.STEERING_GROUP);
		// The dashboard counts the critical issue where attention is needed; a response
		// owed since before today is overdue there.
		assertThat(page("/?sort=flags", this.client)).contains("1 critical issue").doesNotContain("Response overdue");
		assertThat(this.escalations.run()).isGreaterThanOrEqualTo(1);
		assertThat(this.escalations.run()).as("told once").isZero();
		assertThat(historyKeys()).containsOnlyOnce("history.entry.issueEscalated");
		assertThat(page("/engagements/" + this.id + "/issues?tier=STEERING_GROUP", this.client))
			.contains("Queue has no owner", "Steering group", "Late");
		assertThat(page("/engagements/" + this.id + "/issues?tier=EXECUTIVE", this.client))
			.contains("No issues match.");

		// Four more hours: a second full promise after it was due.
		this.clock.set(this.clock.instant().plus(Duration.ofHours(4)));
		assertThat(this.escalations.run()).isGreaterThanOrEqualTo(1);
		assertThat(historyKeys()).filteredOn("history.entry.issueEscalated"::equals).hasSize(2);
		assertThat(this.issues.issue(this.id, issue.id(), this.client.access()).tier())
			.isEqualTo(EscalationTier.EXECUTIVE);
		assertThat(page("/engagements/" + this.id + "/report", this.client)).contains(
				"Issues: one open, 1 critical, 1 escalated.", "Escalated: Queue has no owner (with the Executives;");
		// A late response stops the clock where it is and says it was late.
		this.issues.respond(this.id, issue.id(), "Owner named.", this.partner);
		assertThat(historyKeys()).contains("history.entry.issueRespondedLate");
		this.clock.set(this.clock.instant().plus(Duration.ofDays(3)));
		assertThat(this.issues.issue(this.id, issue.id(), this.client.access()).tier())
			.isEqualTo(EscalationTier.EXECUTIVE);
		this.issues.raise(this.id, "Old question", null, IssueSeverity.LOW, com.rolloutplanner.engagement.Side.PARTNER,
				this.client, this.clock.instant().minus(Duration.ofDays(20)));
		assertThat(page("/?sort=flags", this.client)).contains("1 critical issue", "Response overdue");
	}

	@Test
	void theReportNamesTheFirstFiveEscalatedIssuesAndStaysWithinTwoPages() throws Exception {
		for (int i = 0; i < 7; i++) {
			this.issues.raise(this.id, i + " " + "Nobody answers the disputed invoices queue ".repeat(4).strip(), null,
					IssueSeverity.CRITICAL, com.rolloutplanner.engagement.Side.PARTNER, this.client,
					this.clock.instant().minus(Duration.ofHours(5 + i)));
		}
		byte[] pdf = this.mvc.get()
			.uri("/engagements/" + this.id + "/report.pdf")
			.with(user(this.client))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(document.getNumberOfPages()).isBetween(1, 2);
			assertThat(text).contains("Issues: 7 open, 7 critical, 7 escalated.");
			assertThat(text.split("Escalated: ", -1)).hasSize(6);
		}
	}

	@Test
	void twoInstancesLookingForEscalationsAtTheSameMomentTellEachOnce() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.issues.raise(this.id, "Unanswered " + i, null, IssueSeverity.CRITICAL,
					com.rolloutplanner.engagement.Side.PARTNER, this.client,
					this.clock.instant().minus(Duration.ofHours(5)));
		}
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(4);
			List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
			for (int i = 0; i < 4; i++) {
				runs.add(pool.submit(() -> {
					barrier.await(30, java.util.concurrent.TimeUnit.SECONDS);
					return this.escalations.run();
				}));
			}
			for (java.util.concurrent.Future<Integer> run : runs) {
				run.get(60, java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(historyKeys()).filteredOn("history.entry.issueEscalated"::equals).hasSize(3);
	}

	@Test
	void wrongInputIsRefusedAtItsFieldInBothLanguagesAndNothingIsSaved() {
		MvcTestResult refused = this.mvc.post()
			.uri("/engagements/" + this.id + "/issues")
			.with(csrf())
			.with(user(this.client))
			.param("title", "x".repeat(201))
			.param("severity", "URGENT")
			.param("ownerSide", "")
			.param("description", "bad\u0000text")
			.exchange();
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("Use at most 200 characters.", "Enter a valid value.", "Choose the side that responds.",
					"Remove the control characters", "href=\"#ownerSide\"");
		MvcTestResult finnish = this.mvc.post()
			.uri("/engagements/" + this.id + "/issues?lang=fi")
			.with(csrf())
			.with(user(this.client))
			.param("title", " ")
			.param("severity", "LOW")
			.exchange();
		assertThat(finnish).bodyText().contains("Täytä tämä kenttä.", "Valitse vastaava osapuoli.");
		MvcTestResult times = this.mvc.post()
			.uri("/engagements/" + this.id + "/response-times")
			.with(csrf())
			.with(user(this.partner))
			.param("critical", "0")
			.param("high", "31")
			.param("medium", "two")
			.param("low", "")
			.exchange();
		assertThat(times).hasStatusOk()
			.bodyText()
			.contains("Enter whole hours from 1 to 720.", "Enter whole working days from 1 to 30.", "Fill this in.");
		assertThat(api("POST", "/issues", "{\"title\": \"\", \"severity\": \"HIGH\"}", this.client)).hasStatus(400)
			.bodyText()
			.contains("\"title\"", "\"ownerSide\"");
		assertThat(api("PUT", "/response-times",
				"{\"CRITICAL\": \"PT90M\", \"HIGH\": \"P0D\", \"MEDIUM\": \"P3D\", \"LOW\": \"P31D\"}", this.partner))
			.hasStatus(400)
			.bodyText()
			.contains("\"CRITICAL\"", "\"HIGH\"", "\"LOW\"");
		assertThat(count()).isZero();
		assertThat(this.jdbc.sql("select count(*) from response_time where engagement_id = ?")
			.param(this.id)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theApiRaisesRespondsListsByTierAndPageAndSetsTheResponseTimes() {
		assertThat(api("PUT", "/response-times",
				"{\"CRITICAL\": \"PT2H\", \"HIGH\": \"P2D\", \"MEDIUM\": \"P3D\", \"LOW\": \"P10D\"}", this.partner))
			.hasStatusOk()
			.bodyText()
			.contains("\"CRITICAL\":\"PT2H\"", "\"HIGH\":\"P2D\"");
		assertThat(historyKeys()).contains("history.entry.responseTimeChanged.hours",
				"history.entry.responseTimeChanged.days");
		// Raised on Friday at noon with two working days: due Tuesday at noon.
		MvcTestResult created = api("POST", "/issues",
				"{\"title\": \"Tariff articles missing\", \"severity\": \"HIGH\", \"ownerSide\": \"CLIENT\"}",
				this.partner);
		assertThat(created).hasStatus(201)
			.bodyText()
			.contains("\"responseDue\":\"2026-12-01T12:00:00+02:00\"", "\"tier\":\"OPERATIONAL\"",
					"\"raisedSide\":\"PARTNER\"");
		for (int i = 0; i < 3; i++) {
			this.issues.raise(this.id, "Critical " + i, null, IssueSeverity.CRITICAL,
					com.rolloutplanner.engagement.Side.PARTNER, this.client,
					this.clock.instant().minus(Duration.ofHours(3)));
		}
		MvcTestResult escalated = api("GET", "/issues?tier=STEERING_GROUP&size=2", null, this.client);
		assertThat(escalated).hasStatusOk().hasHeader("X-Total-Count", "3");
		assertThat(escalated.getResponse().getHeader("Link")).contains("rel=\"next\"");
		assertThat(api("GET", "/issues?open=true&page=0&size=50", null, this.client)).hasHeader("X-Total-Count", "4");
		assertThat(api("GET", "/issues?tier=LATE", null, this.client)).hasStatus(400).bodyText().contains("\"tier\"");
		Long first = this.jdbc.sql("select min(id) from engagement_issue where engagement_id = ?")
			.param(this.id)
			.query(Long.class)
			.single();
		assertThat(api("POST", "/issues/" + first + "/response", "{\"text\": \"Drafts by Wednesday.\"}", this.client))
			.hasStatusOk()
			.bodyText()
			.contains("\"respondedAt\":\"2026-11-27T12:00:00+02:00\"");
		// Another organisation finds nothing of it, on any route.
		assertThat(api("GET", "/issues", null, this.outsider)).hasStatus(404);
		assertThat(api("GET", "/issues/" + first, null, this.outsider)).hasStatus(404);
		assertThat(api("POST", "/issues", "{\"title\": \"x\", \"severity\": \"LOW\", \"ownerSide\": \"CLIENT\"}",
				this.outsider))
			.hasStatus(404);
		assertThat(api("PUT", "/response-times", "{\"CRITICAL\": \"PT1H\"}", this.outsider)).hasStatus(404);
		for (String path : List.of("/issues", "/issues/" + first, "/issues.csv")) {
			assertThat(this.mvc.get().uri("/engagements/" + this.id + path).with(user(this.outsider))).hasStatus(404);
		}
		assertThat(step(first, "resolution", "Done.", this.outsider)).hasStatus(404);
		assertThat(count()).isEqualTo(4);
	}

	@Test
	void aResponseOwedOverAWeekendIsDueOnMondayAtTheSameTimeOfDay() {
		ZonedDateTime saturday = ZonedDateTime.of(2026, 11, 28, 9, 30, 0, 0, this.clock.getZone());
		this.clock.set(saturday.plusDays(1).toInstant());
		IssueView issue = this.issues.raise(this.id, "Weekend", null, IssueSeverity.HIGH,
				com.rolloutplanner.engagement.Side.CLIENT, this.partner, saturday.toInstant());
		assertThat(issue.responseDue()).isEqualTo(saturday.plusDays(2).toInstant());
		assertThat(issue.tier()).isEqualTo(EscalationTier.OPERATIONAL);
		Instant later = this.clock.instant();
		assertThat(later).isBefore(issue.responseDue());
	}

	private MvcTestResult step(Long issueId, String kind, String text, CurrentUser who) {
		return this.mvc.post()
			.uri("/engagements/" + this.id + "/issues/" + issueId + "/" + kind)
			.with(csrf())
			.with(user(who))
			.param(kind, text)
			.exchange();
	}

	private MvcTestResult api(String method, String path, String body, CurrentUser who) {
		String uri = "/api/engagements/" + this.id + path;
		var request = switch (method) {
			case "GET" -> this.mvc.get().uri(uri);
			case "PUT" -> this.mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body);
			default -> this.mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body);
		};
		return request.with(httpBasic(who.getUsername(), TestUsers.PASSWORD))
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
	}

	private List<String> historyKeys() {
		return this.jdbc.sql("select message_key from history_entry where engagement_id = ? order by id")
			.param(this.id)
			.query(String.class)
			.list();
	}

	private int count() {
		return this.jdbc.sql("select count(*) from engagement_issue where engagement_id = ?")
			.param(this.id)
			.query(Integer.class)
			.single();
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
