package com.rolloutplanner.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.businesscase.BusinessCaseTerms;
import com.rolloutplanner.businesscase.BusinessCases;
import com.rolloutplanner.businesscase.CostModel;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.commitments.GateType;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The dashboard as a client manager sees it, on the real database: each test makes its
 * own two organisations, so the reader sees only its engagements; due items, KPIs and
 * business cases are entered as users enter them. Today is 27 November 2026.
 */
@RolloutIntegrationTest
class DashboardControllerTests {

	@Autowired
	com.rolloutplanner.pulse.Pulses pulses;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Engagements engagements;

	@Autowired
	Commitments commitments;

	@Autowired
	Kpis kpis;

	@Autowired
	BusinessCases businessCases;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	UserDetailsService users;

	CurrentUser reader;

	CurrentUser partner;

	Organisation client;

	Organisation partnerOrganisation;

	@BeforeEach
	void setUp() {
		String suffix = Long.toString(System.nanoTime());
		TestUsers.ensure(this.accounts, this.organisations, "dash.client." + suffix, "Dana Client",
				"Dashboard Client " + suffix, Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "dash.partner." + suffix, "Pasi Partner",
				"Dashboard Partner " + suffix, Role.MANAGER);
		this.reader = (CurrentUser) this.users.loadUserByUsername("dash.client." + suffix);
		this.partner = (CurrentUser) this.users.loadUserByUsername("dash.partner." + suffix);
		this.client = this.organisations.findOrAdd("Dashboard Client " + suffix);
		this.partnerOrganisation = this.organisations.findOrAdd("Dashboard Partner " + suffix);
	}

	@Test
	void countsEachPhaseOnTheBoundaryDayAtTheMonthEnd() {
		// Learning of a 31 January go-live starts on 30 April.
		store("Starts learning today", LocalDate.of(2026, 1, 31));
		store("Still in start-up", LocalDate.of(2026, 2, 1));
		store("Not live yet", LocalDate.of(2026, 5, 1));

		assertThat(this.mvc.get().uri("/?asOf=2026-04-30").with(user(this.reader))).model()
			.extractingByKey("counts")
			.asInstanceOf(InstanceOfAssertFactories.map(Phase.class, Long.class))
			.containsEntry(Phase.LEARNING, 1L)
			.containsEntry(Phase.START_UP, 1L)
			.containsEntry(Phase.PRE_LAUNCH, 1L);
	}

	@Test
	void filtersByPhaseWithTheSamePlacementAsTheCounts() {
		store("Starts learning today", LocalDate.of(2026, 1, 31));
		store("Still in start-up", LocalDate.of(2026, 2, 1));

		assertThat(rowNames("/?asOf=2026-04-30&phase=LEARNING")).containsExactly("Starts learning today");
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
		assertThat(this.mvc.get().uri("/").with(user(this.reader))).hasStatusOk()
			.bodyText()
			.contains("No engagements yet");
	}

	@Test
	void showsPhaseProgressAndMonthOfTheJourney() {
		store("Customer service Finland", LocalDate.of(2026, 9, 30));

		assertThat(this.mvc.get().uri("/?lang=fi").with(user(this.reader))).bodyText()
			.contains("Käynnistysjakso", "Matkan 2. kk, vaiheen 2. kk", "Vaiheesta kulunut 63 %", "30.9.2026");
	}

	@Test
	void showsWhatIsDueNextAndFiltersToEngagementsWithOverdueItems() {
		Engagement late = store("Late with its gate", LocalDate.of(2026, 1, 31));
		Engagement onSchedule = store("On schedule", LocalDate.of(2026, 9, 30));
		signed(onSchedule, GateType.GO_LIVE);
		plan(onSchedule, "Weekly review", LocalDate.of(2026, 12, 3));

		assertThat(this.mvc.get().uri("/?lang=en").with(user(this.reader))).bodyText()
			.contains("Next due", "Terms annex", "Overdue", "Weekly review", "Due soon", "3 Dec 2026",
					"Only with overdue items");
		assertThat(rowNames("/?due=overdue")).containsExactly(late.getName());
		assertThat(rowNames("/?due=overdue&sort=name&dir=desc")).containsExactly(late.getName());
		assertThat(rowNames("/")).hasSize(2);
		assertThat(this.mvc.get().uri("/?due=overdue&lang=fi").with(user(this.reader))).bodyText()
			.contains("Näytetään vain ulkoistukset, joissa on myöhässä olevia kohtia.", "myöhässä");
	}

