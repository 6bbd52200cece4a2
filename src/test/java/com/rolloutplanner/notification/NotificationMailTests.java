package com.rolloutplanner.notification;

import com.rolloutplanner.subscription.Delivery;
import com.rolloutplanner.subscription.NotificationKind;
import com.rolloutplanner.subscription.Preferences;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Contacts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.commitments.CommitmentEvents.GateSigned;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.commitments.GateType;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.mail.Outbox;
import com.rolloutplanner.mail.OutboxDispatcher;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.roadmap.ItemStatus;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.roadmap.RoadmapItem;
import com.rolloutplanner.roadmap.Roadmaps;
import com.rolloutplanner.action.ActionItem;
import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.steering.Arrangement;
import com.rolloutplanner.steering.MeetingKind;
import com.rolloutplanner.minutes.MeetingMinutes;
import com.rolloutplanner.meeting.Meetings;
import com.rolloutplanner.system.FixedClock;
import com.rolloutplanner.system.TestClock;
import com.rolloutplanner.system.TestSmtp;
import com.rolloutplanner.system.TestTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Notifications end to end with a real SMTP server in the test (GreenMail): each kind of
 * event writes exactly one mail to each person concerned, in their language, none to
 * anyone else; the daily checks and the Monday digest; unsubscribe; a failing server
 * retried; two instances sending at once send each mail once. The clock starts on Friday
 * 27 November 2026 at noon in Helsinki and is moved by the tests.
 */
