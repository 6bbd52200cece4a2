package com.rolloutplanner.web;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.minutes.MeetingMinutes;
import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.commitments.GateType;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.steering.Arrangement;
import com.rolloutplanner.steering.MeetingKind;
import com.rolloutplanner.steering.MeetingView;
import com.rolloutplanner.meeting.Meetings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same form sent many times at the same moment from one session, as an impatient
 * double (or triple) click does: every answer takes the user back to the page, none is an
 * error, and what was done is done once.
 */
@RolloutIntegrationTest
class DoubleClickTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Engagements engagements;

	@Autowired
	Meetings meetings;

	@Autowired
	MeetingMinutes meetingMinutes;

	@Autowired
	ActionItems actionItems;

	@Autowired
	Commitments commitments;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	String client;

	Long id;

	Long meetingId;

	WebSession tab;

	@BeforeEach
	void setUp() {
		String suffix = Long.toString(System.nanoTime(), 36);
		this.client = "clicks." + suffix;
		TestUsers.ensure(this.accounts, this.organisations, this.client, "Kalle Klick", "Clicks Client " + suffix,
				Role.MANAGER);
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Double clicks " + suffix)
				.between(this.organisations.findOrAdd("Clicks Client " + suffix),
						this.organisations.findOrAdd("Clicks Partner " + suffix))
				.goLive(LocalDate.now(this.clock).minusMonths(2))
				.terms(), "Test")
			.getId();
		this.meetingId = this.meetings.schedule(this.id,
				new Arrangement(MeetingKind.OPERATIONAL_REVIEW,
						LocalDateTime.now(this.clock).minusDays(1).withHour(9).withMinute(0), 60, null, null,
						Set.of(this.client)),
				user());
		this.tab = new WebSession(this.port).logIn(this.client, TestUsers.PASSWORD);
	}

	@Test
	void thirtyApprovalsOfTheMinutesAtOnceAllLandOnTheMeetingWhichIsApprovedOnce() throws Exception {
		String page = "/engagements/" + this.id + "/meetings/" + this.meetingId;
		String token = this.tab.csrfOf(page);

		List<HttpResponse<String>> answers = atOnce(30,
				() -> this.tab.postWithToken(page, page + "/approve", Map.of("_csrf", token)));

		assertThat(answers).allSatisfy((a) -> {
			assertThat(a.statusCode()).isEqualTo(302);
			assertThat(a.headers().firstValue("Location").orElseThrow()).contains(page);
		});
		MeetingView meeting = this.meetings.meetings(this.id, user().access()).get(0);
		assertThat(meeting.clientApprovedBy()).startsWith("Kalle Klick");
		assertThat(this.tab.open(page).statusCode()).isEqualTo(200);
	}

	@Test
	void sixteenSignaturesOfAGateAtOnceAllLandOnTheGatesPageWhichShowsOneSignature() throws Exception {
		String page = "/engagements/" + this.id + "/gates";
		String token = this.tab.csrfOf(page);

		List<HttpResponse<String>> answers = atOnce(16,
				() -> this.tab.postWithToken(page, page + "/START_UP_EXIT/sign", Map.of("_csrf", token)));

		assertThat(answers).allSatisfy((a) -> assertThat(a.statusCode()).isEqualTo(302));
		assertThat(this.commitments.gates(this.id, user())
			.stream()
			.filter((g) -> g.type() == GateType.START_UP_EXIT)
			.findFirst()
			.orElseThrow()
			.client()).isNotNull();
		assertThat(this.tab.open(page).statusCode()).isEqualTo(200);
	}

	@Test
	void aDecisionAndAnAgendaPointSentTwiceAtOnceAreRecordedOnce() throws Exception {
		String page = "/engagements/" + this.id + "/meetings/" + this.meetingId;
		String token = this.tab.csrfOf(page);

		List<HttpResponse<String>> answers = new ArrayList<>();
		answers.addAll(atOnce(2, () -> this.tab.postWithToken(page, page + "/decisions",
				Map.of("_csrf", token, "text", "Weekly quality reviews", "decidedBy", "Steering group"))));
		answers.addAll(atOnce(2, () -> this.tab.postWithToken(page, page + "/points",
				Map.of("_csrf", token, "pointTitle", "Staffing for the spring"))));

		assertThat(answers).allSatisfy((a) -> assertThat(a.statusCode()).isEqualTo(302));
		assertThat(this.meetingMinutes.decisions(this.id, this.meetingId, user().access())).hasSize(1);
		assertThat(this.meetingMinutes.agenda(this.id, this.meetingId, user().access(), java.util.Locale.ENGLISH)
			.points()
			.stream()
			.filter((p) -> "Staffing for the spring".equals(p.title()))).hasSize(1);
		assertThat(this.tab.open(page).statusCode()).isEqualTo(200);
	}

	@Test
	void anActionAndAMeetingFormSentTwiceAtOnceWithTheSameFormAreDoneOnce() throws Exception {
		String page = "/engagements/" + this.id + "/meetings/" + this.meetingId;
		String html = this.tab.get(page).body();
		String token = WebSession.csrf(html);
		java.util.regex.Matcher once = java.util.regex.Pattern.compile("name=\"_once\" value=\"([^\"]+)\"")
			.matcher(html.substring(html.indexOf("/actions\"")));
		assertThat(once.find()).as("the form carries its one-time id").isTrue();

		List<HttpResponse<String>> answers = atOnce(2,
				() -> this.tab.postWithToken(page, page + "/actions",
						Map.of("_csrf", token, "_once", once.group(1), "title", "Staff the evening shift", "ownerSide",
								"PARTNER", "owner", "", "dueDate", "2026-12-20")));

		assertThat(answers).allSatisfy((a) -> assertThat(a.statusCode()).isEqualTo(302));
		assertThat(this.actionItems.actionsOf(this.id, this.meetingId, user().access())).hasSize(1);
		assertThat(this.tab.open(page).body()).containsAnyOf("The action was added.", "was sent already");

		String list = "/engagements/" + this.id + "/meetings";
		String listHtml = this.tab.get(list).body();
		java.util.regex.Matcher scheduleOnce = java.util.regex.Pattern.compile("name=\"_once\" value=\"([^\"]+)\"")
			.matcher(listHtml.substring(listHtml.indexOf("id=\"schedule")));
		assertThat(scheduleOnce.find()).isTrue();
		int before = this.meetings.meetings(this.id, user().access()).size();
		for (int i = 0; i < 2; i++) {
			this.tab.postWithToken(list, list, Map.of("_csrf", token, "_once", scheduleOnce.group(1), "kind",
					"OPERATIONAL_REVIEW", "date", "2026-12-15", "time", "09:00", "durationMinutes", "60"));
		}
		assertThat(this.meetings.meetings(this.id, user().access())).hasSize(before + 1);
	}

	@Test
	void anIssueARiskAChangeRequestAndAResponseSentTwiceAtOnceAreDoneOnce() throws Exception {
		String page = "/engagements/" + this.id + "/issues";
		String html = this.tab.get(page).body();
		String token = WebSession.csrf(html);
		List<HttpResponse<String>> answers = new ArrayList<>(atOnce(2,
				() -> this.tab.postWithToken(page, page, Map.of("_csrf", token, "_once", once(html, "id=\"raise\""),
						"title", "Queue unanswered", "severity", "HIGH", "ownerSide", "CLIENT", "description", ""))));
		String risks = "/engagements/" + this.id + "/risks";
		String risksHtml = this.tab.get(risks).body();
		answers.addAll(atOnce(2,
				() -> this.tab.postWithToken(risks, risks,
						Map.of("_csrf", token, "_once", once(risksHtml, "id=\"add\""), "title", "Agents leave",
								"likelihood", "3", "impact", "4", "ownerSide", "PARTNER", "reviewDate", "2026-12-15",
								"mitigation", ""))));
		String changes = "/engagements/" + this.id + "/changes";
		String changesHtml = this.tab.get(changes).body();
		answers.addAll(atOnce(2, () -> this.tab.postWithToken(changes, changes, Map.of("_csrf", token, "_once",
				once(changesHtml, "id=\"request\""), "area", "VOLUME", "title", "More e-mail"))));
		assertThat(answers).allSatisfy((a) -> assertThat(a.statusCode()).isEqualTo(302));
		assertThat(count("engagement_issue")).isEqualTo(1);
		assertThat(count("engagement_risk")).isEqualTo(1);
		assertThat(count("change_request")).isEqualTo(1);

		// The client owes the response: two sent at once, one stored.
		Long issueId = this.jdbc.queryForObject("select id from engagement_issue where engagement_id = ?", Long.class,
				this.id);
		String issue = "/engagements/" + this.id + "/issues/" + issueId;
		String issueHtml = this.tab.get(issue).body();
		List<HttpResponse<String>> responses = atOnce(2, () -> this.tab.postWithToken(issue, issue + "/response",
				Map.of("_csrf", token, "_once", once(issueHtml, "id=\"respond\""), "response", "On it.")));
		assertThat(responses).allSatisfy((a) -> assertThat(a.statusCode()).isEqualTo(302));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from history_entry where engagement_id = ? and message_key = ?", Integer.class,
				this.id, "history.entry.issueResponded"))
			.isEqualTo(1);
		assertThat(this.tab.open(issue).body()).contains("On it.");
	}

	/** The one-time id of the first form after the marker. */
	private static String once(String html, String marker) {
		java.util.regex.Matcher once = java.util.regex.Pattern.compile("name=\"_once\" value=\"([^\"]+)\"")
			.matcher(html.substring(html.indexOf(marker)));
		assertThat(once.find()).as("the form after " + marker + " carries its one-time id").isTrue();
		return once.group(1);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where engagement_id = ?", Integer.class,
				this.id);
	}

	private CurrentUser user() {
		return (CurrentUser) this.users.loadUserByUsername(this.client);
	}

	private static <T> List<T> atOnce(int times, Supplier<T> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(times);
		try {
			CyclicBarrier barrier = new CyclicBarrier(times);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < times; i++) {
				futures.add(pool.submit(() -> {
					barrier.await(30, TimeUnit.SECONDS);
					return request.get();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
