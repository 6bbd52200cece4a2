package com.rolloutplanner.steering;

import com.rolloutplanner.action.ActionItem;
import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.agenda.AgendaView;
import com.rolloutplanner.meeting.Meetings;
import com.rolloutplanner.minutes.MeetingMinutes;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.commitments.GateType;
import com.rolloutplanner.due.DueState;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.EngagementNotFoundException;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.roadmap.ItemStatus;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.roadmap.RoadmapItem.Plan;
import com.rolloutplanner.roadmap.RoadmapTestSupport;
import com.rolloutplanner.roadmap.Roadmaps;
import com.rolloutplanner.action.ActionItem.Task;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Meetings, their prepared agendas, minutes and actions, on the real database. */
@RolloutIntegrationTest
class SteeringTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	Meetings meetings;

	@Autowired
	MeetingMinutes meetingMinutes;

	@Autowired
	ActionItems actionItems;

	@Autowired
	Engagements engagements;

	@Autowired
	Commitments commitments;

	@Autowired
	Kpis kpis;

	@Autowired
	Roadmaps roadmaps;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Clock clock;

	CurrentUser client;

	CurrentUser partner;

	CurrentUser stranger;

	Organisation clientOrg;

	Organisation partnerOrg;

	Long id;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.accounts, this.organisations, "steer.client", "Sanna Client", "Steer Client",
				Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "steer.partner", "Paavo Partner", "Steer Partner",
				Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "steer.other", "Olli Other", "Steer Other", Role.MANAGER);
		this.client = (CurrentUser) this.users.loadUserByUsername("steer.client");
		this.partner = (CurrentUser) this.users.loadUserByUsername("steer.partner");
		this.stranger = (CurrentUser) this.users.loadUserByUsername("steer.other");
		this.clientOrg = this.organisations.findOrAdd("Steer Client");
		this.partnerOrg = this.organisations.findOrAdd("Steer Partner");
		this.id = create(LocalDate.of(2026, 10, 1), ContractModel.PARTNERSHIP);
	}

	@Test
	void theRecommendedCadenceIsScheduledOnceForTheNextThreeMonths() {
		int first = this.meetings.scheduleCadence(this.id, this.client);
		int again = this.meetings.scheduleCadence(this.id, this.client);

		List<MeetingView> all = this.meetings.meetings(this.id, this.client.access());
		// Start-up until 1 January (weekly review and monthly steering group), then
		// learning
		// (a review every two weeks) until 28 February.
		assertThat(first).isEqualTo(all.size()).isPositive();
		assertThat(again).isZero();
		assertThat(all).first().satisfies((m) -> {
			assertThat(m.startsAt()).isEqualTo(LocalDateTime.of(2026, 11, 28, 9, 0));
			assertThat(m.kind()).isEqualTo(MeetingKind.OPERATIONAL_REVIEW);
		});
		assertThat(all).filteredOn((m) -> m.kind() == MeetingKind.STEERING_GROUP)
			.extracting((m) -> m.startsAt().toLocalDate())
			.containsExactly(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 28));
		assertThat(all).filteredOn((m) -> m.startsAt().toLocalDate().isAfter(LocalDate.of(2027, 1, 1)))
			.extracting(MeetingView::kind)
			.containsOnly(MeetingKind.OPERATIONAL_REVIEW);
		assertThat(all).allMatch((m) -> m.startsAt().toLocalDate().isBefore(LocalDate.of(2027, 2, 28)));
	}

	@Test
	void theAgendaNamesEverySourceExactlyWhenItHasSomethingToSay() {
		Long earlier = schedule(this.id, LocalDateTime.of(2026, 11, 20, 10, 0));
		Long meeting = schedule(this.id, LocalDateTime.of(2026, 12, 4, 10, 0));
		Long later = schedule(this.id, LocalDateTime.of(2026, 12, 18, 10, 0));
		// changed since the meeting of 20 November: the client signed the go-live gate
		this.commitments.signGate(this.id, GateType.GO_LIVE, this.client);
		RoadmapTestSupport.add(this.roadmaps, this.id,
				new Plan("Quality check", null, LocalDate.of(2026, 11, 30), OwnerSide.JOINT, ItemStatus.PLANNED, false),
				this.client);
		Kpi kpi = this.kpis.add(this.id, new Kpi.Settings("First-contact resolution", "%", KpiKind.QUALITY,
				Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(80), BigDecimal.valueOf(85), 9, BigDecimal.TEN),
				this.client);
		this.kpis.record(this.id, kpi.getId(), 1, BigDecimal.valueOf(60), this.client.access(),
				this.client.signature());
		this.actionItems.addAction(this.id, earlier,
				new Task("Staff the evening shift", OwnerSide.PARTNER, null, LocalDate.of(2026, 11, 25), false),
				this.client.access(), this.client.signature());
		this.actionItems.addAction(this.id, meeting,
				new Task("Share the call recordings", OwnerSide.CLIENT, null, LocalDate.of(2026, 12, 11), false),
				this.client.access(), this.client.signature());

		AgendaView agenda = agenda(meeting);

		assertThat(agenda.points()).extracting(AgendaView.Point::kind)
			.containsExactly(AgendaKind.PHASE, AgendaKind.CHANGES, AgendaKind.DUE, AgendaKind.SIGNOFFS, AgendaKind.KPIS,
					AgendaKind.ACTIONS);
		assertThat(lines(agenda, AgendaKind.PHASE)).first().asString().contains("Start-up", "month 3");
		assertThat(lines(agenda, AgendaKind.CHANGES)).singleElement().asString().contains("Go-live go/no-go", "Client");
		// The charter and the gate wait for signatures: named once, under the sign-offs.
		assertThat(lines(agenda, AgendaKind.DUE)).containsExactly("Roadmap: Quality check, due 30 Nov 2026");
		assertThat(point(agenda, AgendaKind.DUE).lines()).extracting(AgendaView.Line::state)
			.containsOnly(DueState.OVERDUE);
		assertThat(lines(agenda, AgendaKind.SIGNOFFS)).containsExactly("Terms annex: neither side has signed",
				"Go-live go/no-go (due 1 Oct 2026): the partner has not signed");
		// Nobody answered the pulse of month 1, whose fourteen days are over.
		assertThat(lines(agenda, AgendaKind.KPIS)).containsExactly(
				"First-contact resolution: Below expected in month 1 (60 %)",
				"First-contact resolution: no actual recorded for month 2",
				"Cooperation pulse: A side has not answered the pulse (Warning)");
		assertThat(lines(agenda, AgendaKind.ACTIONS))
			.containsExactly("Staff the evening shift (Partner), due 25 Nov 2026");

		// Two weeks later nothing notable changed, the action of 4 December is carried
		// on.
		AgendaView next = agenda(later);
		assertThat(next.points()).extracting(AgendaView.Point::kind).doesNotContain(AgendaKind.CHANGES);
		assertThat(lines(next, AgendaKind.ACTIONS)).containsExactly(
				"Staff the evening shift (Partner), due 25 Nov 2026",
				"Share the call recordings (Client), due 11 Dec 2026");
		assertThat(point(next, AgendaKind.ACTIONS).lines()).extracting(AgendaView.Line::state)
			.containsExactly(DueState.OVERDUE, DueState.OVERDUE);
	}

	@Test
	void aQuietEngagementHasOnlyItsPhaseOnTheAgendaAndANewPilotItsNewAndOpenCriticalFlags() {
		Long quiet = create(LocalDate.of(2027, 6, 1), ContractModel.PARTNERSHIP);
		Long pilot = create(LocalDate.of(2027, 6, 1), ContractModel.PILOT);

		AgendaView calm = agenda(quiet, schedule(quiet, LocalDateTime.of(2026, 12, 1, 9, 0)));
		AgendaView flagged = agenda(pilot, schedule(pilot, LocalDateTime.of(2026, 12, 1, 9, 0)));

		assertThat(calm.points()).extracting(AgendaView.Point::kind).containsExactly(AgendaKind.PHASE);
		assertThat(lines(calm, AgendaKind.PHASE)).first().asString().contains("1 Jun 2027");
		assertThat(flagged.points()).extracting(AgendaView.Point::kind)
			.containsExactly(AgendaKind.PHASE, AgendaKind.CHANGES, AgendaKind.FLAGS);
		assertThat(lines(flagged, AgendaKind.CHANGES)).contains("New flag: Pilot or trial period (Critical)");
		assertThat(lines(flagged, AgendaKind.FLAGS)).contains("Pilot or trial period");
	}

	@Test
	void aFlagRaisedOrClearedByAChangeBetweenTwoMeetingsIsNamedOnTheNextAgenda() {
		schedule(this.id, LocalDateTime.of(2026, 11, 20, 10, 0));
		Long next = schedule(this.id, LocalDateTime.of(2026, 12, 4, 10, 0));
		assertThat(agenda(next).points()).extracting(AgendaView.Point::kind).doesNotContain(AgendaKind.CHANGES);

		revise(ContractModel.PILOT, 6);
		assertThat(lines(agenda(next), AgendaKind.CHANGES)).contains("New flag: Pilot or trial period (Critical)")
			.noneMatch((line) -> line.startsWith("Flag cleared"));
		assertThat(this.jdbc.queryForList(
				"select message_key from history_entry where engagement_id = ? and marked = true", String.class,
				this.id))
			.contains("history.entry.flagRaised");

		revise(ContractModel.PARTNERSHIP, 36);
		assertThat(lines(agenda(next), AgendaKind.CHANGES)).containsSubsequence(
				"New flag: Pilot or trial period (Critical)", "Flag cleared by the change: Pilot or trial period");
		revise(ContractModel.PARTNERSHIP, 36);
		assertThat(lines(agenda(next), AgendaKind.CHANGES)).filteredOn((line) -> line.contains("Pilot or trial period"))
			.as("a change that changes no flag records none")
			.hasSize(2);
	}

	private void revise(ContractModel model, int months) {
		long version = this.engagements.read(this.id, this.client.access(), (e) -> e.getVersion());
		this.engagements.revise(this.id, version,
				EngagementBuilder.anEngagement()
					.name("Steering PARTNERSHIP 2026-10-01")
					.between(this.clientOrg, this.partnerOrg)
					.goLive(LocalDate.of(2026, 10, 1))
					.contract(model, months)
					.terms(),
				this.client.access(), this.client.signature());
	}

	@Test
	void heldMeetingsAndTheDecisionsLogArePagedAndAPageReadsTheSameStatementsForAnyNumberOfMeetings() {
		Long few = create(LocalDate.of(2026, 3, 1), ContractModel.PARTNERSHIP, "Steer Client", "Steer Partner");
		Long many = create(LocalDate.of(2026, 3, 2), ContractModel.PARTNERSHIP, "Steer Client", "Steer Partner");
		hold(few, 21);
		hold(many, 45);

		long forFew = statements(() -> assertThat(
				this.mvc.get().uri("/engagements/" + few + "/meetings?lang=en").with(user(this.client)))
			.hasStatusOk());
		long forMany = statements(() -> assertThat(
				this.mvc.get().uri("/engagements/" + many + "/meetings?lang=en").with(user(this.client)))
			.hasStatusOk());
		assertThat(forMany).as("statements of the meetings page with 45 meetings held, against 21").isEqualTo(forFew);

		assertThat(this.mvc.get().uri("/engagements/" + many + "/meetings?lang=en").with(user(this.client))).bodyText()
			.contains("Page 1 of 3", "25 Aug 2026, 10:00", "10 Jun 2026, 10:00")
			.doesNotContain(">6 Jun 2026, 10:00<", "Newer");
		assertThat(this.mvc.get().uri("/engagements/" + many + "/meetings?past=3&lang=en").with(user(this.client)))
			.bodyText()
			.contains("Page 3 of 3", "Newer", ">2 Mar 2026, 10:00<", ">18 Mar 2026, 10:00<")
			.doesNotContain("Older", "22 Mar 2026, 10:00");
		for (String odd : List.of("x", "-1", "0", "99", "1.5")) {
			assertThat(this.mvc.get().uri("/engagements/" + many + "/meetings?past=" + odd).with(user(this.client)))
				.as(odd)
				.hasStatusOk();
		}
		assertThat(this.mvc.get().uri("/engagements/" + many + "/decisions?page=2&lang=en").with(user(this.client)))
			.hasStatusOk()
			.bodyText()
			.contains("Page 2 of 3", "Decision 24", "Decision 5")
			.doesNotContain("Decision 25<", "Decision 4<");
	}

	private void hold(Long engagement, int count) {
		for (int i = 0; i < count; i++) {
			Long meeting = schedule(engagement, LocalDateTime.of(2026, 3, 2, 10, 0).plusDays(4L * i));
			this.meetingMinutes.recordDecision(engagement, meeting, "Decision " + i, "Steering group", this.client);
		}
	}

	private long statements(Runnable request) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		request.run();
		return statistics.getPrepareStatementCount();
	}

	@Test
	void theChairAddsMovesAndRemovesPoints() {
		Long meeting = schedule(this.id, LocalDateTime.of(2026, 12, 4, 10, 0));
		this.meetingMinutes.addPoint(this.id, meeting, "Holiday staffing", this.client);
		AgendaView.Point custom = point(agenda(meeting), AgendaKind.CUSTOM);

		this.meetingMinutes.movePoint(this.id, meeting, custom.id(), -1, this.client);
		List<AgendaKind> kinds = agenda(meeting).points().stream().map(AgendaView.Point::kind).toList();
		assertThat(kinds.get(kinds.size() - 2)).isEqualTo(AgendaKind.CUSTOM);
		assertThat(agenda(meeting).points()).first().extracting(AgendaView.Point::first).isEqualTo(true);

		this.meetingMinutes.removePoint(this.id, meeting, point(agenda(meeting), AgendaKind.PHASE).id(), this.client);
		assertThat(agenda(meeting).points()).extracting(AgendaView.Point::kind).doesNotContain(AgendaKind.PHASE);
	}

	@Test
	void notesTypedInSeveralPointsAreAllKeptBySavingMovingOrRemovingAndOneWrongNoteSavesNone() {
		Long meeting = schedule(this.id, LocalDateTime.of(2026, 12, 4, 10, 0));
		this.meetingMinutes.addPoint(this.id, meeting, "Holiday staffing", this.client);
		Long phase = point(agenda(meeting), AgendaKind.PHASE).id();
		Long custom = point(agenda(meeting), AgendaKind.CUSTOM).id();
		String base = "/engagements/" + this.id + "/meetings/" + meeting;

		// One point's save button sends the notes of every point.
		assertThat(this.mvc.post()
			.uri(base + "/notes")
			.param("at", phase.toString())
			.param("notes-" + phase, "Quality dipped as expected")
			.param("notes-" + custom, "Two more agents in December")
			.param("internal-" + custom, "true")
			.with(user(this.client))
			.with(csrf())).hasStatus3xxRedirection().redirectedUrl().isEqualTo(base + "#point-" + phase);
		assertThat(point(agenda(meeting), AgendaKind.PHASE).notes()).isEqualTo("Quality dipped as expected");
		assertThat(point(agenda(meeting), AgendaKind.CUSTOM).notes()).isEqualTo("Two more agents in December");
		assertThat(point(agenda(meeting), AgendaKind.CUSTOM).notesInternal()).isTrue();

		// Moving a point keeps what was typed meanwhile in another.
		assertThat(this.mvc.post()
			.uri(base + "/points/" + custom + "/move")
			.param("by", "-1")
			.param("notes-" + phase, "Quality dipped less than expected")
			.param("notes-" + custom, "Two more agents in December")
			.param("internal-" + custom, "true")
			.with(user(this.client))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(point(agenda(meeting), AgendaKind.PHASE).notes()).isEqualTo("Quality dipped less than expected");

		// Removing a point keeps the others' typed notes.
		assertThat(this.mvc.post()
			.uri(base + "/points/" + custom + "/remove")
			.param("notes-" + phase, "Recovered in week 6")
			.param("notes-" + custom, "Gone with its point")
			.with(user(this.client))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(point(agenda(meeting), AgendaKind.PHASE).notes()).isEqualTo("Recovered in week 6");
		assertThat(agenda(meeting).points()).extracting(AgendaView.Point::kind).doesNotContain(AgendaKind.CUSTOM);

		// A note too long: the page shows both as typed, the message at the wrong one,
		// and
		// saves neither.
		Long signoffs = point(agenda(meeting), AgendaKind.SIGNOFFS).id();
		assertThat(this.mvc.post()
			.uri(base + "/notes")
			.param("notes-" + phase, "Typed, not saved")
			.param("notes-" + signoffs, "x".repeat(4001))
			.header("Accept-Language", "en")
			.with(user(this.client))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Nothing was saved", "Typed, not saved", "Use at most 4000 characters", "xxxxxxxxxx",
					"id=\"notes-error-" + signoffs + "\"")
			.doesNotContain("id=\"notes-error-" + phase + "\"");
		assertThat(point(agenda(meeting), AgendaKind.PHASE).notes()).isEqualTo("Recovered in week 6");
		assertThat(point(agenda(meeting), AgendaKind.SIGNOFFS).notes()).isNull();
	}

	@Test
	void decisionsAndActionsTiedToAnAgendaPointAreShownUnderItAndOutliveItsRemoval() {
		Long meeting = schedule(this.id, LocalDateTime.of(2026, 12, 4, 10, 0));
		this.meetingMinutes.addPoint(this.id, meeting, "Holiday staffing", this.client);
		Long custom = point(agenda(meeting), AgendaKind.CUSTOM).id();
		String base = "/engagements/" + this.id + "/meetings/" + meeting;
		assertThat(this.mvc.post()
			.uri(base + "/decisions")
			.param("text", "Hire two seasonal agents")
			.param("decidedBy", "Steering group")
			.param("agendaPointId", custom.toString())
			.with(user(this.client))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.mvc.post()
			.uri(base + "/actions")
			.param("title", "Post the seasonal job ad")
			.param("ownerSide", "PARTNER")
			.param("dueDate", "2026-12-10")
			.param("agendaPointId", custom.toString())
			.with(user(this.client))
			.with(csrf())).hasStatus3xxRedirection();
		// A point of another meeting is not taken.
		Long other = schedule(this.id, LocalDateTime.of(2026, 12, 18, 10, 0));
		Long otherPoint = point(agenda(other), AgendaKind.PHASE).id();
		this.meetingMinutes.recordDecision(this.id, meeting, "Keep the weekly review", "Steering group", otherPoint,
				this.client);
		// The page says so at the field and adds nothing.
		for (String form : List.of("/decisions", "/actions")) {
			assertThat(this.mvc.post()
				.uri(base + form + "?lang=en")
				.param("text", "Close the old queue")
				.param("decidedBy", "Steering group")
				.param("title", "Close the old queue")
				.param("ownerSide", "PARTNER")
				.param("dueDate", "2026-12-10")
				.param("agendaPointId", otherPoint.toString())
				.with(user(this.client))
				.with(csrf())).hasStatusOk()
				.bodyText()
				.contains("Choose a point of this meeting&#39;s agenda, or none.", "Close the old queue");
		}
		assertThat(this.actionItems.actionsOf(this.id, meeting, this.client.access())).extracting(ActionItem::getTitle)
			.doesNotContain("Close the old queue");

		assertThat(this.meetingMinutes.decisions(this.id, meeting, this.client.access()))
			.extracting(MeetingMinutes.DecisionView::text, MeetingMinutes.DecisionView::pointId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Hire two seasonal agents", custom),
					org.assertj.core.groups.Tuple.tuple("Keep the weekly review", null));
		for (String page : List.of(base + "?lang=en", base + "/minutes?lang=en")) {
			assertThat(this.mvc.get().uri(page).with(user(this.partner))).hasStatusOk()
				.bodyText()
				.containsSubsequence("Holiday staffing", "Decided:", "Hire two seasonal agents", "Action:",
						"Post the seasonal job ad");
		}

		this.meetingMinutes.removePoint(this.id, meeting, custom, this.client);
		assertThat(this.meetingMinutes.decisions(this.id, meeting, this.client.access()))
			.extracting(MeetingMinutes.DecisionView::text, MeetingMinutes.DecisionView::pointId)
			.contains(org.assertj.core.groups.Tuple.tuple("Hire two seasonal agents", null));
		assertThat(this.actionItems.actionsOf(this.id, meeting, this.client.access()))
			.extracting(ActionItem::getTitle, ActionItem::getAgendaPointId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Post the seasonal job ad", null));
	}

	@Test
	void minutesApprovedByBothSidesAreUndoneByALaterEditAndTheHistorySaysSo() {
		Long meeting = schedule(this.id, LocalDateTime.of(2026, 11, 26, 10, 0));
		this.meetingMinutes.recordDecision(this.id, meeting, "Extend the learning period by a month", "Steering group",
				this.client);

		assertThat(this.meetingMinutes.approve(this.id, meeting, this.client)).isTrue();
		assertThat(this.meetings.meeting(this.id, meeting, this.client.access()).isMinutesApproved()).isFalse();
		assertThat(this.meetingMinutes.approve(this.id, meeting, this.partner)).isTrue();
		assertThat(this.meetings.meeting(this.id, meeting, this.client.access()).isMinutesApproved()).isTrue();

		boolean undone = this.meetingMinutes.recordNotes(this.id, meeting,
				point(agenda(meeting), AgendaKind.PHASE).id(), "Agreed to review in January", false, this.partner);

		MeetingView after = this.meetings.meeting(this.id, meeting, this.client.access());
		assertThat(undone).isTrue();
		assertThat(after.clientApprovedAt()).isNull();
		assertThat(after.partnerApprovedAt()).isNull();
		assertThat(this.jdbc.queryForList(
				"select message_key from history_entry where engagement_id = ? and marked = true", String.class,
				this.id))
			.contains("history.entry.minutesApprovalsUndone");
		assertThat(this.jdbc.queryForList("select message_key from history_entry where engagement_id = ?", String.class,
				this.id))
			.contains("history.entry.meetingScheduled", "history.entry.decisionRecorded",
					"history.entry.minutesApproved");
		assertThat(this.meetingMinutes.recordNotes(this.id, meeting, point(agenda(meeting), AgendaKind.PHASE).id(),
				"Agreed to review in January", false, this.partner))
			.as("the same notes again change nothing")
			.isFalse();
		assertThatThrownBy(() -> this.meetingMinutes.approve(this.id, meeting, this.stranger))
			.isInstanceOf(EngagementNotFoundException.class);
	}

	@Test
	void minutesCanBeApprovedOnlyOnceTheMeetingHasStartedAndThePageSaysWhen() {
		LocalDateTime tomorrow = LocalDate.now(this.clock).plusDays(1).atTime(10, 0);
		Long ahead = schedule(this.id, tomorrow);
		String page = "/engagements/" + this.id + "/meetings/" + ahead;

		assertThatThrownBy(() -> this.meetingMinutes.approve(this.id, ahead, this.client))
			.isInstanceOf(MinutesNotOpenException.class);
		assertThat(this.mvc.post().uri(page + "/approve").with(csrf()).with(user(this.client)))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashMessage", "meeting.approve.notYet");
		assertThat(this.meetings.meeting(this.id, ahead, this.client.access()).clientApprovedAt()).isNull();
		assertThat(this.mvc.get().uri(page).with(user(this.client))).bodyText()
			.contains("The minutes can be approved once the meeting has started")
			.doesNotContain("/approve\"");

		Long started = schedule(this.id, LocalDateTime.now(this.clock).minusMinutes(5));
		assertThat(this.meetingMinutes.approve(this.id, started, this.client)).isTrue();
	}

	@Test
	void movingTheMeetingOrChangingOneOfItsActionsUndoesBothApprovals() {
		Long meeting = schedule(this.id, LocalDateTime.of(2026, 11, 26, 10, 0));
		ActionItem action = this.actionItems.addAction(this.id, meeting,
				new Task("Staff the evening shift", OwnerSide.PARTNER, null, LocalDate.of(2026, 12, 20), false),
				this.client.access(), "Sanna Client");
		approveBoth(meeting);

		this.actionItems.changeAction(
				this.id, action.getId(), action.getVersion(), new Task("Staff the evening and weekend shifts",
						OwnerSide.PARTNER, null, LocalDate.of(2026, 12, 20), false),
				this.client.access(), "Sanna Client");
		assertThat(this.meetings.meeting(this.id, meeting, this.client.access()).clientApprovedAt()).isNull();

		approveBoth(meeting);
		MeetingView approved = this.meetings.meeting(this.id, meeting, this.client.access());
		this.meetings.rearrange(this.id, meeting, approved.version(), new Arrangement(MeetingKind.STEERING_GROUP,
				LocalDateTime.of(2026, 11, 27, 10, 0), 60, null, null, Set.of()), this.client);
		MeetingView moved = this.meetings.meeting(this.id, meeting, this.client.access());
		assertThat(moved.clientApprovedAt()).isNull();
		assertThat(moved.partnerApprovedAt()).isNull();
	}

	@Test
	void aMeetingThatHasTakenPlaceIsNotCancelledAndKeepsItsDecisions() {
		Long held = schedule(this.id, LocalDateTime.of(2026, 11, 26, 10, 0));
		this.meetingMinutes.recordDecision(this.id, held, "Extend the learning period", "Steering group", this.client);

		assertThat(this.mvc.post()
			.uri("/engagements/" + this.id + "/meetings/" + held + "/cancel")
			.with(csrf())
			.with(user(this.partner))).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashMessage", "meetings.notCancellable");
		assertThat(this.meetingMinutes.decisions(this.id, held, this.client.access())).hasSize(1);

		Long ahead = schedule(this.id, LocalDateTime.of(2026, 12, 10, 10, 0));
		this.meetingMinutes.recordDecision(this.id, ahead, "Agreed in advance", "Steering group", this.client);
		assertThatThrownBy(() -> this.meetings.cancel(this.id, ahead, this.client))
			.as("a meeting ahead whose minutes hold a decision already")
			.isInstanceOf(MeetingNotCancellableException.class);
		Long empty = schedule(this.id, LocalDateTime.of(2026, 12, 11, 10, 0));
		this.meetings.cancel(this.id, empty, this.client);
		assertThat(this.meetings.meetings(this.id, this.client.access())).extracting(MeetingView::id)
			.doesNotContain(empty)
			.contains(ahead, held);
	}

	@Test
	void theActionFormSaysAtTheFieldWhatIsWrongWithTheOwnerAndAddsNothing() {
		Long meeting = schedule(this.id, LocalDateTime.of(2026, 11, 26, 10, 0));
		String uri = "/engagements/" + this.id + "/meetings/" + meeting + "/actions";
		String[][] refused = { { "NOPE", "", "ownerSide-error", "Choose the client, the partner or both." },
				{ "PARTNER", "x".repeat(101), "owner-error", "" },
				{ "PARTNER", "steer.other", "owner-error", "Choose someone of the client or the partner." } };
		for (String[] bad : refused) {
			assertThat(this.mvc.post()
				.uri(uri)
				.with(csrf())
				.with(user(this.client))
				.param("title", "Staff the evening shift")
				.param("ownerSide", bad[0])
				.param("owner", bad[1])
				.param("dueDate", "2026-12-20")).hasStatusOk()
				.bodyText()
				.contains("id=\"" + bad[2] + "\"", bad[3], "Staff the evening shift");
		}
		assertThat(this.actionItems.actionsOf(this.id, meeting, this.client.access())).isEmpty();
	}

	private void approveBoth(Long meeting) {
		this.meetingMinutes.approve(this.id, meeting, this.client);
		this.meetingMinutes.approve(this.id, meeting, this.partner);
		assertThat(this.meetings.meeting(this.id, meeting, this.client.access()).isMinutesApproved()).isTrue();
	}

	@Test
	void theSharedRoadmapShowsTheDecisionsTheSharedNotesAndTheOpenActionsButNoInternalNotes() {
		Long meeting = schedule(this.id, LocalDateTime.of(2026, 11, 20, 13, 0));
		this.meetingMinutes.recordDecision(this.id, meeting, "Extend the weekly reviews", "Steering group",
				this.client);
		Long phase = point(agenda(meeting), AgendaKind.PHASE).id();
		Long signoffs = point(agenda(meeting), AgendaKind.SIGNOFFS).id();
		assertThat(this.mvc.post()
			.uri("/engagements/" + this.id + "/meetings/" + meeting + "/notes")
			.param("notes-" + phase, "Internal remark about staffing")
			.param("internal-" + phase, "true")
			.param("notes-" + signoffs, "Both sides sign the learning gate next week")
			.with(user(this.client))
			.with(csrf())).hasStatus3xxRedirection();
		this.actionItems.addAction(this.id, meeting,
				new Task("Publish the FAQ", OwnerSide.PARTNER, null, LocalDate.of(2026, 11, 25), false),
				this.client.access(), this.client.signature());
		this.actionItems.addAction(this.id, meeting,
				new Task("Already finished", OwnerSide.CLIENT, null, LocalDate.of(2026, 11, 22), true),
				this.client.access(), this.client.signature());

		assertThat(this.mvc.get().uri("/engagements/" + this.id + "/shared?lang=en").with(user(this.client)))
			.hasStatusOk()
			.bodyText()
			.contains("Decisions and open actions", "Extend the weekly reviews", "Publish the FAQ", "Overdue",
					"Sign-offs still missing", "Both sides sign the learning gate next week")
			.doesNotContain("Internal remark about staffing", "Already finished");
		assertThat(this.mvc.get()
			.uri("/engagements/" + this.id + "/meetings/" + meeting + "/minutes?lang=en")
			.with(user(this.partner))).hasStatusOk()
			.bodyText()
			.containsSubsequence("[internal]", "Internal remark about staffing",
					"Both sides sign the learning gate next week");
	}

	@Test
	void anotherOrganisationsMeetingIsNotFoundOnEveryRoute() {
		Long meeting = schedule(this.id, LocalDateTime.of(2026, 12, 4, 10, 0));
		Long action = this.actionItems
			.addAction(this.id, meeting, new Task("Secret", OwnerSide.JOINT, null, LocalDate.of(2026, 12, 11), false),
					this.client.access(), this.client.signature())
			.getId();
		Long own = create(LocalDate.of(2026, 10, 1), ContractModel.PARTNERSHIP, "Steer Other", "Steer Partner");

		assertThatThrownBy(() -> this.meetings.meetings(this.id, this.stranger.access()))
			.isInstanceOf(EngagementNotFoundException.class);
		String base = "/engagements/" + this.id + "/meetings/" + meeting;
		for (String path : List.of("/engagements/" + this.id + "/meetings", base, base + "/minutes", base + "/edit",
				base + "/minutes.pdf", "/engagements/" + this.id + "/decisions",
				"/engagements/" + own + "/meetings/" + meeting,
				"/engagements/" + own + "/meetings/" + meeting + "/minutes.pdf")) {
			assertThat(this.mvc.get().uri(path).with(user(this.stranger))).as(path).hasStatus(404);
		}
		for (String path : List.of(base + "/approve", base + "/cancel", base + "/points", base + "/decisions",
				base + "/actions", base + "/minutes/archive",
				"/engagements/" + own + "/meetings/" + meeting + "/minutes/archive",
				"/engagements/" + this.id + "/meetings/cadence",
				"/engagements/" + this.id + "/actions/" + action + "/done",
				"/engagements/" + own + "/actions/" + action + "/done")) {
			assertThat(this.mvc.post().uri(path).param("title", "x").with(user(this.stranger)).with(csrf())).as(path)
				.hasStatus(404);
		}
		assertThat(this.meetings.meetings(this.id, this.client.access())).hasSize(1);
		assertThat(this.actionItems.action(this.id, action, this.client.access()).isDone()).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from archived_report where engagement_id in (?, ?)",
				Integer.class, this.id, own))
			.isZero();
	}

	@Test
	void theMinutesArePrintedAsAPdfAndArchivedBesideTheReportsOfThatDate() throws IOException {
		Long meeting = schedule(this.id, LocalDateTime.of(2026, 11, 20, 13, 0));
		this.meetingMinutes.recordDecision(this.id, meeting, "Keep the weekly reviews until January", "Steering group",
				this.client);
		String base = "/engagements/" + this.id + "/meetings/" + meeting;

		MvcTestResult pdf = this.mvc.get().uri(base + "/minutes.pdf?lang=fi").with(user(this.partner)).exchange();
		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(new PDFTextStripper().getText(document)).contains("OHJAUSRYHMÄ", "Pöytäkirja",
					"Keep the weekly reviews until January");
		}

		assertThat(this.mvc.post().uri(base + "/minutes/archive?lang=en").with(user(this.partner)).with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/engagements/" + this.id + "/reports");
		assertThat(this.jdbc.queryForMap(
				"select document, meeting_kind, as_of, language from archived_report where engagement_id = ?", this.id))
			.containsEntry("DOCUMENT", "MINUTES")
			.containsEntry("MEETING_KIND", "STEERING_GROUP")
			.containsEntry("AS_OF", java.sql.Date.valueOf("2026-11-20"))
			.containsEntry("LANGUAGE", "en");
		assertThat(this.mvc.get().uri("/engagements/" + this.id + "/reports?lang=en").with(user(this.client)))
			.hasStatusOk()
			.bodyText()
			.contains("Minutes: Steering group", "20 Nov 2026");
		assertThat(this.jdbc.queryForList("select message_key from history_entry where engagement_id = ?", String.class,
				this.id))
			.contains("history.entry.minutesArchived");
	}

	private Long create(LocalDate goLive, ContractModel model) {
		return create(goLive, model, "Steer Client", "Steer Partner");
	}

	private Long create(LocalDate goLive, ContractModel model, String clientName, String partnerName) {
		return this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Steering " + model + " " + goLive)
				.between(this.organisations.findOrAdd(clientName), this.organisations.findOrAdd(partnerName))
				.goLive(goLive)
				.contract(model, (model == ContractModel.PILOT) ? 6 : 36)
				.terms(), "Test")
			.getId();
	}

	private Long schedule(Long engagementId, LocalDateTime at) {
		return this.meetings.schedule(engagementId,
				new Arrangement(MeetingKind.STEERING_GROUP, at, 60, null, null, Set.of()), this.client);
	}

	private AgendaView agenda(Long meeting) {
		return agenda(this.id, meeting);
	}

	private AgendaView agenda(Long engagementId, Long meeting) {
		return this.meetingMinutes.agenda(engagementId, meeting, this.client.access(), Locale.ENGLISH);
	}

	private static AgendaView.Point point(AgendaView agenda, AgendaKind kind) {
		return agenda.points().stream().filter((p) -> p.kind() == kind).findFirst().orElseThrow();
	}

	private static List<String> lines(AgendaView agenda, AgendaKind kind) {
		return point(agenda, kind).lines().stream().map(AgendaView.Line::text).toList();
	}

}