	@Test
	void thePhaseCountsObeyTheFlagFilterAndTheEmptyPhaseSaysWhichFilterHidesItsEngagements() {
		store("Pilot in start-up", LocalDate.of(2026, 11, 1), (b) -> b.contract(ContractModel.PILOT, 3));
		store("Calm in established production", LocalDate.of(2026, 4, 1));

		assertThat(this.mvc.get().uri("/?asOf=2026-11-28&flags=critical").with(user(this.reader))).model()
			.extractingByKey("counts")
			.asInstanceOf(InstanceOfAssertFactories.map(Phase.class, Long.class))
			.containsEntry(Phase.START_UP, 1L)
			.containsEntry(Phase.ESTABLISHED, 0L);
		assertThat(this.mvc.get()
			.uri("/?asOf=2026-11-28&phase=ESTABLISHED&flags=critical&lang=en")
			.with(user(this.reader))).bodyText()
			.contains("No engagement in this phase on this date passes the filters.", "Clear the filters")
			.doesNotContain("No engagement is in this phase on this date.");
		assertThat(this.mvc.get().uri("/?asOf=2026-11-28&phase=LEARNING&lang=en").with(user(this.reader))).bodyText()
			.contains("No engagement is in this phase on this date.");
	}

	@Test
	void eachRowSaysWhatToExpectNowAndHowItsKpisStand() {
		store("Energy advice line", LocalDate.of(2026, 7, 15));
		Engagement swedish = store("Swedish market support", LocalDate.of(2025, 9, 29),
				(b) -> b.contract(ContractModel.FIXED_TERM, 24));
		// Four KPIs, three with actuals, two of them below what the journey expects.
		for (int value : new int[] { 60, 62, 90 }) {
			Kpi kpi = this.kpis.add(swedish.getId(), satisfaction("Satisfaction " + value), this.reader);
			this.kpis.record(swedish.getId(), kpi.getId(), 13, BigDecimal.valueOf(value), this.reader.access(), "Test");
		}
		this.kpis.add(swedish.getId(), satisfaction("Satisfaction without actuals"), this.reader);

		assertThat(this.mvc.get().uri("/?asOf=2026-11-28&lang=en").with(user(this.reader))).bodyText()
			.contains("Quality returns to the old level", "2 of 3 below expected", "No KPIs",
					"aria-label=\"58 % of the 24-month contract\"", "% through the phase\"",
					"Month 14 of the 24-month contract", "Journey month 5, phase month 2");
		assertThat(this.mvc.get().uri("/?asOf=2026-11-28&lang=fi").with(user(this.reader))).bodyText()
			.contains("2/3 alle odotetun", "Sopimuksen 14. kuukausi / 24");
	}

	@Test
	void eachRowSaysHowItsBusinessCaseStandsAndTheListFiltersByIt() {
		// Onboarding of the business cases' scale (amounts in hundreds).
		UnaryOperator<EngagementBuilder> onboarding = (b) -> b.onboarding(400, 10L);
		Engagement energy = store("Energy advice line", LocalDate.of(2026, 1, 31), onboarding);
		Engagement swedish = store("Swedish market support", LocalDate.of(2026, 2, 1), onboarding);
		store("Outage hotline", LocalDate.of(2026, 3, 1), onboarding);
		businessCase(energy, "1:110 2:110 3:110 4:95 5:95 6:95");
		businessCase(swedish, "1:90");

		assertThat(this.mvc.get().uri("/?asOf=2026-11-28&lang=en").with(user(this.reader))).bodyText()
			.contains("payback-state-LATER_THAN_PLANNED", ">later than planned<", ">on plan<", "No business case",
					"href=\"/engagements/" + energy.getId() + "/business-case\"",
					"href=\"/?payback=NOT_PROJECTABLE&amp;asOf=2026-11-28\"");
		assertThat(rowNames("/?asOf=2026-11-28&payback=LATER_THAN_PLANNED")).containsExactly("Energy advice line");
		assertThat(rowNames("/?asOf=2026-11-28&payback=later")).hasSize(3);
		assertThat(this.mvc.get().uri("/?asOf=2026-11-28&lang=fi").with(user(this.reader))).bodyText()
			.contains(">myöhemmin kuin suunniteltu<", "Ei kannattavuuslaskelmaa");
	}

