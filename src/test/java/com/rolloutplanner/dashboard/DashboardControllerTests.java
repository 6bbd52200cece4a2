package com.rolloutplanner.dashboard;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.due.DueKind;
import com.rolloutplanner.due.DueSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.kpi.KpiState;
import com.rolloutplanner.listing.WaitingForYou;
import com.rolloutplanner.listing.ListedEngagement;
import com.rolloutplanner.listing.ListingFilter;
import com.rolloutplanner.listing.ListingState;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.listing.PhaseCounts;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.quickwin.RulesOnlyAssessor;
import com.rolloutplanner.system.WebSliceConfiguration;

import static com.rolloutplanner.engagement.EngagementBuilder.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

@WebMvcTest(DashboardController.class)
@Import(WebSliceConfiguration.class)
@WithUserDetails("client.manager")
class DashboardControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Listings listings;

	@MockitoBean
	WaitingForYou waiting;

	final Map<Long, KpiState> kpiStates = new HashMap<>();

	final Map<Long, com.rolloutplanner.businesscase.PaybackState> paybacks = new HashMap<>();

	final Map<Long, DueSummary> dues = new HashMap<>();

	final List<Engagement> stored = new ArrayList<>();

	/**
	 * The listing stands in for the database: it places the stored engagements with the
	 * phase calendar, filters them and cuts the page in go-live order. What the database
	 * does itself (orders, counts at month ends) is tested in {@code ListingTests}.
	 */
	@BeforeEach
	void setUp() {
		given(this.waiting.of(any(), any(), any(), any())).willReturn(WaitingForYou.Waiting.NOTHING);
		given(this.listings.state(any())).willAnswer((call) -> new ListingState(call.getArgument(0), 0, 0));
		given(this.listings.counts(any(ListingState.class), any(), any())).willAnswer((call) -> {
			LocalDate date = call.getArgument(1);
			ListingFilter filter = call.getArgument(2);
			Map<Phase, PhaseCounts.Count> counts = new EnumMap<>(Phase.class);
			for (Phase phase : Phase.values()) {
				List<ListedEngagement> in = listed(date).stream()
					.filter((l) -> PhaseCalendar.place(l.goLiveDate(), date).phase() == phase)
					.toList();
				counts.put(phase,
						new PhaseCounts.Count(in.size(), in.stream().filter((l) -> l.openCritical() > 0).count(),
								in.stream().filter((l) -> l.due().hasOverdue()).count(),
								in.stream().filter((l) -> passes(l, filter)).count()));
			}
			return new PhaseCounts(counts);
		});
		given(this.listings.page(any(ListingState.class), any(), any(), any(), anyBoolean(), anyLong(), anyInt()))
			.willAnswer((call) -> {
				LocalDate date = call.getArgument(1);
				ListingFilter filter = call.getArgument(2);
				long offset = call.getArgument(5);
				int limit = call.getArgument(6);
				return listed(date).stream()
					.filter((l) -> filter.phase() == null
							|| PhaseCalendar.place(l.goLiveDate(), date).phase() == filter.phase())
					.filter((l) -> passes(l, filter))
					.skip(offset)
					.limit(limit)
					.toList();
			});
	}

	private List<ListedEngagement> listed(LocalDate date) {
		return this.stored.stream().sorted(java.util.Comparator.comparing(Engagement::getGoLiveDate)).map((e) -> {
			var assessment = RulesOnlyAssessor.assess(e.quickWinSubject());
			return new ListedEngagement(e.getId(), e.getName(), e.getClient().getName(), e.getPartner().getName(),
					e.getGoLiveDate(), e.getContractMonths(), assessment.openCritical(), assessment.openWarnings(),
					this.dues.getOrDefault(e.getId(), DueSummary.NOTHING),
					this.kpiStates.getOrDefault(e.getId(), KpiState.NONE), this.paybacks.get(e.getId()));
		}).toList();
	}

	private static boolean passes(ListedEngagement listed, ListingFilter filter) {
		return (!filter.criticalOnly() || listed.openCritical() > 0)
				&& (!filter.overdueOnly() || listed.due().hasOverdue())
				&& (filter.payback() == null || filter.payback() == listed.payback());
	}

	@Test
	void countsEachPhaseOnTheBoundaryDayAtTheMonthEnd() {
		// Learning of a 31 January go-live starts on 30 April.
		store("Starts learning today", LocalDate.of(2026, 1, 31));
		store("Still in start-up", LocalDate.of(2026, 2, 1));
		store("Not live yet", LocalDate.of(2026, 5, 1));

		assertThat(this.mvc.get().uri("/?asOf=2026-04-30")).model()
			.extractingByKey("counts")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.map(Phase.class, Long.class))
			.containsEntry(Phase.LEARNING, 1L)
			.containsEntry(Phase.START_UP, 1L)
			.containsEntry(Phase.PRE_LAUNCH, 1L);
	}

	@Test
	void filtersByPhaseWithTheSamePlacementAsTheCounts() {
		store("Starts learning today", LocalDate.of(2026, 1, 31));
		store("Still in start-up", LocalDate.of(2026, 2, 1));

		assertThat(this.mvc.get().uri("/?asOf=2026-04-30&phase=LEARNING")).hasStatusOk()
			.bodyText()
			.contains("Starts learning today")
			.doesNotContain("Still in start-up");
	}

	@Test
	void showsTwentyEngagementsAPage() {
		for (int i = 1; i <= 45; i++) {
			store("Engagement %02d".formatted(i), LocalDate.of(2026, 1, 1).plusDays(i));
		}

		assertThat(rowNames("/")).hasSize(20).startsWith("Engagement 01");
		assertThat(rowNames("/?page=3")).containsExactly("Engagement 41", "Engagement 42", "Engagement 43",
				"Engagement 44", "Engagement 45");
		assertThat(rowNames("/?page=99")).hasSize(5);
		assertThat(rowNames("/?page=x")).hasSize(20);
	}

	@Test
	void welcomesTheFirstUserWithAnEmptyState() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk().bodyText().contains("No engagements yet");
	}

	@Test
	void showsPhaseProgressAndMonthOfTheJourney() {
		store("Customer service Finland", LocalDate.of(2026, 9, 30));

		assertThat(this.mvc.get().uri("/?lang=fi")).bodyText()
			.contains("Käynnistysjakso", "Matkan 2. kk, vaiheen 2. kk", "Vaiheesta kulunut 63 %", "30.9.2026");
	}

	@Test
	void showsWhatIsDueNextAndFiltersToEngagementsWithOverdueItems() {
		store("Late with its gate", LocalDate.of(2026, 1, 31));
		store("On schedule", LocalDate.of(2026, 9, 30));
		LocalDate today = LocalDate.of(2026, 11, 27);
		this.dues.put(1L, DueSummary.of(
				List.of(DueItem.keyed(DueKind.GATE, "gate.LEARNING_EXIT", LocalDate.of(2026, 7, 31), false),
						DueItem.titled(DueKind.ROADMAP_ITEM, "Quality check", LocalDate.of(2026, 8, 15), false)),
				today));
		this.dues.put(2L,
				DueSummary.of(List
					.of(DueItem.titled(DueKind.ROADMAP_ITEM, "Weekly review", LocalDate.of(2026, 12, 3), false)),
						today));

		assertThat(this.mvc.get().uri("/?lang=en")).bodyText()
			.contains("Next due", "Learning exit", "31 Jul 2026", "Overdue 3 months", "2 overdue in all",
					"Weekly review", "Due soon", "Only with overdue items");
		assertThat(rowNames("/?due=overdue")).containsExactly("Late with its gate");
		assertThat(rowNames("/?due=overdue&sort=name&dir=desc")).containsExactly("Late with its gate");
		assertThat(rowNames("/")).hasSize(2);
		assertThat(this.mvc.get().uri("/?due=overdue&lang=fi")).bodyText()
			.contains("Näytetään vain ulkoistukset, joissa on myöhässä olevia kohtia.", "3 kuukautta myöhässä");
	}

	@Test
	void thePhaseCountsObeyTheFlagFilterAndTheEmptyPhaseSaysWhichFilterHidesItsEngagements() {
		store("Pilot in start-up", LocalDate.of(2026, 11, 1), (b) -> b.contract(ContractModel.PILOT, 3));
		store("Calm in established production", LocalDate.of(2026, 4, 1));

		assertThat(this.mvc.get().uri("/?asOf=2026-11-28&flags=critical")).model()
			.extractingByKey("counts")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.map(Phase.class, Long.class))
			.containsEntry(Phase.START_UP, 1L)
			.containsEntry(Phase.ESTABLISHED, 0L);
		assertThat(this.mvc.get().uri("/?asOf=2026-11-28&phase=ESTABLISHED&flags=critical&lang=en")).bodyText()
			.contains("No engagement in this phase on this date passes the filters.", "Clear the filters")
			.doesNotContain("No engagement is in this phase on this date.");
		assertThat(this.mvc.get().uri("/?asOf=2026-11-28&phase=LEARNING&lang=en")).bodyText()
			.contains("No engagement is in this phase on this date.");
	}

	@Test
	void eachRowSaysWhatToExpectNowAndHowItsKpisStand() {
		store("Energy advice line", LocalDate.of(2026, 7, 15));
		store("Swedish market support", LocalDate.of(2025, 9, 29), (b) -> b.contract(ContractModel.FIXED_TERM, 24));
		this.kpiStates.put(1L, new KpiState(4, 3, 2, 0));

		assertThat(this.mvc.get().uri("/?asOf=2026-11-28&lang=en")).bodyText()
			.contains("Quality returns to the old level", "2 of 3 below expected", "No KPIs",
					"aria-label=\"58 % of the 24-month contract\"", "% through the phase\"",
					"Month 14 of the 24-month contract", "Journey month 5, phase month 2");
		assertThat(this.mvc.get().uri("/?asOf=2026-11-28&lang=fi")).bodyText()
			.contains("2/3 alle odotetun", "Sopimuksen 14. kuukausi / 24");
	}

	@Test
	void eachRowSaysHowItsBusinessCaseStandsAndTheListFiltersByIt() {
		store("Energy advice line", LocalDate.of(2026, 7, 15));
		store("Swedish market support", LocalDate.of(2025, 9, 29));
		store("Outage hotline", LocalDate.of(2026, 3, 1));
		this.paybacks.put(1L, com.rolloutplanner.businesscase.PaybackState.LATER_THAN_PLANNED);
		this.paybacks.put(2L, com.rolloutplanner.businesscase.PaybackState.ON_PLAN);

		assertThat(this.mvc.get().uri("/?asOf=2026-11-28&lang=en")).bodyText()
			.contains("payback-state-LATER_THAN_PLANNED", ">later than planned<", ">on plan<", "No business case",
					"href=\"/engagements/1/business-case\"", "href=\"/?payback=NOT_PROJECTABLE&amp;asOf=2026-11-28\"");
		assertThat(rowNames("/?asOf=2026-11-28&payback=LATER_THAN_PLANNED")).containsExactly("Energy advice line");
		assertThat(rowNames("/?asOf=2026-11-28&payback=later")).hasSize(3);
		assertThat(this.mvc.get().uri("/?asOf=2026-11-28&lang=fi")).bodyText()
			.contains(">myöhemmin kuin suunniteltu<", "Ei kannattavuuslaskelmaa");
	}

	@Test
	void aRowShowsTheEngagementAsItStandsAfterEveryChangeAndOnEveryDate() {
		store("Energy advice line", LocalDate.of(2026, 7, 15));
		LocalDate today = LocalDate.of(2026, 11, 27);
		this.dues.put(1L,
				DueSummary.of(List
					.of(DueItem.titled(DueKind.ROADMAP_ITEM, "Weekly review", LocalDate.of(2026, 12, 3), false)),
						today));
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText()
			.contains("Weekly review", "href=\"/engagements/1\"", "Quality returns to the old level");

		this.dues.put(1L,
				DueSummary.of(List
					.of(DueItem.titled(DueKind.ROADMAP_ITEM, "Quality check", LocalDate.of(2026, 12, 10), false)),
						today));
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText()
			.contains("Quality check", "10 Dec 2026")
			.doesNotContain("Weekly review");
		assertThat(this.mvc.get().uri("/?asOf=2026-08-01&lang=en")).bodyText()
			.contains("href=\"/engagements/1?asOf=2026-08-01\"", "Quality and efficiency usually drop: expected")
			.doesNotContain("Quality returns to the old level");
		assertThat(this.mvc.get().uri("/?lang=fi")).bodyText()
			.contains("href=\"/engagements/1\"", "10.12.2026")
			.doesNotContain("10 Dec 2026");
	}

	@Test
	void theContentAroundTheRowsShowsWhatIsReadOnEveryRequest() {
		store("Energy advice line", LocalDate.of(2026, 7, 15));
		given(this.waiting.of(any(), any(), any(), any())).willReturn(new WaitingForYou.Waiting(
				List.of(new WaitingForYou.Entry(1L, "Energy advice line", "waiting.sign", "Go-live gate", null, null,
						LocalDate.of(2026, 11, 20), com.rolloutplanner.due.DueState.OVERDUE, "/engagements/1/gates")),
				1, null));
		assertThat(this.mvc.get().uri("/?phase=LEARNING&lang=en")).bodyText()
			.contains("Go-live gate", "Energy advice line", "<span class=\"count\">1</span>")
			.doesNotContain("Nothing waits for your side");

		// Another engagement in another phase: the same row, other counts.
		store("Chat support", LocalDate.of(2026, 11, 2));
		given(this.waiting.of(any(), any(), any(), any())).willReturn(new WaitingForYou.Waiting(List.of(), 0, null));
		assertThat(this.mvc.get().uri("/?phase=LEARNING&lang=en")).bodyText()
			.contains("Energy advice line", "Nothing waits for your side", "<span class=\"count\">2</span>")
			.doesNotContain("Go-live gate", "Chat support");
		assertThat(this.mvc.get().uri("/?phase=LEARNING&lang=fi")).bodyText()
			.contains("Energy advice line", "Mikään ei nyt odota osapuoltasi")
			.doesNotContain("Nothing waits for your side");
		assertThat(this.mvc.get().uri("/?phase=LEARNING&sort=name&lang=en")).bodyText()
			.contains("href=\"/?phase=LEARNING&amp;sort=name&amp;dir=desc\"");
	}

	@SuppressWarnings("unchecked")
	private List<String> rowNames(String uri) {
		List<DashboardRow> rows = (List<DashboardRow>) this.mvc.get()
			.uri(uri)
			.exchange()
			.getMvcResult()
			.getModelAndView()
			.getModel()
			.get("rows");
		return rows.stream().map(DashboardRow::name).toList();
	}

	private void store(String name, LocalDate goLive) {
		store(name, goLive, (builder) -> builder);
	}

	private void store(String name, LocalDate goLive, java.util.function.UnaryOperator<EngagementBuilder> more) {
		Engagement engagement = more.apply(anEngagement().name(name).goLive(goLive)).build();
		ReflectionTestUtils.setField(engagement, "id", (long) (this.stored.size() + 1));
		this.stored.add(engagement);
	}

}
