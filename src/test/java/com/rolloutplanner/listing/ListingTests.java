package com.rolloutplanner.listing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.commitments.GateType;
import com.rolloutplanner.due.Deadlines;
import com.rolloutplanner.due.DueSummary;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Placement;
import com.rolloutplanner.quickwin.Assessment;
import com.rolloutplanner.quickwin.FlagCode;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.roadmap.Roadmaps;
import com.rolloutplanner.action.ActionItem.Task;
import com.rolloutplanner.action.ActionItem;
import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.meeting.Meetings;
import com.rolloutplanner.system.FixedClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The listing on the real database: it agrees with the modules it is read from on every
 * date (phase, flags, due items, KPIs), orders as the columns promise, is written anew in
 * the transaction of each change, and the dashboard reads it with the same few statements
 * whatever the number of engagements.
 */
@RolloutIntegrationTest
class ListingTests {

	/** Dates around month ends and phase boundaries, before and after the go-lives. */
	static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 30),
			LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 29),
			LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31), LocalDate.of(2026, 10, 31),
			LocalDate.of(2026, 11, 27), LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29));

	@Autowired
	Listings listings;

	@Autowired
	Engagements engagements;

	@Autowired
	QuickWinAssessor assessor;

	@Autowired
	Deadlines deadlines;

	@Autowired
	Kpis kpis;

	@Autowired
	com.rolloutplanner.businesscase.BusinessCases businessCases;

	@Autowired
	Roadmaps roadmaps;

	@Autowired
	Commitments commitments;

	@Autowired
	Meetings meetings;

	@Autowired
	ActionItems actionItems;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CacheManager caches;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	Clock clock;

	CurrentUser client;

	CurrentUser partner;

	Organisation clientOrganisation;

	Organisation partnerOrganisation;

	@BeforeEach
	void setUp() {
		String suffix = Long.toString(System.nanoTime());
		TestUsers.ensure(this.accounts, this.organisations, "list.client." + suffix, "Lisa Client",
				"List Client " + suffix, Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "list.partner." + suffix, "Lasse Partner",
				"List Partner " + suffix, Role.MANAGER);
		this.client = (CurrentUser) this.users.loadUserByUsername("list.client." + suffix);
		this.partner = (CurrentUser) this.users.loadUserByUsername("list.partner." + suffix);
		this.clientOrganisation = this.organisations.findOrAdd("List Client " + suffix);
		this.partnerOrganisation = this.organisations.findOrAdd("List Partner " + suffix);
	}

	@Test
	void agreesWithTheModulesOnEveryDate() {
		journeys();

		for (LocalDate date : DATES) {
			List<ListedEngagement> listed = page(date, ListingFilter.ALL, ListingOrder.GO_LIVE, false);
			Map<Long, LocalDate> goLives = listed.stream()
				.collect(Collectors.toMap(ListedEngagement::id, ListedEngagement::goLiveDate));
			Map<Long, DueSummary> dues = this.deadlines.summaries(goLives, date);
			Map<Long, KpiState> states = this.kpis.states(goLives, date);
			Map<Long, Assessment> assessments = this.assessor.assessAll(listed.stream()
				.collect(Collectors.toMap(ListedEngagement::id,
						(l) -> this.engagements.subjectOf(l.id(), Access.toEverything()))));
			assertThat(listed).hasSize(6);
			for (ListedEngagement l : listed) {
				DueSummary due = dues.get(l.id());
				String where = l.name() + " on " + date;
				assertThat(l.due().overdueCount()).as(where).isEqualTo(due.overdueCount());
				assertThat(l.due().nextDueState()).as(where).isEqualTo(due.nextDueState());
				assertThat(l.due().nextDue()).as(where)
					.isEqualTo((due.nextDue() != null) ? due.nextDue().withRef(null) : null);
				assertThat(l.kpis()).as(where).isEqualTo(states.getOrDefault(l.id(), KpiState.NONE));
				assertThat(l.openCritical()).as(where).isEqualTo(assessments.get(l.id()).openCritical());
				assertThat(l.openWarnings()).as(where).isEqualTo(assessments.get(l.id()).openWarnings());
			}
			PhaseCounts counts = this.listings.counts(this.client.access(), date, ListingFilter.ALL);
			Map<Phase, Long> expected = new EnumMap<>(Phase.class);
			for (Phase phase : Phase.values()) {
				expected.put(phase, listed.stream().filter((l) -> phaseOn(l, date) == phase).count());
			}
			assertThat(counts.matchingByPhase()).as("phases on " + date).isEqualTo(expected);
			assertThat(counts.withOverdue()).isEqualTo(listed.stream().filter((l) -> l.due().hasOverdue()).count());
			assertThat(counts.withCritical()).isEqualTo(listed.stream().filter((l) -> l.openCritical() > 0).count());
			for (Phase phase : Phase.values()) {
				assertThat(page(date, new ListingFilter(phase, false, false), ListingOrder.NAME, false))
					.as(phase + " on " + date)
					.extracting(ListedEngagement::name)
					.containsExactlyInAnyOrderElementsOf(listed.stream()
						.filter((l) -> phaseOn(l, date) == phase)
						.map(ListedEngagement::name)
						.toList());
			}
		}
	}

	@Test
	void ordersAsEachColumnPromisesBothWays() {
		journeys();

		for (LocalDate date : List.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 11, 27))) {
			List<ListedEngagement> all = page(date, ListingFilter.ALL, ListingOrder.GO_LIVE, false);
			for (ListingOrder order : ListingOrder.values()) {
				Comparator<ListedEngagement> comparator = comparator(order, date);
				assertThat(page(date, ListingFilter.ALL, order, false)).as(order + " on " + date)
					.containsExactlyElementsOf(all.stream().sorted(comparator).toList());
				assertThat(page(date, ListingFilter.ALL, order, true)).as(order + " descending on " + date)
					.containsExactlyElementsOf(all.stream().sorted(comparator.reversed()).toList());
			}
		}
	}

	@Test
	void filtersAndPagesInTheDatabase() {
		journeys();
		LocalDate date = FixedClock.TODAY;
		List<ListedEngagement> all = page(date, ListingFilter.ALL, ListingOrder.NAME, false);

		assertThat(this.listings.page(this.client.access(), date, ListingFilter.ALL, ListingOrder.NAME, false, 2, 3))
			.containsExactlyElementsOf(all.subList(2, 5));
		assertThat(page(date, new ListingFilter(null, true, false), ListingOrder.NAME, false))
			.containsExactlyElementsOf(all.stream().filter((l) -> l.openCritical() > 0).toList())
			.isNotEmpty();
		for (var state : com.rolloutplanner.businesscase.PaybackState.values()) {
			assertThat(page(date, new ListingFilter(null, false, false, state.name()), ListingOrder.NAME, false))
				.as(state.name())
				.containsExactlyElementsOf(all.stream().filter((l) -> state.name().equals(l.payback())).toList())
				.hasSize(1);
			assertThat(this.listings
				.counts(this.client.access(), date, new ListingFilter(null, false, false, state.name()))
				.matching()).isEqualTo(1);
		}
		assertThat(page(date, new ListingFilter(null, false, true), ListingOrder.NAME, false))
			.containsExactlyElementsOf(all.stream().filter((l) -> l.due().hasOverdue()).toList())
			.isNotEmpty()
			.hasSizeLessThan(all.size());
		assertThat(this.listings.counts(this.client.access(), date, new ListingFilter(null, true, false)).matching())
			.isEqualTo(all.stream().filter((l) -> l.openCritical() > 0).count());
		assertThat(page(date, ListingFilter.ALL, ListingOrder.NAME, false).stream().map(ListedEngagement::clientName))
			.containsOnly(this.clientOrganisation.getName());
	}

	@Test
	void aChangeReachesTheListingInItsOwnTransaction() {
		Engagement engagement = create("Moving", LocalDate.of(2026, 3, 1), (b) -> b);
		LocalDate date = FixedClock.TODAY;
		assertThat(only(date).kpis()).isEqualTo(KpiState.NONE);
		long overdueBefore = only(date).due().overdueCount();

		this.engagements.revise(engagement.getId(), engagement.getVersion(),
				terms("Moving", LocalDate.of(2026, 9, 1), (b) -> b.contract(ContractModel.PILOT, 3)),
				this.client.access(), "Test");
		assertThat(phaseOn(only(date), date)).isEqualTo(Phase.START_UP);
		assertThat(only(date).openCritical()).isPositive();
		assertThat(only(date).due().overdueCount()).isLessThan(overdueBefore);

		this.commitments.signAnnex(engagement.getId(), this.client);
		this.commitments.signAnnex(engagement.getId(), this.partner);
		this.commitments.signGate(engagement.getId(), GateType.GO_LIVE, this.client);
		this.commitments.signGate(engagement.getId(), GateType.GO_LIVE, this.partner);
		assertThat(only(date).due().overdueCount()).isZero();
		assertThat(only(date).due().nextDue().titleKey()).isEqualTo("gate.START_UP_EXIT");

		Kpi kpi = this.kpis.add(engagement.getId(), satisfaction(), this.client);
		assertThat(only(date).kpis()).isEqualTo(new KpiState(1, 0, 0, 0));
		this.kpis.record(engagement.getId(), kpi.getId(), 2, BigDecimal.valueOf(50), this.client.access(), "Test");
		assertThat(only(date).kpis()).isEqualTo(new KpiState(1, 1, 1, 0));
		assertThat(only(LocalDate.of(2026, 9, 30)).kpis()).isEqualTo(new KpiState(1, 0, 0, 0));

		ActionItem action = this.actionItems.addAction(engagement.getId(), null,
				new Task("Staffing plan", OwnerSide.PARTNER, null, LocalDate.of(2026, 11, 1), false),
				this.client.access(), "Test");
		assertThat(only(date).due().overdueCount()).isEqualTo(1);
		this.actionItems.changeAction(engagement.getId(), action.getId(), action.getVersion(),
				new Task("Staffing plan", OwnerSide.PARTNER, null, LocalDate.of(2026, 11, 30), false),
				this.client.access(), "Test");
		assertThat(only(date).due().overdueCount()).isZero();
		assertThat(only(date).due().nextDue().title()).isEqualTo("Staffing plan");

		long critical = only(date).openCritical();
		Assessment assessment = this.assessor.assess(engagement.getId(), LocalDate.of(2026, 9, 1),
				this.engagements.subjectOf(engagement.getId(), Access.toEverything()).subject());
		var flag = assessment.flags()
			.stream()
			.filter((f) -> f.flag().code() == FlagCode.PILOT_MODEL)
			.findFirst()
			.orElseThrow()
			.flag();
		this.assessor.acknowledge(engagement.getId(), this.client.access(), flag.code(), flag.finding(),
				"A pilot on purpose", "Test");
		assertThat(only(date).openCritical()).isEqualTo(critical - 1);

		this.engagements.delete(engagement.getId(), this.client.access(), "Test");
		assertThat(page(date, ListingFilter.ALL, ListingOrder.NAME, false)).isEmpty();
	}

	@Test
	void theDashboardReadsTheSameFewStatementsWhateverTheNumberOfEngagements() {
		for (int i = 0; i < 3; i++) {
			create("Few " + i, LocalDate.of(2026, 1, 1).plusDays(i * 40L), (b) -> b);
		}
		long few = statements("/");
		long fewFiltered = statements("/?phase=START_UP&flags=critical&sort=kpis");
		for (int i = 0; i < 42; i++) {
			create("Many " + i, LocalDate.of(2025, 6, 1).plusDays(i * 17L), (b) -> b);
		}
		long many = statements("/");
		long manyLastPage = statements("/?page=3&sort=due&dir=desc");
		long manyFiltered = statements("/?phase=START_UP&flags=critical&sort=kpis");

		System.out.printf(
				"Dashboard statements: %d with 3 engagements, %d with 45, %d on page 3 sorted by due; "
						+ "filtered and sorted by KPIs: %d with 3, %d with 45%n",
				few, many, manyLastPage, fewFiltered, manyFiltered);
		assertThat(many).isEqualTo(few).isEqualTo(manyLastPage).isLessThanOrEqualTo(8);
		assertThat(manyFiltered).isEqualTo(fewFiltered).isLessThanOrEqualTo(8);
	}

	@Test
	void knowsOnEveryDateWhichKpisLackTheActualOfTheLastCompletedMonth() {
		journeys();
		java.util.Set<String> everExpected = new java.util.TreeSet<>();
		for (LocalDate date : DATES) {
			List<ListedEngagement> listed = page(date, ListingFilter.ALL, ListingOrder.GO_LIVE, false);
			java.util.Set<String> expected = new java.util.TreeSet<>();
			for (ListedEngagement l : listed) {
				int completed = 0;
				while (!l.goLiveDate().plusMonths(completed + 1L).isAfter(date)) {
					completed++;
				}
				int month = completed;
				this.kpis
					.readAll(l.id(), Access.toEverything(),
							(k) -> (month >= 1 && !k.getActuals().containsKey(month)) ? k.getName() : null)
					.stream()
					.filter(java.util.Objects::nonNull)
					.forEach((name) -> expected.add(l.name() + ": " + name));
			}
			List<String> kept = this.jdbc
				.sql("select l.name, g.kpi_name from listing_kpi_gap g join engagement_listing l "
						+ "on l.engagement_id = g.engagement_id where l.engagement_id in (:ids) and g.valid_from <= :date "
						+ "and (g.valid_until is null or g.valid_until > :date)")
				.param("ids", listed.stream().map(ListedEngagement::id).toList())
				.param("date", date)
				.query((rs, row) -> rs.getString(1) + ": " + rs.getString(2))
				.list();
			assertThat(kept).as("on " + date).containsExactlyInAnyOrderElementsOf(expected);
			everExpected.addAll(expected);
		}
		assertThat(everExpected).as("some KPI lacks an actual on some date")
			.contains("Alpha month end: Customer satisfaction", "gamma lower-case: Customer satisfaction");
	}

	@Test
	void whatTheDashboardShowsIsReadAgainOnlyAfterAChangeToOneOfTheOrganisationsEngagements() {
		Engagement engagement = create("Waiting", LocalDate.of(2026, 1, 1), (b) -> b);
		long first = statements("/");
		long again = repeated("/");
		assertThat(again).as("the same minute, nothing changed: the counts, the page and what waits are kept")
			.isEqualTo(first - 4);
		Organisation other = this.organisations.findOrAdd("Elsewhere " + System.nanoTime());
		this.engagements.create(EngagementBuilder.anEngagement()
			.name("Someone else's")
			.between(other, this.partnerOrganisation)
			.goLive(LocalDate.of(2026, 2, 1))
			.terms(), "Test");
		assertThat(repeated("/")).as("after a change to an engagement of other organisations").isEqualTo(again);
		ActionItem action = this.actionItems.addAction(engagement.getId(), null,
				new Task("Staffing plan", OwnerSide.CLIENT, null, LocalDate.of(2026, 11, 30), false),
				this.client.access(), "Test");
		assertThat(repeated("/")).as("after a change").isEqualTo(first);
		assertThat(this.mvc.get().uri("/").with(user(this.client))).bodyText().contains("Staffing plan");
		this.actionItems.changeAction(engagement.getId(), action.getId(), action.getVersion(),
				new Task("Staffing plan", OwnerSide.CLIENT, null, LocalDate.of(2026, 11, 30), true),
				this.client.access(), "Test");
		assertThat(this.mvc.get().uri("/").with(user(this.client))).bodyText().doesNotContain("Staffing plan");
	}

	@Test
	void whatIsKeptForOneDateFilterOrderOrPageIsNeverServedForAnother() {
		journeys();
		ListingState state = this.listings.state(this.client.access());
		assertThat(state.rows()).isEqualTo(6);
		List<ListingFilter> filters = List.of(ListingFilter.ALL, new ListingFilter(Phase.START_UP, false, false),
				new ListingFilter(null, true, false), new ListingFilter(null, false, true));
		// The second round finds what the first kept: every answer must still be its own.
		for (int round = 0; round < 2; round++) {
			for (LocalDate date : DATES) {
				for (ListingFilter filter : filters) {
					String where = filter + " on " + date + ", round " + round;
					assertThat(this.listings.counts(state, date, filter)).as(where)
						.isEqualTo(this.listings.counts(this.client.access(), date, filter));
					for (ListingOrder order : ListingOrder.values()) {
						for (boolean descending : new boolean[] { false, true }) {
							for (long offset : new long[] { 0, 2 }) {
								assertThat(this.listings.page(state, date, filter, order, descending, offset, 3))
									.as(where + ", " + order + (descending ? " desc" : "") + " from " + offset)
									.isEqualTo(this.listings.page(this.client.access(), date, filter, order, descending,
											offset, 3));
							}
						}
					}
				}
			}
		}
		ListingState everything = this.listings.state(Access.toEverything());
		assertThat(everything.kept()).as("nothing is kept for an administrator").isFalse();
		assertThat(this.listings.counts(everything, DATES.get(3), ListingFilter.ALL).total()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void aKeptListShowsTheNewNameOfARenamedOrganisationAndEveryChangeToItsEngagements() {
		Engagement engagement = create("Renamed partner", LocalDate.of(2026, 1, 1), (b) -> b);
		assertThat(this.mvc.get().uri("/").with(user(this.client))).bodyText()
			.contains(this.partnerOrganisation.getName())
			.contains("Renamed partner");
		long written = this.jdbc.sql("select written from engagement_listing where engagement_id = :id")
			.param("id", engagement.getId())
			.query(Long.class)
			.single();

		String renamed = "Newly named " + System.nanoTime();
		this.organisations.rename(this.partnerOrganisation.getId(), renamed, "Test");

		assertThat(this.mvc.get().uri("/").with(user(this.client))).bodyText()
			.contains(renamed)
			.doesNotContain(this.partnerOrganisation.getName());
		assertThat(this.mvc.get().uri("/api/engagements").with(user(this.client))).hasStatusOk();
		ListedEngagement listed = only(LocalDate.of(2026, 11, 27));
		assertThat(listed.partnerName()).isEqualTo(renamed);
		assertThat(listed.name()).isEqualTo("Renamed partner");
		assertThat(this.jdbc.sql("select written from engagement_listing where engagement_id = :id")
			.param("id", engagement.getId())
			.query(Long.class)
			.single()).as("written again under a new number").isGreaterThan(written);

		this.engagements.delete(engagement.getId(), this.client.access(), "Test");
		assertThat(this.mvc.get().uri("/").with(user(this.client))).bodyText().doesNotContain("Renamed partner");
	}

	/** The statements of a request that reads everything (nothing kept from before). */
	private long statements(String uri) {
		this.caches.getCacheNames().forEach((name) -> this.caches.getCache(name).clear());
		return repeated(uri);
	}

	private long repeated(String uri) {
		com.rolloutplanner.system.StatementCounting.COUNT.set(0);
		assertThat(this.mvc.get().uri(uri).with(user(this.client))).hasStatusOk();
		return com.rolloutplanner.system.StatementCounting.COUNT.get();
	}

	/** Six journeys that between them pass every phase, flag, due item and KPI state. */
	private void journeys() {
		Engagement monthEnd = create("Alpha month end", LocalDate.of(2026, 1, 31), (b) -> b);
		this.roadmaps.addStarter(monthEnd.getId(), Function.identity(), this.client);
		Kpi kpi = this.kpis.add(monthEnd.getId(), satisfaction(), this.client);
		this.kpis.record(monthEnd.getId(), kpi.getId(), 1, BigDecimal.valueOf(78), this.client.access(), "Test");
		this.kpis.record(monthEnd.getId(), kpi.getId(), 3, BigDecimal.valueOf(70), this.client.access(), "Test");
		this.kpis.record(monthEnd.getId(), kpi.getId(), 6, BigDecimal.valueOf(90), this.client.access(), "Test");
		this.commitments.signAnnex(monthEnd.getId(), this.client);
		this.commitments.signAnnex(monthEnd.getId(), this.partner);
		Engagement pilot = create("Beta pilot", LocalDate.of(2026, 2, 1), (b) -> b.contract(ContractModel.PILOT, 3));
		this.actionItems.addAction(pilot.getId(), null,
				new Task("Pilot review", OwnerSide.JOINT, null, LocalDate.of(2026, 4, 30), false), this.client.access(),
				"Test");
		Engagement long24 = create("gamma lower-case", LocalDate.of(2025, 9, 29),
				(b) -> b.contract(ContractModel.FIXED_TERM, 24));
		Kpi second = this.kpis.add(long24.getId(), satisfaction(), this.client);
		this.kpis.record(long24.getId(), second.getId(), 2, BigDecimal.valueOf(81), this.client.access(), "Test");
		create("Delta later", LocalDate.of(2027, 1, 15), (b) -> b);
		Engagement leap = create("Epsilon leap", LocalDate.of(2025, 11, 30), (b) -> b);
		this.commitments.signGate(leap.getId(), GateType.GO_LIVE, this.client);
		this.commitments.signGate(leap.getId(), GateType.GO_LIVE, this.partner);
		create("Zeta same day", LocalDate.of(2026, 1, 31), (b) -> b);
		// business cases in every state: late, no actuals, on plan, not projectable
		businessCase(monthEnd, "1:110 2:110 3:110 4:95 5:95 6:95");
		businessCase(pilot, "");
		businessCase(long24, "1:90");
		businessCase(leap, "1:110 2:110 3:110");
	}

	/**
	 * The business case of the payback curve tests (payback in month 7) with actual
	 * costs.
	 */
	private void businessCase(Engagement engagement, String costs) {
		BigDecimal hundred = new BigDecimal("100.00");
		this.businessCases.save(engagement.getId(), null,
				new com.rolloutplanner.businesscase.BusinessCaseTerms("EUR", hundred, null,
						com.rolloutplanner.businesscase.CostModel.PER_PHASE, null, null, new BigDecimal("110.00"),
						new BigDecimal("90.00"), new BigDecimal("70.00"), new BigDecimal("70.00"), BigDecimal.ZERO,
						BigDecimal.ZERO, BigDecimal.ZERO),
				this.client);
		for (String pair : costs.split(" ")) {
			if (!pair.isEmpty()) {
				String[] parts = pair.split(":");
				this.businessCases.record(engagement.getId(), Integer.parseInt(parts[0]), new BigDecimal(parts[1]),
						BigDecimal.ZERO, this.client.access(), "Test");
			}
		}
	}

	private static Kpi.Settings satisfaction() {
		return new Kpi.Settings("Customer satisfaction", "%", KpiKind.QUALITY, Direction.HIGHER_IS_BETTER,
				BigDecimal.valueOf(80), BigDecimal.valueOf(85), 9, BigDecimal.TEN);
	}

	private Engagement create(String name, LocalDate goLive, java.util.function.UnaryOperator<EngagementBuilder> more) {
		return this.engagements.create(terms(name, goLive, more), "Test");
	}

	private com.rolloutplanner.engagement.EngagementTerms terms(String name, LocalDate goLive,
			java.util.function.UnaryOperator<EngagementBuilder> more) {
		return more
			.apply(EngagementBuilder.anEngagement()
				.name(name)
				.between(this.clientOrganisation, this.partnerOrganisation)
				.goLive(goLive)
				// Onboarding of the business cases' scale (amounts in hundreds).
				.onboarding(400, 10L))
			.terms();
	}

	private List<ListedEngagement> page(LocalDate date, ListingFilter filter, ListingOrder order, boolean descending) {
		return this.listings.page(this.client.access(), date, filter, order, descending, 0, 100);
	}

	private ListedEngagement only(LocalDate date) {
		List<ListedEngagement> listed = page(date, ListingFilter.ALL, ListingOrder.NAME, false);
		assertThat(listed).hasSize(1);
		return listed.get(0);
	}

	private static Phase phaseOn(ListedEngagement listed, LocalDate date) {
		return PhaseCalendar.place(listed.goLiveDate(), date).phase();
	}

	/** What each order promises, in plain Java over the placements. */
	private static Comparator<ListedEngagement> comparator(ListingOrder order, LocalDate date) {
		Comparator<ListedEngagement> byName = Comparator
			.comparing((ListedEngagement l) -> l.name().toLowerCase(Locale.ROOT))
			.thenComparing(ListedEngagement::id);
		Function<ListedEngagement, Placement> placed = (l) -> PhaseCalendar.place(l.goLiveDate(), date);
		return switch (order) {
			case NAME -> byName;
			case GO_LIVE -> Comparator.comparing(ListedEngagement::goLiveDate).thenComparing(byName);
			case PHASE -> Comparator.comparing((ListedEngagement l) -> placed.apply(l).phase()).thenComparing(byName);
			case PROGRESS ->
				Comparator.comparing((ListedEngagement l) -> placed.apply(l).phase()).thenComparing((l) -> {
					Placement p = placed.apply(l);
					return (p.progressPercent() != null) ? p.progressPercent() : p.monthOfJourney();
				}).thenComparing(byName);
			case KPIS -> Comparator.comparingDouble((ListedEngagement l) -> -l.kpis().concern()).thenComparing(byName);
			case FLAGS -> Comparator.comparingLong((ListedEngagement l) -> -(l.openCritical() + l.openCriticalIssues()))
				.thenComparingInt((l) -> l.issueEscalatedOn(date) ? 0 : 1)
				.thenComparingLong((l) -> -l.openWarnings())
				.thenComparing(byName);
			case PULSE ->
				Comparator
					.comparing(
							(ListedEngagement l) -> (l.pulse() == null) ? null
									: l.pulse().client().min(l.pulse().partner()),
							Comparator.nullsLast(Comparator.naturalOrder()))
					.thenComparing(byName);
			case DUE -> Comparator.comparingLong((ListedEngagement l) -> -l.due().overdueCount())
				.thenComparing((l) -> (l.due().nextDue() != null) ? l.due().nextDue().dueDate() : LocalDate.MAX)
				.thenComparing(byName);
			case PAYBACK -> Comparator.comparingInt((ListedEngagement l) -> (l.payback() == null) ? 4
					: switch (com.rolloutplanner.businesscase.PaybackState.named(l.payback())) {
						case NOT_PROJECTABLE -> 0;
						case LATER_THAN_PLANNED -> 1;
						case NO_ACTUALS -> 2;
						case ON_PLAN -> 3;
					})
				.thenComparing(byName);
			case PAYBACK_DELAY -> Comparator.comparingInt((ListedEngagement l) -> {
				Integer planned = l.portfolio().plannedPayback();
				Integer projected = l.portfolio().projectedPayback();
				if (planned != null && projected != null) {
					return -(projected - planned);
				}
				return "NOT_PROJECTABLE".equals(l.payback()) ? -100000 : 100000;
			}).thenComparing(byName);
		};
	}

}
