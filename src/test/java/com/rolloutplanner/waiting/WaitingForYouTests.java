package com.rolloutplanner.waiting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.commitments.GateType;
import com.rolloutplanner.due.DueState;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.action.ActionItem.Task;
import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.steering.Arrangement;
import com.rolloutplanner.steering.MeetingKind;
import com.rolloutplanner.minutes.MeetingMinutes;
import com.rolloutplanner.meeting.Meetings;
import com.rolloutplanner.system.FixedClock;

import static org.assertj.core.api.Assertions.assertThat;

/** What waits for each side, on the real database. */
@RolloutIntegrationTest
class WaitingForYouTests {

	static final LocalDate TODAY = FixedClock.TODAY;

	static final LocalDateTime NOW = TODAY.atTime(12, 0);

	@Autowired
	WaitingForYou waiting;

	@Autowired
	com.rolloutplanner.waiting.WaitingQuery query;

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
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	@Autowired
	com.rolloutplanner.pulse.Pulses pulses;

	@Autowired
	com.rolloutplanner.listing.Listings listings;

	@Autowired
	org.springframework.web.context.WebApplicationContext context;

	CurrentUser client;

	CurrentUser partner;

	Long id;

	String suffix;

	@BeforeEach
	void setUp() {
		// Organisations of their own: what waits is read across all engagements of the
		// reader's organisation.
		this.suffix = Long.toString(System.nanoTime());
		TestUsers.ensure(this.accounts, this.organisations, "wait.client." + this.suffix, "Wilma Client",
				"Wait Client " + this.suffix, Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "wait.partner." + this.suffix, "Ville Partner",
				"Wait Partner " + this.suffix, Role.MANAGER);
		this.client = (CurrentUser) this.users.loadUserByUsername("wait.client." + this.suffix);
		this.partner = (CurrentUser) this.users.loadUserByUsername("wait.partner." + this.suffix);
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Waiting " + this.suffix)
				.between(this.organisations.findOrAdd("Wait Client " + this.suffix),
						this.organisations.findOrAdd("Wait Partner " + this.suffix))
				.goLive(LocalDate.of(2026, 10, 1))
				.terms(), "Test")
			.getId();
		// Both have answered the pulse of month 1 (the latest that has opened): the
		// pulse waits for neither (the pulse's own tests show it waiting).
		java.util.Map<com.rolloutplanner.pulse.Statement, Integer> values = new java.util.EnumMap<>(
				com.rolloutplanner.pulse.Statement.class);
		for (com.rolloutplanner.pulse.Statement statement : com.rolloutplanner.pulse.Statement.values()) {
			values.put(statement, 4);
		}
		this.pulses.answer(this.id, 1, values, null, false, this.client);
		this.pulses.answer(this.id, 1, values, null, false, this.partner);
	}

	@Test
	void eachSideSeesWhatItStillHasToDoOverdueFirst() {
		this.commitments.signGate(this.id, GateType.GO_LIVE, this.client);
		Long held = this.meetings.schedule(this.id, new Arrangement(MeetingKind.STEERING_GROUP,
				LocalDateTime.of(2026, 11, 20, 13, 0), 60, null, null, Set.of()), this.client);
		this.meetingMinutes.approve(this.id, held, this.client);
		Long next = this.meetings.schedule(this.id, new Arrangement(MeetingKind.OPERATIONAL_REVIEW,
				LocalDateTime.of(2026, 12, 4, 9, 0), 60, null, null, Set.of()), this.client);
		action("Partner staffing plan", OwnerSide.PARTNER, null, LocalDate.of(2026, 11, 20));
		action("Joint calibration", OwnerSide.JOINT, null, LocalDate.of(2026, 12, 4));
		action("Client data export", OwnerSide.PARTNER, "wait.client." + this.suffix, LocalDate.of(2026, 12, 10));
		this.kpis.add(this.id, new Kpi.Settings("Customer satisfaction", "%", KpiKind.QUALITY,
				Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(80), BigDecimal.valueOf(85), 9, BigDecimal.TEN),
				this.client);

		WaitingForYou.Waiting forClient = waitingFor(this.client);
		WaitingForYou.Waiting forPartner = waitingFor(this.partner);

		assertThat(forClient.entries()).extracting(WaitingForYou.Entry::kind)
			.containsExactly("waiting.sign", "waiting.action", "waiting.action", "waiting.kpi");
		assertThat(forClient.entries()).extracting((e) -> e.title() != null ? e.title() : e.titleKey())
			.containsExactly("charter.heading", "Joint calibration", "Client data export", "Customer satisfaction");
		assertThat(forPartner.entries()).extracting((e) -> e.title() != null ? e.title() : e.titleKey())
			.containsExactly("charter.heading", "gate.GO_LIVE", "Partner staffing plan", "meeting.kind.STEERING_GROUP",
					"Joint calibration", "Customer satisfaction");
		assertThat(forPartner.entries().get(0).state()).isEqualTo(DueState.OVERDUE);
		assertThat(forPartner.entries().get(2).state()).isEqualTo(DueState.OVERDUE);
		assertThat(forPartner.entries().get(3).link()).endsWith("/meetings/" + held + "#approvals");
		assertThat(forClient.nextMeeting().id()).isEqualTo(next);
		assertThat(forClient.total()).isEqualTo(4);

		// Cut shorter than there is, the first few in the same order and the same total.
		com.rolloutplanner.waiting.Waiting firstTwo = this.query.of(this.partner.getOrganisationId(),
				this.partner.getUsername(), TODAY, NOW, 2);
		assertThat(firstTwo.items()).extracting((i) -> i.title() != null ? i.title() : i.titleKey())
			.containsExactly("charter.heading", "gate.GO_LIVE");
		assertThat(firstTwo.total()).isEqualTo(forPartner.total()).isEqualTo(6);
	}

	@Test
	void theWholeListIsPagedInTheDatabaseInTheDashboardsOrderAndHasAPageOfItsOwn() {
		this.commitments.signGate(this.id, GateType.GO_LIVE, this.client);
		for (int i = 1; i <= 5; i++) {
			action("Partner task " + i, OwnerSide.PARTNER, null, LocalDate.of(2026, 11, 20).plusDays(i));
		}
		WaitingForYou.Waiting first = waitingFor(this.partner);
		com.rolloutplanner.listing.ListingState state = this.listings
			.state(com.rolloutplanner.account.Access.organisation(this.partner.getOrganisationId()));

		List<WaitingForYou.Entry> paged = new java.util.ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			paged.addAll(this.waiting.page(state, this.partner.getUsername(), TODAY, NOW, page, 3).entries());
		}
		assertThat(paged).isEqualTo(first.entries()).hasSize(first.total()).hasSize(7);
		// A page beyond the last is the last.
		assertThat(this.waiting.page(state, this.partner.getUsername(), TODAY, NOW, 40, 3).entries())
			.isEqualTo(first.entries().subList(6, 7));

		org.springframework.test.web.servlet.assertj.MockMvcTester mvc = org.springframework.test.web.servlet.assertj.MockMvcTester
			.from(this.context, (builder) -> builder
				.apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
				.build());
		assertThat(mvc.get()
			.uri("/waiting?lang=en")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(this.partner)))
			.hasStatusOk()
			.bodyText()
			.contains("Waiting for your side", "1–7 of 7")
			.containsSubsequence("Terms annex", "Overdue 57 days", "Partner task 1", "Overdue 6 days", "Partner task 5",
					"Overdue 2 days");
	}

	@Test
	void nothingWaitsWhenEverythingIsSignedAndDone() {
		this.commitments.signAnnex(this.id, this.client);
		this.commitments.signGate(this.id, GateType.GO_LIVE, this.client);

		WaitingForYou.Waiting forClient = waitingFor(this.client);

		assertThat(forClient.isEmpty()).isTrue();
		assertThat(forClient.nextMeeting()).isNull();
		assertThat(this.waiting.of(null, "wait.client", TODAY, NOW, WaitingForYou.LIMIT).isEmpty()).isTrue();
	}

	private void action(String title, OwnerSide side, String owner, LocalDate due) {
		this.actionItems.addAction(this.id, null, new Task(title, side, owner, due, false), this.client.access(),
				this.client.signature());
	}

	private WaitingForYou.Waiting waitingFor(CurrentUser user) {
		return this.waiting.of(user.getOrganisationId(), user.getUsername(), TODAY, NOW, WaitingForYou.LIMIT);
	}

}