@RolloutIntegrationTest
class NotificationMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(TestSmtp.PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	@Autowired
	TestClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Contacts contacts;

	@Autowired
	Organisations organisations;

	@Autowired
	Engagements engagements;

	@Autowired
	Commitments commitments;

	@Autowired
	Meetings meetings;

	@Autowired
	MeetingMinutes meetingMinutes;

	@Autowired
	ActionItems actionItems;

	@Autowired
	Kpis kpis;

	@Autowired
	UserDetailsService users;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	DailyChecks daily;

	@Autowired
	Roadmaps roadmaps;

	@Autowired
	com.rolloutplanner.mail.ScheduledRuns runs;

	@Autowired
	WeeklyDigest digest;

	@Autowired
	Preferences preferences;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestTaskExecutor listeners;

	@Autowired
	IncompleteEventPublications publications;

	String suffix;

	CurrentUser clientFi;

	CurrentUser clientEn;

	CurrentUser partner;

	CurrentUser stranger;

	Long id;

	@BeforeEach
	void setUp() throws Exception {
		this.clock.set(FixedClock.clock().instant());
		this.suffix = Long.toString(System.nanoTime(), 36);
		this.clientFi = signUp("client.fi", "Kaisa Asiakas", "Client " + this.suffix, "fi");
		this.clientEn = signUp("client.en", "Cecilia Client", "Client " + this.suffix, "en");
		this.partner = signUp("partner", "Pekka Partner", "Partner " + this.suffix, "en");
		this.stranger = signUp("other", "Olli Other", "Other " + this.suffix, "en");
		this.id = this.engagements
			.create(engagement("Mail", LocalDate.of(2026, 10, 1)).contract(ContractModel.PARTNERSHIP, 36).terms(),
					"Test")
			.getId();
		this.dispatcher.dispatch();
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void aSignatureOfOneSideAsksTheOtherSideInEachReadersLanguageAndNoOneElse() throws Exception {
		this.commitments.signGate(this.id, GateType.GO_LIVE, this.clientFi);
		this.dispatcher.dispatch();

		assertThat(to(this.partner)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject())
				.isEqualTo("Mail " + this.suffix + ": the gate \"Go-live go/no-go\" waits for your signature"));
		assertThat(to(this.clientFi)).isEmpty();
		assertThat(to(this.clientEn)).isEmpty();
		assertThat(to(this.stranger)).isEmpty();

		this.commitments.signAnnex(this.id, this.partner);
		this.dispatcher.dispatch();

		assertThat(to(this.clientFi)).singleElement().satisfies((m) -> {
			assertThat(m.getSubject()).isEqualTo("Mail " + this.suffix + ": ehtoliite odottaa allekirjoitustasi");
			assertThat(m.getHeader("Content-Language")).containsExactly("fi");
			assertThat(text(m)).contains("Hei Kaisa Asiakas");
		});
		assertThat(to(this.clientEn)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).contains("the terms annex waits for your signature"));
		assertThat(to(this.partner)).hasSize(1);
		assertThat(to(this.stranger)).isEmpty();

		// both sides have signed the gate: nobody waits, no mail
		this.commitments.signGate(this.id, GateType.GO_LIVE, this.partner);
		this.dispatcher.dispatch();
		assertThat(to(this.partner)).hasSize(1);
		assertThat(to(this.clientFi)).hasSize(1);
		assertThat(to(this.clientEn)).hasSize(1);
	}

	@Test
	void aMailNotWrittenBecauseTheApplicationStoppedAfterTheCommitIsWrittenOnceWhenTheChangesAreHeardAgainAtTheStart()
			throws Exception {
		this.listeners.dropNext(1);
		this.commitments.signGate(this.id, GateType.GO_LIVE, this.clientFi);
		this.dispatcher.dispatch();

		assertThat(to(this.partner)).as("the listener never ran").isEmpty();
		assertThat(waitingSignatures()).isEqualTo(1);

		// What the start does
		// (spring.modulith.events.republish-outstanding-events-on-restart),
		// twice: the second finds nothing left.
		this.publications.resubmitIncompletePublications(this::signatureOfThisEngagement);
		this.publications.resubmitIncompletePublications(this::signatureOfThisEngagement);
		this.dispatcher.dispatch();

		assertThat(to(this.partner)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).contains("waits for your signature"));
		assertThat(waitingSignatures()).isZero();
	}

	@Test
	void aMailThatCannotBeWrittenLeavesTheChangeDoneAndIsWrittenWhenHeardAgain() throws Exception {
		this.jdbc.execute("alter table mail_outbox rename to mail_outbox_away");
		try {
			this.commitments.signGate(this.id, GateType.GO_LIVE, this.clientFi);
		}
		finally {
			this.jdbc.execute("alter table mail_outbox_away rename to mail_outbox");
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from gate where engagement_id = ? and gate_type = 'GO_LIVE' and client_signed_at is not null",
				Long.class, this.id))
			.as("the signature is kept")
			.isEqualTo(1);
		assertThat(waitingSignatures()).isEqualTo(1);

		this.publications.resubmitIncompletePublications(this::signatureOfThisEngagement);
		this.dispatcher.dispatch();

		assertThat(to(this.partner)).hasSize(1);
		assertThat(waitingSignatures()).isZero();
	}

	private boolean signatureOfThisEngagement(EventPublication publication) {
		return publication.getEvent() instanceof GateSigned signed && signed.engagementId().equals(this.id);
	}

	/**
	 * The publications of this engagement's gate signatures whose listener has not
	 * finished.
	 */
	private long waitingSignatures() {
		return this.jdbc.queryForObject(
				"select count(*) from event_publication where completion_date is null and event_type like ? "
						+ "and serialized_event like ?",
				Long.class, "%GateSigned", "%\"engagementId\":" + this.id + ",%");
	}

	@Test
	void minutesWaitForTheOtherSideThenBothSidesHearThatTheyAreApproved() throws Exception {
		Long meeting = this.meetings.schedule(this.id, new Arrangement(MeetingKind.STEERING_GROUP,
				LocalDateTime.of(2026, 11, 20, 13, 0), 60, null, null, Set.of()), this.partner);
		this.meetingMinutes.approve(this.id, meeting, this.partner);
		this.dispatcher.dispatch();

		assertThat(to(this.clientEn)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).contains("the minutes of the Steering group")
				.contains("wait for your approval"));
		assertThat(to(this.clientFi)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).contains("pöytäkirja odottaa hyväksyntääsi"));
		assertThat(to(this.partner)).isEmpty();
		smtp.purgeEmailFromAllMailboxes();

		this.meetingMinutes.approve(this.id, meeting, this.clientFi);
		this.dispatcher.dispatch();

		assertThat(to(this.partner)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).contains("are approved"));
		assertThat(to(this.clientEn)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).contains("are approved"));
		assertThat(to(this.clientFi)).as("whoever approved last is not told").isEmpty();
		assertThat(to(this.stranger)).isEmpty();
	}

	@Test
	void anActionReachesItsOwnerOnceAndTheDailyCheckTellsOnceThatItIsOverdue() throws Exception {
		this.actionItems.addAction(
				this.id, null, new ActionItem.Task("Staff the winter peak", OwnerSide.CLIENT,
						this.clientEn.getUsername(), LocalDate.of(2026, 11, 26), false),
				this.partner.access(), this.partner.signature());
		this.actionItems.addAction(this.id, null, new ActionItem.Task("Share the call scripts", OwnerSide.PARTNER, null,
				LocalDate.of(2026, 12, 15), false), this.clientEn.access(), this.clientEn.signature());
		this.dispatcher.dispatch();

		assertThat(to(this.clientEn)).singleElement().satisfies((m) -> {
			assertThat(m.getSubject()).isEqualTo("Mail " + this.suffix + ": action \"Staff the winter peak\"");
			assertThat(text(m)).contains("Pekka Partner (Partner " + this.suffix + ")").contains("26 Nov 2026");
		});
		assertThat(to(this.partner)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).contains("Share the call scripts"));
		assertThat(to(this.clientFi)).isEmpty();
		assertThat(to(this.stranger)).isEmpty();
		smtp.purgeEmailFromAllMailboxes();

		this.clock.set(Instant.parse("2026-11-28T05:00:00Z")); // Saturday 7:00 in
																// Helsinki
		this.daily.run(LocalDate.of(2026, 11, 28));
		this.daily.run(LocalDate.of(2026, 11, 28));
		this.dispatcher.dispatch();

		assertThat(to(this.clientEn)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).contains("\"Staff the winter peak\" is overdue"));
		assertThat(to(this.clientFi)).isEmpty();
		assertThat(to(this.partner)).as("an action due later is not overdue").isEmpty();
	}

	@Test
	void theAgendaIsAnnouncedToBothSidesTwoWorkingDaysBeforeTheMeetingAndOnlyThen() throws Exception {
		// Friday 27 November: two working days ahead is Tuesday 1 December.
		schedule(LocalDateTime.of(2026, 12, 1, 10, 0));
		schedule(LocalDateTime.of(2026, 12, 2, 10, 0));
		this.daily.run(LocalDate.of(2026, 11, 27));
		this.dispatcher.dispatch();

		for (CurrentUser someone : List.of(this.clientFi, this.clientEn, this.partner)) {
			assertThat(to(someone)).singleElement()
				.satisfies((m) -> assertThat(text(m)).containsAnyOf("1.12.2026", "1 Dec 2026"));
		}
		assertThat(to(this.clientEn).get(0).getSubject()).contains("the agenda of the Steering group on 1 Dec 2026");
		assertThat(to(this.clientFi).get(0).getSubject()).contains("esityslista on valmis");
		assertThat(to(this.stranger)).isEmpty();
		assertThat(DailyChecks.workingDaysAfter(LocalDate.of(2026, 11, 27), 2)).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(DailyChecks.workingDaysAfter(LocalDate.of(2026, 11, 30), 2)).isEqualTo(LocalDate.of(2026, 12, 2));
	}

	@Test
	void anAdministratorRunsTheDailyChecksAndTheDigestsOnDemandAndAManagerMayNot() throws Exception {
		this.actionItems.addAction(this.id, null,
				new ActionItem.Task("Call back on demand", OwnerSide.PARTNER, null, LocalDate.of(2026, 11, 25), false),
				this.partner.access(), "Test");
		String name = "runs.admin." + this.suffix;
		TestUsers.ensure(this.accounts, this.organisations, name, "Ada Admin", "Admin " + this.suffix, Role.ADMIN);
		CurrentUser admin = (CurrentUser) this.users.loadUserByUsername(name);

		assertThat(this.mvc.get().uri("/admin/outbox").with(user(admin))).bodyText().contains("Scheduled mails");
		assertThat(this.mvc.get().uri("/admin/notifications").with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("Scheduled mails", "Run today&#39;s checks now", "Write the weekly digests now");
		assertThat(this.mvc.get().uri("/admin/notifications").with(user(this.partner))).hasStatus(403);
		assertThat(this.mvc.post().uri("/admin/notifications/daily-checks").with(csrf()).with(user(this.partner)))
			.hasStatus(403);
		// The mail of the action given, before any check.
		this.dispatcher.dispatch();
		smtp.purgeEmailFromAllMailboxes();

		MvcTestResult checks = this.mvc.post()
			.uri("/admin/notifications/daily-checks")
			.with(csrf())
			.with(user(admin))
			.exchange();
		assertThat(checks).hasRedirectedUrl("/admin/notifications");
		assertThat(this.mvc.get()
			.uri("/admin/notifications")
			.with(user(admin))
			.flashAttrs(checks.getMvcResult().getFlashMap())).bodyText()
			.containsPattern("Today&#39;s checks found [\\d,]+ notices and wrote [\\d,]+ mails in [\\d,]+ ms");
		this.dispatcher.dispatch();
		assertThat(to(this.partner)).extracting(MimeMessage::getSubject)
			.singleElement()
			.satisfies((subject) -> assertThat(subject).contains("Call back on demand", "is overdue"));

		MvcTestResult digests = this.mvc.post()
			.uri("/admin/notifications/digests")
			.with(csrf())
			.with(user(admin))
			.exchange();
		assertThat(digests).hasRedirectedUrl("/admin/notifications");
		assertThat(this.mvc.get()
			.uri("/admin/notifications")
			.with(user(admin))
			.flashAttrs(digests.getMvcResult().getFlashMap())).bodyText()
			.containsPattern("\\d+ weekly digests written in [\\d,]+ ms");
		this.dispatcher.dispatch();
		assertThat(to(this.partner)).extracting(MimeMessage::getSubject)
			.anySatisfy((subject) -> assertThat(subject).containsIgnoringCase("week"));
	}

	@Test
	void aDayOfChecksAnInstanceLeftUnfinishedIsRunAgainAfterAnHourAndAFinishedDayNever() {
		Instant start = this.clock.instant();
		String period = "day-" + this.suffix;
		java.time.Duration hour = java.time.Duration.ofHours(1);

		assertThat(this.runs.claimResumable("checks-test", period, start, start.minus(hour))).isTrue();
		Instant minuteLater = start.plusSeconds(60);
		assertThat(this.runs.claimResumable("checks-test", period, minuteLater, minuteLater.minus(hour)))
			.as("still running elsewhere")
			.isFalse();
		Instant twoHoursLater = start.plus(hour.multipliedBy(2));
		assertThat(this.runs.claimResumable("checks-test", period, twoHoursLater, twoHoursLater.minus(hour)))
			.as("left unfinished: run again")
			.isTrue();
		this.runs.finish("checks-test", period, twoHoursLater);
		Instant later = start.plus(hour.multipliedBy(5));
		assertThat(this.runs.claimResumable("checks-test", period, later, later.minus(hour))).as("finished").isFalse();
		assertThat(this.runs.recent("checks-test", 14)).singleElement()
			.satisfies((run) -> assertThat(run.finishedAt()).isEqualTo(twoHoursLater));
	}

	@Test
	void theDailyChecksReadWhoToTellOnceHoweverManyNoticesTheyMake() throws Exception {
		// Nobody of these organisations wants overdue notices, so the runs write nothing
		// and every statement counted is a read.
		for (CurrentUser user : List.of(this.clientFi, this.clientEn, this.partner)) {
			this.preferences.set(user.getId(), NotificationKind.OVERDUE, Delivery.OFF);
		}
		Long second = this.engagements
			.create(engagement("Second", LocalDate.of(2026, 10, 1)).contract(ContractModel.PARTNERSHIP, 36).terms(),
					"Test")
			.getId();
		LocalDate day = LocalDate.of(2028, 3, 10);
		overdueItems(2, day.minusDays(3));
		int fewNotices = this.daily.run(day);
		long few = statementsOf(() -> this.daily.run(day));

		overdueItems(10, day.minusDays(2));
		for (int i = 0; i < 10; i++) {
			this.roadmaps.add(second, new RoadmapItem.Plan("Second item " + i, null, day.minusDays(1),
					OwnerSide.PARTNER, ItemStatus.PLANNED, false), this.partner);
		}
		int manyNotices = this.daily.run(day);
		long many = statementsOf(() -> this.daily.run(day));

		assertThat(manyNotices - fewNotices).isEqualTo(20);
		assertThat(many).as("statements of a run with 20 more notices").isEqualTo(few);
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where subject like ?", Long.class,
				"%Second item%"))
			.isZero();
	}

	@Test
	void everyoneGetsOneMailADayForTheDailyChecksSoTheirWritesGrowWithPeopleNotNotices() throws Exception {
		LocalDate day = LocalDate.of(2028, 5, 10);
		// What else falls in the week looked back at (other engagements' pulses) is
		// handled first.
		this.daily.run(day);
		this.dispatcher.dispatch();
		smtp.purgeEmailFromAllMailboxes();

		overdueItems(2, day.minusDays(3));
		long few = statementsOf(() -> this.daily.run(day));
		this.dispatcher.dispatch();
		assertThat(to(this.clientEn)).singleElement().satisfies((m) -> {
			assertThat(m.getSubject()).isEqualTo("2 things need you or your side today");
			assertThat(text(m)).contains("Item 0 due " + day.minusDays(3), "Item 1 due " + day.minusDays(3),
					"/engagements/" + this.id + "/roadmap");
		});
		assertThat(to(this.partner)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).isEqualTo("2 things need you or your side today"));
		assertThat(to(this.clientFi)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).isEqualTo("2 asiaa odottaa tänään sinua tai osapuoltasi"));
		smtp.purgeEmailFromAllMailboxes();

		overdueItems(30, day.minusDays(2));
		long many = statementsOf(() -> this.daily.run(day));
		this.dispatcher.dispatch();
		assertThat(many).as("statements of a run with 30 new notices to the same people as 2").isEqualTo(few);
		assertThat(to(this.clientEn)).singleElement().satisfies((m) -> {
			assertThat(m.getSubject()).isEqualTo("30 things need you or your side today");
			assertThat(text(m)).contains("…and 5 more: see everything that waits for you", "/waiting")
				.doesNotContain("Item 0 due " + day.minusDays(3));
		});
		assertThat(to(this.stranger)).isEmpty();
		smtp.purgeEmailFromAllMailboxes();

		// Run again: nothing is new, nothing is written.
		this.daily.run(day);
		this.dispatcher.dispatch();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	private void overdueItems(int count, LocalDate due) {
		for (int i = 0; i < count; i++) {
			this.roadmaps.add(this.id, new RoadmapItem.Plan("Item " + i + " due " + due, null, due, OwnerSide.JOINT,
					ItemStatus.PLANNED, false), this.clientEn);
		}
	}

	private static long statementsOf(Runnable run) {
		com.rolloutplanner.system.StatementCounting.COUNT.set(0);
		run.run();
		return com.rolloutplanner.system.StatementCounting.COUNT.get();
	}

	@Test
	void signaturesComingDueAndMinutesOfAHeldMeetingAskEachSideThatStillOwesThemOnce() throws Exception {
		Long soon = this.engagements
			.create(engagement("Soon", LocalDate.of(2026, 12, 7)).contract(ContractModel.PARTNERSHIP, 36).terms(),
					"Test")
			.getId();
		this.commitments.signAnnex(soon, this.partner);
		Long held = this.meetings.schedule(soon, new Arrangement(MeetingKind.STEERING_GROUP,
				LocalDateTime.of(2026, 11, 25, 13, 0), 60, null, null, Set.of()), this.partner);
		Long approved = this.meetings.schedule(soon, new Arrangement(MeetingKind.OPERATIONAL_REVIEW,
				LocalDateTime.of(2026, 11, 24, 9, 0), 60, null, null, Set.of()), this.partner);
		this.meetingMinutes.approve(soon, approved, this.clientEn);
		this.dispatcher.dispatch();
		smtp.purgeEmailFromAllMailboxes();

		this.daily.run(LocalDate.of(2026, 11, 27));
		this.daily.run(LocalDate.of(2026, 11, 28));
		this.dispatcher.dispatch();

		// The charter (due at go-live on 7 December) waits for the client, the go-live
		// gate for both, the minutes of 25 November for both (those of 24 November were
		// approved by the client, and the partner was told then): found on the first day,
		// each side's in one mail, and nothing again on the second.
		String minutes = "Soon " + this.suffix
				+ ": the minutes of the Steering group on 25 Nov 2026, 13:00 wait for your approval";
		String gate = "Soon " + this.suffix
				+ ": \"Go-live go/no-go\" waits for the signature of your side by 7 Dec 2026";
		assertThat(to(this.clientEn)).singleElement().satisfies((m) -> {
			assertThat(m.getSubject()).isEqualTo("3 things need you or your side today");
			assertThat(text(m)).contains(
					"Soon " + this.suffix + ": \"Terms annex\" waits for the signature of your side by 7 Dec 2026",
					gate, minutes);
		});
		assertThat(to(this.clientFi)).singleElement().satisfies((m) -> {
			assertThat(m.getSubject()).isEqualTo("3 asiaa odottaa tänään sinua tai osapuoltasi");
			assertThat(text(m).split("odottaa osapuolesi allekirjoitusta 7.12.2026 mennessä", -1)).hasSize(3);
		});
		assertThat(to(this.partner)).singleElement().satisfies((m) -> {
			assertThat(m.getSubject()).isEqualTo("2 things need you or your side today");
			assertThat(text(m)).contains(gate, minutes).doesNotContain("Terms annex");
		});
		assertThat(to(this.stranger)).isEmpty();
	}

	@Test
	void aKpiActualBelowItsBandAndANewCriticalFlagTellBothSidesButNotWhoeverCausedThem() throws Exception {
		Kpi kpi = this.kpis.add(this.id, new Kpi.Settings("First-contact resolution", "%", KpiKind.QUALITY,
				Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(80), BigDecimal.valueOf(85), 9, BigDecimal.TEN),
				this.partner);
		this.kpis.record(this.id, kpi.getId(), 1, BigDecimal.valueOf(79), this.partner.access(),
				this.partner.signature());
		this.dispatcher.dispatch();
		assertThat(to(this.clientEn)).as("79 in month 1 is inside the band").isEmpty();

		this.kpis.record(this.id, kpi.getId(), 2, BigDecimal.valueOf(40), this.partner.access(),
				this.partner.signature());
		this.kpis.record(this.id, kpi.getId(), 2, BigDecimal.valueOf(41), this.partner.access(),
				this.partner.signature());
		this.dispatcher.dispatch();

		assertThat(to(this.clientEn)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject())
				.isEqualTo("Mail " + this.suffix + ": First-contact resolution fell below the expected band"));
		assertThat(to(this.clientFi)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).contains("jäi odotetun vaihteluvälin alle"));
		assertThat(to(this.partner)).isEmpty();
		assertThat(to(this.stranger)).isEmpty();
		smtp.purgeEmailFromAllMailboxes();

		// an import: one mail for all the months it brought below their band
		this.kpis.importCsv(this.id, "kpi,month,value\nFirst-contact resolution,3,30\nFirst-contact resolution,4,84\n",
				this.partner, java.util.Locale.ENGLISH);
		this.dispatcher.dispatch();
		assertThat(to(this.clientEn)).singleElement().satisfies((m) -> {
			assertThat(m.getSubject()).isEqualTo("Mail " + this.suffix + ": a KPI actual below the expected band");
			assertThat(text(m)).contains("imported 2 KPI actuals").contains("First-contact resolution, month 3: 30 %");
		});
		assertThat(to(this.clientFi)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).endsWith("mittarin toteuma odotetun vaihteluvälin alla"));
		assertThat(to(this.partner)).isEmpty();
		smtp.purgeEmailFromAllMailboxes();

		this.engagements.create(engagement("Pilot", LocalDate.of(2026, 12, 1)).contract(ContractModel.PILOT, 6).terms(),
				this.clientEn.signature());
		this.dispatcher.dispatch();

		// a pilot of six months raises several critical flags at once (the pilot model,
		// the
		// short commitment among them): one mail names them all
		assertThat(to(this.partner)).singleElement().satisfies((m) -> {
			assertThat(m.getSubject()).matches("Pilot " + this.suffix + ": [2-9] new critical flags");
			assertThat(text(m)).containsPattern("raised [2-9] critical quick-win flags:")
				.contains("Pilot or trial period: it breaks tip 5, no pilot or trial mentality.")
				.contains("Commitment ends too early: it breaks tip 4, a joint journey, not a single event.");
		});
		assertThat(to(this.clientFi)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject())
				.matches("Pilot " + this.suffix + ": [2-9] uutta kriittistä havaintoa"));
		assertThat(to(this.clientEn)).isEmpty();
		assertThat(to(this.stranger)).isEmpty();
	}

	@Test
	void aShareLinkOpenedForTheFirstTimeTellsItsCreatorOnce() throws Exception {
		MvcTestResult created = this.mvc.post()
			.uri("/engagements/{id}/share", this.id)
			.param("label", "Steering group members")
			.with(user(this.clientEn))
			.with(csrf())
			.exchange();
		String link = (String) created.getMvcResult().getFlashMap().get("newLink");
		String path = link.substring(link.indexOf("/s/"));

		assertThat(this.mvc.get().uri(path)).hasStatusOk();
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
		this.dispatcher.dispatch();

		assertThat(to(this.clientEn)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject())
				.isEqualTo("Mail " + this.suffix + ": the share link \"Steering group members\" was opened"));
		assertThat(to(this.clientFi)).isEmpty();
		assertThat(to(this.partner)).isEmpty();
	}

	@Test
	void theMondayDigestOfAPreparedWeekAndNothingForSomeoneWithNothing() throws Exception {
		this.preferences.set(this.clientEn.getId(), NotificationKind.SIGN_OFF_WAITING, Delivery.DIGEST);
		this.commitments.signGate(this.id, GateType.GO_LIVE, this.partner);
		this.actionItems.addAction(this.id, null, new ActionItem.Task("Review the staffing plan", OwnerSide.CLIENT,
				null, LocalDate.of(2026, 11, 25), false), this.partner.access(), this.partner.signature());
		schedule(LocalDateTime.of(2026, 12, 2, 10, 0));
		this.dispatcher.dispatch();
		assertThat(to(this.clientEn)).as("the gate waits for the digest")
			.extracting(MimeMessage::getSubject)
			.noneMatch((s) -> s.contains("waits for your signature"));
		smtp.purgeEmailFromAllMailboxes();

		// Sunday evening: not yet; Monday 7:30 in Helsinki: the digests
		this.clock.set(Instant.parse("2026-11-29T20:00:00Z"));
		this.digest.runIfDue();
		this.dispatcher.dispatch();
		assertThat(to(this.clientEn)).isEmpty();
		this.clock.set(Instant.parse("2026-11-30T05:30:00Z"));
		this.digest.runIfDue();
		this.digest.runIfDue();
		this.dispatcher.dispatch();

		assertThat(to(this.clientEn)).singleElement().satisfies((m) -> {
			assertThat(m.getSubject()).isEqualTo("Your week in Rollout Planner from 30 Nov 2026");
			String body = text(m);
			assertThat(body).contains("Mail " + this.suffix)
				.contains("Start-up, month 2 of the journey")
				.contains("Review the staffing plan")
				.contains("Steering group, 2 Dec 2026, 10:00")
				.contains("Since last week")
				.contains("waits for your signature");
		});
		assertThat(to(this.clientFi)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).isEqualTo("Viikkosi Rollout Plannerissa 30.11.2026 alkaen"));
		assertThat(to(this.stranger)).as("nothing there, nothing sent").isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from digest_entry where user_account_id = ?",
				Integer.class, this.clientEn.getId()))
			.as("what waited for the digest went out with it")
			.isZero();
	}

	@Test
	void theUnsubscribeLinkOfAMailAsksFirstThenTurnsItsKindOffWithoutALoginAndAnUndoGivesBackWhatWasStopped()
			throws Exception {
		this.commitments.signGate(this.id, GateType.GO_LIVE, this.partner);
		this.dispatcher.dispatch();
		MimeMessage mail = to(this.clientEn).get(0);
		String header = mail.getHeader("List-Unsubscribe")[0];
		assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String path = header.substring(header.indexOf("/unsubscribe"), header.length() - 1);

		String token = path.substring(path.indexOf("token=") + 6);
		this.preferences.set(this.clientEn.getId(), NotificationKind.KPI_BELOW_BAND, Delivery.DIGEST);
		assertThat(this.mvc.get().uri(path)).as("a link scanner's GET changes nothing")
			.hasStatusOk()
			.bodyText()
			.contains("Stop the mails");
		assertThat(this.mvc.head().uri(path)).hasStatusOk();
		assertThat(this.preferences.of(this.clientEn.getId()).get(NotificationKind.SIGN_OFF_WAITING))
			.isEqualTo(Delivery.IMMEDIATE);
		assertThat(this.mvc.post().uri("/unsubscribe").param("token", token).param("action", "off")).hasStatusOk()
			.bodyText()
			.contains("You will no longer get mails of this kind: Signatures and approvals waiting for your side.");
		assertThat(this.preferences.of(this.clientEn.getId()).get(NotificationKind.SIGN_OFF_WAITING))
			.isEqualTo(Delivery.OFF);
		MvcTestResult all = this.mvc.post().uri("/unsubscribe").param("token", token).param("action", "all").exchange();
		String restore = org.jsoup.Jsoup.parse(all.getResponse().getContentAsString())
			.selectFirst("input[name=restore]")
			.attr("value");
		assertThat(this.preferences.of(this.clientEn.getId())).allSatisfy(
				(kind, delivery) -> assertThat(delivery).isEqualTo(kind.chosen() ? Delivery.OFF : Delivery.IMMEDIATE));
		assertThat(this.mvc.post()
			.uri("/unsubscribe")
			.param("token", token)
			.param("action", "undo")
			.param("restore", restore)).hasStatusOk();
		assertThat(this.preferences.of(this.clientEn.getId()).get(NotificationKind.KPI_BELOW_BAND))
			.as("the undo of stop-all gives back every kind as it was")
			.isEqualTo(Delivery.DIGEST);
		assertThat(this.preferences.of(this.clientEn.getId()).get(NotificationKind.ACTION_ASSIGNED))
			.isEqualTo(Delivery.IMMEDIATE);
		assertThat(this.preferences.of(this.clientEn.getId()).get(NotificationKind.SIGN_OFF_WAITING))
			.as("stopped before the stop-all, it stays stopped")
			.isEqualTo(Delivery.OFF);
		assertThat(this.mvc.get().uri(path.substring(0, path.length() - 2) + "xx")).hasStatus(404);
		assertThat(this.mvc.get()
			.uri("/unsubscribe?token=" + this.clientEn.getId() + ".ACTION_ASSIGNED."
					+ path.substring(path.length() - 43)))
			.as("a signature for one kind does not open another")
			.hasStatus(404);
		smtp.purgeEmailFromAllMailboxes();

		this.commitments.signGate(this.id, GateType.START_UP_EXIT, this.partner);
		this.dispatcher.dispatch();
		assertThat(to(this.clientEn)).isEmpty();
		assertThat(to(this.clientFi)).hasSize(1);

		// the one-click post of a mail program
		String fiHeader = to(this.clientFi).get(0).getHeader("List-Unsubscribe")[0];
		String fiToken = fiHeader.substring(fiHeader.indexOf("token=") + 6, fiHeader.length() - 1);
		assertThat(this.mvc.post().uri("/unsubscribe").param("token", fiToken).param("List-Unsubscribe", "One-Click"))
			.hasStatusOk();
		assertThat(this.preferences.of(this.clientFi.getId()).get(NotificationKind.SIGN_OFF_WAITING))
			.isEqualTo(Delivery.OFF);
	}

	@Test
	void aFailingMailServerIsTriedAgainLaterAndTheChangeThatCausedTheMailStands() throws Exception {
		smtp.stop();
		try {
			this.commitments.signGate(this.id, GateType.GO_LIVE, this.clientFi);
			assertThat(this.dispatcher.dispatch()).isZero();
		}
		finally {
			smtp.start();
		}
		assertThat(this.commitments.gates(this.id, this.partner)).filteredOn((g) -> g.type() == GateType.GO_LIVE)
			.singleElement()
			.satisfies((g) -> assertThat(g.client()).isNotNull());
		Long mailId = this.jdbc.queryForObject(
				"select id from mail_outbox where recipient = ? order by id desc fetch first 1 rows only", Long.class,
				address(this.partner));
		Outbox.Row failed = outbox().find(mailId).orElseThrow();
		assertThat(failed.state()).isEqualTo(Outbox.State.PENDING);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.lastError()).isNotBlank();
		assertThat(failed.nextAttemptAt()).isEqualTo(this.clock.instant().plusSeconds(60));

		this.dispatcher.dispatch();
		assertThat(to(this.partner)).as("not before its time").isEmpty();
		this.clock.set(this.clock.instant().plusSeconds(61));
		this.dispatcher.dispatch();
		assertThat(to(this.partner)).hasSize(1);
		assertThat(outbox().find(failed.id()).orElseThrow().state()).isEqualTo(Outbox.State.SENT);
	}

	@Test
	void twoInstancesSendingAtOnceSendEachMailOnceAndRunTheDailyChecksOnce() throws Exception {
		for (int i = 0; i < 12; i++) {
			this.actionItems.addAction(this.id, null, new ActionItem.Task("Action " + i, OwnerSide.JOINT, null,
					LocalDate.of(2026, 11, 21 + (i % 5)), false), this.partner.access(), "Test");
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> sent = pool.invokeAll(List.<Callable<Integer>>of(
					() -> this.dispatcher.dispatch("first"), () -> this.dispatcher.dispatch("second")));
			assertThat(sent.get(0).get() + sent.get(1).get()).isEqualTo(36);
			assertThat(to(this.clientFi)).hasSize(12);
			assertThat(to(this.partner)).extracting(MimeMessage::getSubject).doesNotHaveDuplicates().hasSize(12);
			smtp.purgeEmailFromAllMailboxes();

			this.clock.set(Instant.parse("2026-11-28T04:30:00Z")); // Saturday 6:30 in
																	// Helsinki
			List<Future<Boolean>> ran = pool
				.invokeAll(List.<Callable<Boolean>>of(() -> this.daily.runIfDue(), () -> this.daily.runIfDue()));
			assertThat(Arrays.asList(ran.get(0).get(), ran.get(1).get())).containsExactlyInAnyOrder(true, false);
			pool.invokeAll(List.<Callable<Integer>>of(() -> this.dispatcher.dispatch("first"),
					() -> this.dispatcher.dispatch("second")));
			// Twelve actions overdue: one mail that lists them all, sent once.
			assertThat(to(this.clientEn)).singleElement().satisfies((m) -> {
				assertThat(m.getSubject()).isEqualTo("12 things need you or your side today");
				for (int i = 0; i < 12; i++) {
					assertThat(text(m)).contains("\"Action " + i + "\" is overdue");
				}
			});
		}
		finally {
			pool.shutdown();
		}
	}

	private Outbox outbox() {
		return this.outbox;
	}

	/** The text part of a mail. */
	private static String text(jakarta.mail.Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			jakarta.mail.Multipart parts = (jakarta.mail.Multipart) part.getContent();
			for (int i = 0; i < parts.getCount(); i++) {
				String found = text(parts.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private Long schedule(LocalDateTime at) {
		return this.meetings.schedule(this.id,
				new Arrangement(MeetingKind.STEERING_GROUP, at, 60, null, null, Set.of()), this.partner);
	}

	/** An engagement between the test's two organisations. */
	private EngagementBuilder engagement(String name, LocalDate goLive) {
		return EngagementBuilder.anEngagement()
			.name(name + " " + this.suffix)
			.between(this.organisations.findOrAdd("Client " + this.suffix),
					this.organisations.findOrAdd("Partner " + this.suffix))
			.goLive(goLive);
	}

	private CurrentUser signUp(String name, String displayName, String organisation, String language) {
		String username = name + "." + this.suffix;
		TestUsers.ensure(this.accounts, this.organisations, username, displayName, organisation, Role.MANAGER);
		this.contacts.changeContact(username,
				new Contacts.Contact(username + "@example.com", language, "Europe/Helsinki"));
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	private static String address(CurrentUser user) {
		return user.getUsername() + "@example.com";
	}

	private List<MimeMessage> to(CurrentUser user) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage m : smtp.getReceivedMessages()) {
			if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
				.anyMatch((a) -> a.toString().equals(address(user)))) {
				found.add(m);
			}
		}
		return found;
	}

}