	@Test
	void aRowShowsTheEngagementAsItStandsAfterEveryChangeAndOnEveryDate() {
		Engagement energy = store("Energy advice line", LocalDate.of(2026, 7, 15));
		signed(energy, GateType.GO_LIVE, GateType.START_UP_EXIT);
		plan(energy, "Weekly review", LocalDate.of(2026, 12, 3));
		String link = "href=\"/engagements/" + energy.getId() + "\"";
		assertThat(this.mvc.get().uri("/?lang=en").with(user(this.reader))).bodyText()
			.contains("Weekly review", link, "Quality returns to the old level");

		plan(energy, "Quality check", LocalDate.of(2026, 12, 1));
		assertThat(this.mvc.get().uri("/?lang=en").with(user(this.reader))).bodyText()
			.contains("Quality check", "1 Dec 2026")
			.doesNotContain("Weekly review");
		assertThat(this.mvc.get().uri("/?asOf=2026-08-01&lang=en").with(user(this.reader))).bodyText()
			.contains("href=\"/engagements/" + energy.getId() + "?asOf=2026-08-01\"",
					"Quality and efficiency usually drop: expected")
			.doesNotContain("Quality returns to the old level");
		assertThat(this.mvc.get().uri("/?lang=fi").with(user(this.reader))).bodyText()
			.contains(link, "1.12.2026")
			.doesNotContain("1 Dec 2026");
	}

	@Test
	void theContentAroundTheRowsShowsWhatIsReadOnEveryRequest() {
		Engagement energy = store("Energy advice line", LocalDate.of(2026, 7, 15));
		assertThat(this.mvc.get().uri("/?phase=LEARNING&lang=en").with(user(this.reader))).bodyText()
			.contains("Terms annex", "Energy advice line", "<span class=\"count\">1</span>")
			.doesNotContain("Nothing waits for your side");

		// Signed by both sides, its charter no longer waits; another engagement in
		// another
		// phase: the same row, other counts, the new one's charter waiting.
		signed(energy, GateType.GO_LIVE, GateType.START_UP_EXIT);
		Engagement chat = store("Chat support", LocalDate.of(2026, 11, 2));
		assertThat(this.mvc.get().uri("/?phase=LEARNING&lang=en").with(user(this.reader))).bodyText()
			.contains("Energy advice line", "Chat support", "Terms annex", "<span class=\"count\">2</span>");
		assertThat(rowNames("/?phase=LEARNING")).containsExactly("Energy advice line");

		signed(chat, GateType.GO_LIVE);
		// The reader has answered the latest pulse of the live one, too.
		java.util.Map<com.rolloutplanner.pulse.Statement, Integer> values = new java.util.EnumMap<>(
				com.rolloutplanner.pulse.Statement.class);
		for (com.rolloutplanner.pulse.Statement statement : com.rolloutplanner.pulse.Statement.values()) {
			values.put(statement, 4);
		}
		this.pulses.answer(energy.getId(),
				this.pulses
					.view(energy.getId(), this.reader.access(), this.reader.getOrganisationId(),
							this.reader.getUsername(), java.time.LocalDate.of(2026, 11, 27))
					.answerable()
					.get(0),
				values, null, false, this.reader);
		assertThat(this.mvc.get().uri("/?phase=LEARNING&lang=en").with(user(this.reader))).bodyText()
			.contains("Nothing waits for your side")
			.doesNotContain("Terms annex");
		assertThat(this.mvc.get().uri("/?phase=LEARNING&lang=fi").with(user(this.reader))).bodyText()
			.contains("Energy advice line", "Mikään ei nyt odota osapuoltasi");
		assertThat(this.mvc.get().uri("/?phase=LEARNING&sort=name&lang=en").with(user(this.reader))).bodyText()
			.contains("href=\"/?phase=LEARNING&amp;sort=name&amp;dir=desc\"");
	}

