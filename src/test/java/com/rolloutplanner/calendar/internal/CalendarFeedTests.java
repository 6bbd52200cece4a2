package com.rolloutplanner.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Contacts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.action.ActionItem.Task;
import com.rolloutplanner.steering.Arrangement;
import com.rolloutplanner.steering.MeetingKind;
import com.rolloutplanner.meeting.Meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** A personal calendar feed read back with an iCalendar library, and its revocation. */
@RolloutIntegrationTest
class CalendarFeedTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	Engagements engagements;

	@Autowired
	Meetings meetings;

	@Autowired
	ActionItems actionItems;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	Contacts contacts;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	@Autowired
	com.rolloutplanner.issue.Issues issues;

	CurrentUser client;

	CurrentUser partner;

	Long id;

	Long meetingId;

	Long hidden;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.accounts, this.organisations, "cal.client", "Cilla Calendar", "Cal Client", Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "cal.other", "Oiva Other", "Cal Other", Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "cal.partner", "Paula Partner", "Cal Partner",
				Role.MANAGER);
		this.client = (CurrentUser) this.users.loadUserByUsername("cal.client");
		this.partner = (CurrentUser) this.users.loadUserByUsername("cal.partner");
		CurrentUser other = (CurrentUser) this.users.loadUserByUsername("cal.other");
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Calendar engagement")
				.between(this.organisations.findOrAdd("Cal Client"), this.organisations.findOrAdd("Cal Partner"))
				.goLive(LocalDate.of(2026, 10, 1))
				.terms(), "Test")
			.getId();
		this.meetingId = this.meetings.schedule(this.id, new Arrangement(MeetingKind.STEERING_GROUP,
				LocalDateTime.of(2027, 7, 2, 13, 0), 90, "Room 4", null, Set.of("cal.client")), this.client);
		this.actionItems.addAction(this.id, this.meetingId,
				new Task("Send the staffing plan", OwnerSide.PARTNER, null, LocalDate.of(2026, 12, 10), false),
				this.client.access(), this.client.signature());
		Long otherEngagement = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Somebody else's engagement")
				.between(this.organisations.findOrAdd("Cal Other"), this.organisations.findOrAdd("Cal Partner"))
				.goLive(LocalDate.of(2026, 10, 1))
				.terms(), "Test")
			.getId();
		this.hidden = this.meetings.schedule(otherEngagement, new Arrangement(MeetingKind.STEERING_GROUP,
				LocalDateTime.of(2027, 1, 5, 13, 0), 60, null, null, Set.of()), other);
	}

	@Test
	void theFeedParsesBackWithMeetingsInTheirZoneAndDueDatesAsDays() throws Exception {
		String token = this.feeds.create("cal.client", "Laptop");

		MvcTestResult feed = this.mvc.get().uri("/calendar/" + token + ".ics").exchange();

		assertThat(feed).hasStatusOk();
		assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
		String body = feed.getResponse().getContentAsString();
		ICalendar calendar = Biweekly.parse(body).first();
		List<VEvent> events = calendar.getEvents();
		VEvent meeting = event(events, "meeting-" + this.meetingId + "@rollout-planner");
		assertThat(meeting.getSummary().getValue()).isEqualTo("Steering group: Calendar engagement");
		// 2 July 2027 13:00 in Helsinki is 10:00 UTC (summer time)
		assertThat(meeting.getDateStart().getValue().toInstant())
			.isEqualTo(LocalDateTime.of(2027, 7, 2, 13, 0).atZone(ZoneId.of("Europe/Helsinki")).toInstant());
		assertThat(body).contains("DTSTART;TZID=Europe/Helsinki:20270702T130000", "BEGIN:VTIMEZONE", "BEGIN:DAYLIGHT");
		assertThat(meeting.getLocation().getValue()).isEqualTo("Room 4");
		assertThat(meeting.getUrl().getValue())
			.endsWith("/engagements/" + this.id + "/meetings/" + this.meetingId + "#agenda");
		assertThat(meeting.getAttendees()).extracting((a) -> a.getCommonName()).containsExactly("Cilla Calendar");
		assertThat(events).extracting((e) -> e.getUid().getValue())
			.contains("gate-" + this.id + "-START_UP_EXIT@rollout-planner", "charter-" + this.id + "@rollout-planner")
			.doesNotContain("meeting-" + this.hidden + "@rollout-planner");
		VEvent action = events.stream()
			.filter((e) -> e.getSummary().getValue().contains("Send the staffing plan"))
			.findFirst()
			.orElseThrow();
		assertThat(action.getUid().getValue()).startsWith("action-");
		assertThat(action.getDateStart().getValue().hasTime()).isFalse();
		assertThat(body).contains("DTSTART;VALUE=DATE:20261210");

		// An issue's response is due at a moment: a timed event that opens the issue.
		com.rolloutplanner.issue.IssueView issue = this.issues.raise(this.id, "Queue unanswered", null,
				com.rolloutplanner.issue.IssueSeverity.CRITICAL, com.rolloutplanner.engagement.Side.PARTNER,
				this.client);
		List<VEvent> withIssue = Biweekly
			.parse(this.mvc.get().uri("/calendar/" + token + ".ics").exchange().getResponse().getContentAsString())
			.first()
			.getEvents();
		VEvent response = event(withIssue, "issue-" + issue.id() + "@rollout-planner");
		assertThat(response.getSummary().getValue()).contains("Issue response", "Queue unanswered");
		assertThat(response.getDateStart().getValue().hasTime()).isTrue();
		assertThat(response.getDateStart().getValue().toInstant()).isEqualTo(issue.responseDue());
		assertThat(response.getUrl().getValue()).endsWith("/engagements/" + this.id + "/issues/" + issue.id());
		this.issues.respond(this.id, issue.id(), "On it.", this.partner);
		assertThat(this.mvc.get().uri("/calendar/" + token + ".ics").exchange().getResponse().getContentAsString())
			.as("a response stops the clock: no event")
			.doesNotContain("issue-" + issue.id());

		String again = this.mvc.get().uri("/calendar/" + token + ".ics").exchange().getResponse().getContentAsString();
		assertThat(Biweekly.parse(again).first().getEvents()).extracting((e) -> e.getUid().getValue())
			.as("the same UIDs on every read")
			.containsExactlyInAnyOrderElementsOf(events.stream().map((e) -> e.getUid().getValue()).toList());
	}

	@Test
	void aRevokedOrUnknownFeedIsNotFound() {
		String token = this.feeds.create("cal.client", "Phone");
		Long feedId = this.feeds.of("cal.client").get(0).id();

		assertThat(this.mvc.post()
			.uri("/account/calendar/" + feedId + "/revoke")
			.with(user(this.users.loadUserByUsername("cal.other")))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/calendar/" + token + ".ics")).as("another user cannot revoke it").hasStatusOk();

		assertThat(this.mvc.post().uri("/account/calendar/" + feedId + "/revoke").with(user(this.client)).with(csrf()))
			.hasStatus3xxRedirection();

		assertThat(this.mvc.get().uri("/calendar/" + token + ".ics")).hasStatus(404);
		assertThat(this.mvc.get().uri("/calendar/not-a-token.ics")).hasStatus(404);
		assertThat(this.mvc.get().uri("/calendar/" + "A".repeat(43) + ".ics")).hasStatus(404);
	}

	@Test
	void theFeedPageShowsANewAddressOnceAndRefusesAnEmptyName() {
		assertThat(this.mvc.post().uri("/account/calendar").param("label", " ").with(user(this.client)).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Give the feed a name.");
		MvcTestResult created = this.mvc.post()
			.uri("/account/calendar")
			.param("label", "Work laptop")
			.with(user(this.client))
			.with(csrf())
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		assertThat(created.getMvcResult().getFlashMap().get("feedAddress")).asString()
			.matches("http://localhost/calendar/[A-Za-z0-9_-]{43}\\.ics");
	}

	@Test
	void aFeedIsCreatedSeenListedRefusedLabelsStayOnThePageAndARevokedOneAnswers404AtOnce() throws Exception {
		this.feeds.create("cal.client", "Old phone");
		MvcTestResult created = this.mvc.post()
			.uri("/account/calendar")
			.param("label", "Work laptop")
			.with(user(this.client))
			.with(csrf())
			.exchange();
		String address = (String) created.getMvcResult().getFlashMap().get("feedAddress");

		MvcTestResult shown = this.mvc.get()
			.uri("/account/calendar")
			.with(user(this.client))
			.flashAttr("feedAddress", address)
			.exchange();
		assertThat(shown).hasStatusOk()
			.bodyText()
			.contains(address, "Copy the address", "Work laptop", "Old phone", "not read yet",
					"Calendar apps subscribed to it stop receiving updates at once");
		assertThat(this.mvc.get().uri("/account/calendar").with(user(this.client))).hasStatusOk()
			.bodyText()
			.doesNotContain(address);
		for (String refused : new String[] { " ", "x".repeat(101), "two\nlines" }) {
			assertThat(this.mvc.post()
				.uri("/account/calendar")
				.param("label", refused)
				.with(user(this.client))
				.with(csrf())).hasStatusOk().bodyText().contains("id=\"label-error\"", "Work laptop");
		}
		String path = java.net.URI.create(address).getPath();
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
		assertThat(this.mvc.get().uri("/account/calendar").with(user(this.client))).bodyText().contains("last read");

		Long feedId = this.feeds.of("cal.client")
			.stream()
			.filter((f) -> f.label().equals("Work laptop"))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(this.mvc.post().uri("/account/calendar/" + feedId + "/revoke").with(user(this.client)).with(csrf()))
			.hasStatus3xxRedirection();
		MvcTestResult gone = this.mvc.get().uri(path).exchange();
		assertThat(gone).hasStatus(404);
		MvcTestResult unknown = this.mvc.get().uri("/calendar/" + "B".repeat(43) + ".ics").exchange();
		for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
				"Referrer-Policy", "Cache-Control")) {
			assertThat(unknown.getResponse().getHeader(header)).as(header).isNotNull();
		}
		assertThat(this.mvc.get().uri("/account/calendar").with(user(this.client))).bodyText()
			.contains("revoked", "Old phone");
		assertThat(this.mvc.get().uri("/").with(user(this.client))).bodyText().contains("/account/calendar");
	}

	@Test
	void attendeesAreMailAddressesWithTheirNamesQuotedAndEscapedWhateverTheyHold() throws Exception {
		String[] names = { "Matti \"Masa\" Virtanen", "Virtanen, Matti; CFO", "Back\\slash", "Two\nlines",
				"\u0412\u0438\u0440\u0442\u0430\u043d\u0435\u043d \u0410\u0439\u043d\u043e", "Äijä: Öljy" };
		Set<String> usernames = new java.util.HashSet<>();
		for (int i = 0; i < names.length; i++) {
			String username = "cal.attendee" + i;
			TestUsers.ensure(this.accounts, this.organisations, username, names[i], "Cal Client", Role.MANAGER);
			CurrentUser attendee = (CurrentUser) this.users.loadUserByUsername(username);
			this.contacts.changeContact(attendee.getId(),
					new Contacts.Contact("attendee" + i + "@example.com", "en", "Europe/Helsinki"));
			usernames.add(username);
		}
		Long meeting = this.meetings.schedule(this.id, new Arrangement(MeetingKind.OPERATIONAL_REVIEW,
				LocalDateTime.of(2027, 3, 3, 9, 0), 60, "Room \"A\"; floor 2, \\ wing", null, usernames), this.client);
		String named = "Kone \"Oy\"; Turku, \\ \u00c4\u00e4nekoski \u6771\u4eac";
		Long other = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name(named)
				.between(this.organisations.findOrAdd("Cal Client"), this.organisations.findOrAdd("Cal Partner"))
				.goLive(LocalDate.of(2026, 10, 1))
				.terms(), "Test")
			.getId();
		Long otherMeeting = this.meetings.schedule(other, new Arrangement(MeetingKind.STEERING_GROUP,
				LocalDateTime.of(2027, 3, 4, 13, 0), 60, null, null, Set.of()), this.client);
		String token = this.feeds.create("cal.client", "Every name");

		MvcTestResult feed = this.mvc.get().uri("/calendar/" + token + ".ics").exchange();

		assertThat(feed).hasStatusOk();
		String body = feed.getResponse().getContentAsString();
		VEvent event = event(Biweekly.parse(body).first().getEvents(), "meeting-" + meeting + "@rollout-planner");
		assertThat(event.getAttendees()).extracting((a) -> a.getCommonName())
			.containsExactlyInAnyOrder("Matti \u201CMasa\u201D Virtanen", names[1], names[2], "Two lines", names[4],
					names[5]);
		assertThat(event.getAttendees()).extracting((a) -> a.getEmail())
			.allSatisfy((email) -> assertThat(email).matches("attendee[0-9]@example.com"));
		String unfolded = body.replace("\r\n ", "");
		assertThat(unfolded).contains("mailto:attendee0@example.com")
			.doesNotContain("urn:x-rollout-planner:user:cal.att");
		assertThat(event.getLocation().getValue()).isEqualTo("Room \"A\"; floor 2, \\ wing");
		assertThat(event(Biweekly.parse(body).first().getEvents(), "meeting-" + otherMeeting + "@rollout-planner")
			.getSummary()
			.getValue()).isEqualTo("Steering group: " + named);
	}

	private static VEvent event(List<VEvent> events, String uid) {
		return events.stream().filter((e) -> uid.equals(e.getUid().getValue())).findFirst().orElseThrow();
	}

}
