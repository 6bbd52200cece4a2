package com.rolloutplanner.api;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.minutes.MeetingMinutes;
import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.steering.Arrangement;
import com.rolloutplanner.steering.MeetingKind;
import com.rolloutplanner.meeting.Meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** Meetings and actions on the JSON API. */
@RolloutIntegrationTest
class SteeringApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Engagements engagements;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	Meetings meetings;

	@Autowired
	MeetingMinutes meetingMinutes;

	@Autowired
	UserDetailsService users;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	Clock clock;

	Long id;

	Long meetingId;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.accounts, this.organisations, "steerapi.client", "Siiri Api", "SteerApi Client",
				Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "steerapi.other", "Otto Api", "SteerApi Other",
				Role.MANAGER);
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Steering API")
				.between(this.organisations.findOrAdd("SteerApi Client"),
						this.organisations.findOrAdd("SteerApi Partner"))
				.goLive(LocalDate.of(2026, 10, 1))
				.terms(), "Test")
			.getId();
		CurrentUser client = (CurrentUser) this.users.loadUserByUsername("steerapi.client");
		this.meetingId = this.meetings.schedule(this.id, new Arrangement(MeetingKind.STEERING_GROUP,
				LocalDateTime.of(2026, 12, 4, 10, 0), 60, null, null, Set.of("steerapi.client")), client);
		this.meetingMinutes.recordDecision(this.id, this.meetingId, "Keep weekly reviews", "Steering group", client);
	}

	@Test
	void listsTheMeetingsWithTheirAgendaDecisionsAndApproval() {
		MvcTestResult list = get("/api/engagements/" + this.id + "/meetings", "steerapi.client");

		assertThat(list).hasStatusOk().bodyJson().extractingPath("$[0].kind").isEqualTo("STEERING_GROUP");
		assertThat(list).bodyJson().extractingPath("$[0].startsAt").isEqualTo("2026-12-04T10:00:00+02:00");
		assertThat(list).bodyJson().extractingPath("$[0].attendees").asArray().containsExactly("steerapi.client");
		assertThat(list).bodyJson().extractingPath("$[0].agenda[0].kind").isEqualTo("PHASE");
		assertThat(list).bodyJson().extractingPath("$[0].agenda[0].title").isEqualTo("Where the journey stands");
		assertThat(list).bodyJson().extractingPath("$[0].decisions[0].text").isEqualTo("Keep weekly reviews");
		assertThat(list).bodyJson().extractingPath("$[0].decisions[0].decidedBy").isEqualTo("Steering group");
		assertThat(list).bodyJson().extractingPath("$[0].minutesApproved").isEqualTo(false);
	}

	@Test
	void aPageOfMeetingsReadsTheSameNumberOfStatementsHoweverManyMeetingsThereAre() {
		Long few = engagementWithMeetings(6);
		Long many = engagementWithMeetings(30);

		long forFew = statements(
				() -> assertThat(get("/api/engagements/" + few + "/meetings?size=5", "steerapi.client")).hasStatusOk());
		long forMany = statements(
				() -> assertThat(get("/api/engagements/" + many + "/meetings?size=5", "steerapi.client"))
					.hasStatusOk());

		assertThat(forMany).as("statements for a page of 5 of 30 meetings, against 5 of 6").isEqualTo(forFew);
		assertThat(forFew).isPositive();
	}

	@Test
	void theMeetingsArePagedWithTheTotalAndLinksToTheNeighbouringPages() {
		Long many = engagementWithMeetings(12);
		String base = "/api/engagements/" + many + "/meetings";

		MvcTestResult second = get(base + "?page=1&size=5", "steerapi.client");
		assertThat(second).hasStatusOk().hasHeader("X-Total-Count", "12");
		assertThat(second).bodyJson().extractingPath("$.length()").isEqualTo(5);
		assertThat(second).bodyJson().extractingPath("$[0].startsAt").isEqualTo("2026-12-08T10:00:00+02:00");
		assertThat(second.getResponse().getHeader("Link")).contains("page=0&size=5>; rel=\"first\"",
				"page=0&size=5>; rel=\"prev\"", "page=2&size=5>; rel=\"next\"", "page=2&size=5>; rel=\"last\"");
		MvcTestResult last = get(base + "?page=2&size=5", "steerapi.client");
		assertThat(last).bodyJson().extractingPath("$.length()").isEqualTo(2);
		assertThat(last.getResponse().getHeader("Link")).doesNotContain("rel=\"next\"");
		assertThat(get(base + "?page=9", "steerapi.client")).hasStatusOk().bodyJson().isEqualTo("[]");
		assertThat(get(base, "steerapi.client")).hasHeader("X-Total-Count", "12")
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(12);

		for (String bad : List.of("page=-1", "page=x", "page=1.0", "page=%201", "size=0", "size=201", "size=",
				"page=99999999999")) {
			assertThat(get(base + "?" + bad, "steerapi.client")).as(bad)
				.hasStatus(400)
				.bodyJson()
				.extractingPath("$.errors[0].field")
				.isEqualTo(bad.substring(0, bad.indexOf('=')));
		}
	}

	private Long engagementWithMeetings(int count) {
		CurrentUser client = (CurrentUser) this.users.loadUserByUsername("steerapi.client");
		Long engagement = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Steering API " + count + " " + System.nanoTime())
				.between(this.organisations.findOrAdd("SteerApi Client"),
						this.organisations.findOrAdd("SteerApi Partner"))
				.goLive(LocalDate.of(2026, 10, 1))
				.terms(), "Test")
			.getId();
		for (int i = 0; i < count; i++) {
			Long meeting = this.meetings.schedule(engagement, new Arrangement(MeetingKind.OPERATIONAL_REVIEW,
					LocalDateTime.of(2026, 11, 3, 10, 0).plusDays(7L * i), 60, null, null, Set.of("steerapi.client")),
					client);
			this.meetingMinutes.recordDecision(engagement, meeting, "Decision " + i, "Steering group", client);
		}
		return engagement;
	}

	private long statements(Runnable request) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		request.run();
		return statistics.getPrepareStatementCount();
	}

	@Test
	void createsAndUpdatesAnActionWithItsStateAndVersion() {
		MvcTestResult created = send("POST", "/api/engagements/" + this.id + "/actions", "steerapi.client", """
				{"title": "Share the call recordings", "ownerSide": "CLIENT", "owner": "steerapi.client",
				 "dueDate": "2026-12-01", "meetingId": %d}""".formatted(this.meetingId));

		assertThat(created).hasStatus(201).bodyJson().extractingPath("$.state").isEqualTo("DUE_SOON");
		assertThat(created.getResponse().getHeader("Location")).contains("/api/engagements/" + this.id + "/actions/");
		Long actionId = Long.valueOf(created.getResponse().getHeader("Location").replaceAll(".*/", ""));
		assertThat(get("/api/engagements/" + this.id + "/actions?asOf=2026-12-02", "steerapi.client")).bodyJson()
			.extractingPath("$[0].state")
			.isEqualTo("OVERDUE");

		String done = """
				{"title": "Share the call recordings", "ownerSide": "CLIENT", "dueDate": "2026-12-01",
				 "done": true, "version": 0}""";
		assertThat(send("PUT", "/api/engagements/" + this.id + "/actions/" + actionId, "steerapi.client", done))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.state")
			.isEqualTo("DONE");
		assertThat(send("PUT", "/api/engagements/" + this.id + "/actions/" + actionId, "steerapi.client", done))
			.as("the same version again is stale")
			.hasStatus(409);
		assertThat(send("PUT", "/api/engagements/" + this.id + "/actions/" + actionId, "steerapi.client",
				done.replace(", \"version\": 0", "")))
			.hasStatus(400);
	}

	@Test
	void refusesAnUnknownOwnerAndADueDateOutsideTheWindow() {
		String base = "/api/engagements/" + this.id + "/actions";
		assertThat(send("POST", base, "steerapi.client", """
				{"title": "x", "ownerSide": "CLIENT", "owner": "steerapi.other", "dueDate": "2026-12-01"}"""))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("owner");
		assertThat(send("POST", base, "steerapi.client", """
				{"title": "x", "ownerSide": "CLIENT", "dueDate": "2426-12-01"}""")).hasStatus(400);
		assertThat(send("POST", base, "steerapi.client", """
				{"title": " ", "ownerSide": "NOBODY", "dueDate": "2026-12-01"}""")).hasStatus(400);
		assertThat(get(base, "steerapi.client")).bodyJson().extractingPath("$").asArray().isEmpty();
	}

	@Test
	void coercesNothingRefusesUnknownAndRepeatedKeysAndNamesTheField() {
		String base = "/api/engagements/" + this.id + "/actions";
		String[][] refused = { { "{\"title\": \"x\", \"ownerSide\": 0, \"dueDate\": \"2026-12-01\"}", "ownerSide" }, {
				"{\"title\": \"x\", \"ownerSide\": \"CLIENT\", \"dueDate\": \"2026-12-01\", \"done\": 9999999999999999}",
				"done" },
				{ "{\"title\": \"x\", \"ownerSide\": \"CLIENT\", \"dueDate\": \"2026-12-01\", \"done\": \"\"}",
						"done" },
				{ "{\"title\": \"x\", \"ownerSide\": \"CLIENT\", \"dueDate\": \"2026-12-01\", \"done\": 1}", "done" },
				{ "{\"title\": \"x\", \"ownerSide\": \"CLIENT\", \"dueDate\": \"2026-12-01\", \"task\": \"y\"}",
						"task" },
				{ "{\"title\": \"x\", \"title\": \"y\", \"ownerSide\": \"CLIENT\", \"dueDate\": \"2026-12-01\"}",
						"title" } };
		for (String[] body : refused) {
			assertThat(send("POST", base, "steerapi.client", body[0])).as(body[0])
				.hasStatus(400)
				.bodyJson()
				.extractingPath("$.errors[0].field")
				.isEqualTo(body[1]);
		}
		assertThat(get(base, "steerapi.client")).bodyJson().extractingPath("$").asArray().isEmpty();
	}

	@Test
	void anotherOrganisationsMeetingsAndActionsAreNotFound() {
		String base = "/api/engagements/" + this.id;
		String action = """
				{"title": "x", "ownerSide": "CLIENT", "dueDate": "2026-12-01", "version": 0}""";

		assertThat(get(base + "/meetings", "steerapi.other")).hasStatus(404);
		assertThat(get(base + "/actions", "steerapi.other")).hasStatus(404);
		assertThat(send("POST", base + "/actions", "steerapi.other", action)).hasStatus(404);
		assertThat(send("PUT", base + "/actions/1", "steerapi.other", action)).hasStatus(404);
		assertThat(get(base + "/actions", "steerapi.client")).bodyJson().extractingPath("$").asArray().isEmpty();
	}

	private MvcTestResult get(String uri, String username) {
		return this.mvc.get().uri(uri).with(httpBasic(username, TestUsers.PASSWORD)).exchange();
	}

	private MvcTestResult send(String method, String uri, String username, String json) {
		var request = "PUT".equals(method) ? this.mvc.put() : this.mvc.post();
		return request.uri(uri)
			.with(httpBasic(username, TestUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