	@Test
	void theListDownloadsAsShownWithItsFiltersAndOrderForExcelAndAsCsv() throws Exception {
		store("Energy advice line", LocalDate.of(2026, 7, 15));
		store("+Chat support", LocalDate.of(2026, 11, 2));
		store("Outage hotline", LocalDate.of(2027, 1, 21));

		MvcTestResult xlsx = this.mvc.get()
			.uri("/engagements.xlsx?sort=name&dir=desc")
			.with(user(this.reader))
			.exchange();
		assertThat(xlsx).hasStatusOk();
		assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("engagements-2026-11-27.xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Engagement");
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Outage hotline");
			assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Learning");
			assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(5);
			assertThat(sheet.getRow(2).getCell(5).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2026, 7, 15));
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("+Chat support");
			assertThat(sheet.getRow(3).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
		}
		// The same filters as the dashboard: one phase, in CSV.
		MvcTestResult csv = this.mvc.get().uri("/engagements.csv?phase=LEARNING").with(user(this.reader)).exchange();
		assertThat(csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.startsWith("Engagement,Client,Partner,Phase")
			.contains("Energy advice line")
			.doesNotContain("Outage hotline", "Chat support");
		// The dashboard links to both with its own query.
		assertThat(this.mvc.get().uri("/?phase=LEARNING").with(user(this.reader))).bodyText()
			.contains("/engagements.csv?phase=LEARNING", "/engagements.xlsx?phase=LEARNING");
	}

	private List<String> rowNames(String uri) {
		List<?> rows = (List<?>) this.mvc.get()
			.uri(uri)
			.with(user(this.reader))
			.exchange()
			.getMvcResult()
			.getModelAndView()
			.getModel()
			.get("rows");
		return rows.stream().map((row) -> ((DashboardRow) row).name()).toList();
	}

	private Engagement store(String name, LocalDate goLive) {
		return store(name, goLive, (builder) -> builder);
	}

	private Engagement store(String name, LocalDate goLive, UnaryOperator<EngagementBuilder> more) {
		return this.engagements.create(more.apply(EngagementBuilder.anEngagement()
			.name(name)
			.between(this.client, this.partnerOrganisation)
			.goLive(goLive)).terms(), "Test");
	}

	/** The charter and the gates signed by both sides. */
	private void signed(Engagement engagement, GateType... gates) {
		for (CurrentUser side : List.of(this.reader, this.partner)) {
			this.commitments.signAnnex(engagement.getId(), side);
			for (GateType gate : gates) {
				this.commitments.signGate(engagement.getId(), gate, side);
			}
		}
	}

	/** A roadmap item entered through its form. */
	private void plan(Engagement engagement, String title, LocalDate due) {
		assertThat(this.mvc.post()
			.uri("/engagements/{id}/roadmap", engagement.getId())
			.with(user(this.reader))
			.with(csrf())
			.param("title", title)
			.param("dueDate", due.toString())
			.param("ownerSide", "JOINT")
			.param("status", "PLANNED")).hasStatus3xxRedirection();
	}

	private static Kpi.Settings satisfaction(String name) {
		return new Kpi.Settings(name, "%", KpiKind.QUALITY, Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(80),
				BigDecimal.valueOf(85), 9, BigDecimal.TEN);
	}

	/**
	 * The business case of the payback curve tests (payback in month 7) with actual
	 * costs.
	 */
	private void businessCase(Engagement engagement, String costs) {
		BigDecimal hundred = new BigDecimal("100.00");
		this.businessCases.save(engagement.getId(), null,
				new BusinessCaseTerms("EUR", hundred, null, CostModel.PER_PHASE, null, null, new BigDecimal("110.00"),
						new BigDecimal("90.00"), new BigDecimal("70.00"), new BigDecimal("70.00"), BigDecimal.ZERO,
						BigDecimal.ZERO, BigDecimal.ZERO),
				this.reader);
		for (String pair : costs.split(" ")) {
			String[] parts = pair.split(":");
			this.businessCases.record(engagement.getId(), Integer.parseInt(parts[0]), new BigDecimal(parts[1]),
					BigDecimal.ZERO, this.reader.access(), "Test");
		}
	}

}
