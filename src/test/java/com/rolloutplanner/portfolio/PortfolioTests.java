package com.rolloutplanner.portfolio;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
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
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.listing.JourneyMonths;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.system.StatementCounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The portfolio as its readers meet it: the lanes of the journeys they may see lined up
 * by go-live, filtered, grouped, paged, printed and exported; month N in every journey
 * with the typical journey of their portfolio, computed from their journeys only; the
 * comparison on a KPI page; the same few statements at any number of journeys.
 */
@RolloutIntegrationTest
class PortfolioTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

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
	Kpis kpis;

	@Autowired
	JourneyMonths months;

	@Autowired
	com.rolloutplanner.listing.Listings listings;

	@Autowired
	CacheManager caches;

	String suffix;

	CurrentUser client;

	CurrentUser partner;

	CurrentUser outsider;

	@BeforeEach
	void setUp() {
		this.suffix = Long.toString(System.nanoTime(), 36);
		this.client = manager("pf.c." + this.suffix, "PF Client " + this.suffix);
		this.partner = manager("pf.p." + this.suffix, "PF Partner " + this.suffix);
		this.outsider = manager("pf.o." + this.suffix, "PF Other " + this.suffix);
	}

	@Test
	void theLanesAreTheReadersJourneysLinedUpByGoLiveFilteredGroupedAndLinked() {
		Long running = journey(this.client, "Running " + this.suffix, LocalDate.of(2026, 1, 1));
		Long starting = journey(this.client, "Starting " + this.suffix, LocalDate.of(2026, 10, 1));
		Kpi csat = quality(starting, 100);
		actual(starting, csat, 1, 70);
		Long hidden = journey(this.outsider, "Hidden " + this.suffix, LocalDate.of(2026, 3, 1));

		String page = page("/portfolio", this.client);
		assertThat(page)
			.contains("Running " + this.suffix, "Starting " + this.suffix, "1–2 of 2 journeys",
					"/engagements/" + running, "/engagements/" + starting, "Month 11 · Continuous development",
					"Month 2 · Start-up", "pf-cell pf-cell-below", "Months since go-live")
			.doesNotContain("Hidden " + this.suffix);
		assertThat(page("/portfolio", this.partner)).contains("Running " + this.suffix, "Starting " + this.suffix)
			.doesNotContain("Hidden " + this.suffix);
		assertThat(page("/portfolio", this.outsider)).contains("Hidden " + this.suffix, "/engagements/" + hidden)
			.doesNotContain("Running " + this.suffix);

		assertThat(page("/portfolio?phase=START_UP", this.client)).contains("Starting " + this.suffix)
			.doesNotContain("Running " + this.suffix);
		assertThat(page("/portfolio?group=partner&sort=attention", this.client))
			.contains("<h2 class=\"lane-group\">PF Partner " + this.suffix + "</h2>");
		assertThat(page("/portfolio?sort=payback&sort=nonsense&phase=nonsense&page=x&group=x", this.client))
			.contains("1–2 of 2 journeys");
		assertThat(page("/portfolio?lang=fi", this.client)).contains("Salkku", "Kuukautta käyttöönotosta");
	}

	@Test
	void theTypicalJourneyIsTheMedianAndQuartilesOfTheReadersOwnJourneysAMonthOfFewerThanThreeLeftOut() {
		// Month 1: three journeys at -10, -20, -30 % of their old level; month 2: four at
		// -10 to -40 %; month 3: two (left out).
		double[][] values = { { 90, 90, 95 }, { 80, 80, 85 }, { 70, 70 }, { 0, 60 } };
		Long[] ids = new Long[values.length];
		for (int j = 0; j < values.length; j++) {
			ids[j] = journey(this.client, "Typical " + j + " " + this.suffix, LocalDate.of(2026, (j == 3) ? 2 : 1, 1));
			Kpi kpi = quality(ids[j], 100);
			for (int m = 0; m < values[j].length; m++) {
				if (values[j][m] > 0) {
					actual(ids[j], kpi, m + 1, values[j][m]);
				}
			}
		}
		// Another organisation's journey, far below: never in this reader's figures.
		Long other = journey(this.outsider, "Elsewhere " + this.suffix, LocalDate.of(2026, 1, 1));
		actual(other, quality(other, 100, this.outsider), 1, 10);

		List<JourneyMonths.Typical> typical = this.months.typical(this.listings.state(this.client.access()), TODAY)
			.stream()
			.filter((t) -> t.kind().equals("QUALITY"))
			.toList();
		assertThat(typical)
			.extracting(JourneyMonths.Typical::month, JourneyMonths.Typical::journeys,
					JourneyMonths.Typical::lowerQuartile, JourneyMonths.Typical::median,
					JourneyMonths.Typical::upperQuartile, JourneyMonths.Typical::medianBandGap,
					JourneyMonths.Typical::belowBand)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 3, -25.0, -20.0, -15.0, -5.0, 2),
					org.assertj.core.groups.Tuple.tuple(2, 4, -32.5, -25.0, -17.5, -10.0, 3),
					org.assertj.core.groups.Tuple.tuple(3, 2, -12.5, -10.0, -7.5, 0.0, 0));
		assertThat(this.months.typical(this.listings.state(this.outsider.access()), TODAY))
			.extracting(JourneyMonths.Typical::journeys)
			.containsExactly(1);
		// On a date before month 2 was over, only month 1 counts.
		assertThat(this.months.typical(this.listings.state(this.client.access()), LocalDate.of(2026, 2, 15)))
			.extracting(JourneyMonths.Typical::month)
			.containsExactly(1);

		String month = page("/portfolio/month/2", this.client);
		assertThat(month).contains("Month 2 in every journey", "The typical journey of your portfolio", "Quality KPIs",
				"1 month left out: fewer than three journeys reached it.", "Typical 3 " + this.suffix, "Below expected")
			.doesNotContain("Elsewhere " + this.suffix, "Efficiency KPIs</figcaption>");
		assertThat(page("/portfolio/month/2", this.outsider)).contains("Elsewhere " + this.suffix,
				"Fewer than three of your journeys have actuals for the same month");

		// The KPI page of the fourth journey (a month later) in mid-March, its month 2:
		// its three other journeys completed that month; in mid-April (its month 3) only
		// two others had an actual for it: nothing.
		assertThat(page("/engagements/" + ids[3] + "/kpis?asOf=2026-03-15", this.client))
			.contains("How your other journeys looked in this month", "3 journeys", "/portfolio/month/2");
		assertThat(page("/engagements/" + ids[3] + "/kpis?asOf=2026-04-15", this.client))
			.doesNotContain("How your other journeys looked in this month");
	}

	@Test
	void aPageOfLanesAndAMonthInEveryJourneyReadTheSameFewStatementsAtTwoTwentySixAndFiftyTwoJourneys()
			throws Exception {
		add(2);
		long[] two = counts();
		add(24);
		long[] twentySix = counts();
		add(26);
		long[] fiftyTwo = counts();
		System.out.printf(
				"Portfolio statements (lanes, page 2 grouped, month 1, export): %s at 2, %s at 26, %s at 52%n",
				java.util.Arrays.toString(two), java.util.Arrays.toString(twentySix),
				java.util.Arrays.toString(fiftyTwo));
		assertThat(twentySix).containsExactly(two);
		assertThat(fiftyTwo).containsExactly(two);
		assertThat(two[0]).isLessThanOrEqualTo(8);

		// 25 lanes on a page, printed on at most two A4 pages in landscape.
		assertThat(page("/portfolio", this.client)).contains("1–25 of 52 journeys");
		MvcTestResult pdf = this.mvc.get().uri("/portfolio.pdf").with(user(this.client)).exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			assertThat(document.getNumberOfPages()).isBetween(1, 2);
			var size = document.getPage(0).getMediaBox();
			assertThat(Math.round(size.getWidth() / 72 * 25.4)).isEqualTo(297);
			assertThat(Math.round(size.getHeight() / 72 * 25.4)).isEqualTo(210);
		}
	}

	@Test
	void theExportHasOneRowPerJourneyPerCompletedMonthWithRealNumbersDatesAndNoFormulas() throws Exception {
		Long first = journey(this.client, "=HYPERLINK(\"x\") " + this.suffix, LocalDate.of(2026, 9, 1));
		Kpi csat = quality(first, 100);
		actual(first, csat, 1, 70);
		actual(first, csat, 2, 95);
		journey(this.client, "Second " + this.suffix, LocalDate.of(2026, 10, 1));
		journey(this.outsider, "Hidden " + this.suffix, LocalDate.of(2026, 1, 1));

		MvcTestResult xlsx = this.mvc.get().uri("/portfolio.xlsx?lang=fi").with(user(this.client)).exchange();
		assertThat(xlsx).hasStatusOk();
		assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("portfolio-");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Matkan kuukausi");
			assertThat(sheet.getLastRowNum()).as("2 months of the first, 1 of the second").isEqualTo(3);
			var name = sheet.getRow(1).getCell(0);
			assertThat(name.getStringCellValue()).startsWith("=HYPERLINK");
			assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(5))).isTrue();
			assertThat(sheet.getRow(1).getCell(7).getStringCellValue())
				.isEqualTo("Mittarit odotetun vaihteluvälin alapuolella");
			assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(1);
			assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(2);
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Second " + this.suffix);
			assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).isEqualTo("Ei toteumia");
		}
		assertThat(this.mvc.get().uri("/portfolio.csv").with(user(this.client))).bodyText()
			.contains("'=HYPERLINK")
			.doesNotContain("Hidden " + this.suffix);
	}

	@Test
	void theApiAnswersTheLanesAPageAtATimeAndEveryMonthAsAFileRefusingAnUnknownOrder() throws Exception {
		Long first = journey(this.client, "Api first " + this.suffix, LocalDate.of(2026, 9, 1));
		actual(first, quality(first, 100), 1, 70);
		journey(this.client, "Api second " + this.suffix, LocalDate.of(2026, 10, 1));
		journey(this.outsider, "Api hidden " + this.suffix, LocalDate.of(2026, 1, 1));

		MvcTestResult page = this.mvc.get()
			.uri("/api/portfolio?size=1&sort=attention")
			.with(httpBasic(this.client.getUsername(), TestUsers.PASSWORD))
			.exchange();
		assertThat(page).hasStatusOk().hasHeader("X-Total-Count", "2");
		assertThat(page.getResponse().getHeader("Link")).contains("rel=\"next\"");
		assertThat(page).bodyJson().extractingPath("$[0].name").isEqualTo("Api first " + this.suffix);
		assertThat(page).bodyJson().extractingPath("$[0].months[0].state").isEqualTo("below");
		assertThat(page).bodyJson().extractingPath("$[0].monthOfJourney").isEqualTo(3);
		assertThat(page).bodyJson().extractingPath("$[0].gatesOverdue").asArray().containsExactly("GO_LIVE");
		assertThat(this.mvc.get()
			.uri("/api/portfolio?page=5")
			.with(httpBasic(this.client.getUsername(), TestUsers.PASSWORD))).hasStatusOk().bodyJson().isEqualTo("[]");
		for (String bad : List.of("sort=nonsense", "group=everyone", "phase=SOON", "size=0", "asOf=tomorrow")) {
			assertThat(this.mvc.get()
				.uri("/api/portfolio?" + bad)
				.with(httpBasic(this.client.getUsername(), TestUsers.PASSWORD))).as(bad).hasStatus(400);
		}
		MvcTestResult csv = this.mvc.get()
			.uri("/api/portfolio")
			.header("Accept", "text/csv")
			.with(httpBasic(this.client.getUsername(), TestUsers.PASSWORD))
			.exchange();
		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Api first " + this.suffix, "Api second " + this.suffix)
			.doesNotContain("Api hidden");
		MvcTestResult xlsx = this.mvc.get()
			.uri("/api/portfolio?group=client")
			.header("Accept", com.rolloutplanner.export.Spreadsheets.XLSX)
			.with(httpBasic(this.client.getUsername(), TestUsers.PASSWORD))
			.exchange();
		assertThat(xlsx).hasStatusOk();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
		}
	}

	@Test
	void aMonthIsOneToSixtyAndThePickerLeadsToIt() {
		for (String month : List.of("0", "61", "x", "-1", "007")) {
			assertThat(this.mvc.get().uri("/portfolio/month/" + month).with(user(this.client))).hasStatus(404);
		}
		assertThat(this.mvc.get().uri("/portfolio/month?n=5&asOf=2026-06-01").with(user(this.client)))
			.hasRedirectedUrl("/portfolio/month/5?asOf=2026-06-01");
		assertThat(this.mvc.get().uri("/portfolio/month?n=99").with(user(this.client))).hasStatus(404);
		assertThat(page("/portfolio/month/60", this.client)).contains("Month 60 in every journey",
				"No journey you can see has completed month 60 yet.");
	}

	private long[] counts() {
		return new long[] { statements("/portfolio"), statements("/portfolio?page=2&group=partner&sort=attention"),
				statements("/portfolio/month/1"), statements("/portfolio.csv") };
	}

	private void add(int count) {
		for (int i = 0; i < count; i++) {
			Long id = journey(this.client, "Many " + i + " " + count + " " + this.suffix,
					LocalDate.of(2025, 6, 1).plusDays(i * 13L));
			if (i % 5 == 0) {
				actual(id, quality(id, 100), 1, 90);
			}
		}
	}

	private long statements(String uri) {
		this.caches.getCacheNames().forEach((name) -> this.caches.getCache(name).clear());
		StatementCounting.COUNT.set(0);
		assertThat(this.mvc.get().uri(uri).with(user(this.client))).hasStatusOk();
		return StatementCounting.COUNT.get();
	}

	/**
	 * A journey of the client side's organisation: with the partner's for the client,
	 * with an organisation of its own for the outsider.
	 */
	private Long journey(CurrentUser clientSide, String name, LocalDate goLive) {
		Organisation client = this.organisations.find(clientSide.getOrganisationId()).orElseThrow();
		Organisation partner = (clientSide == this.outsider) ? this.organisations.findOrAdd("PF Else " + this.suffix)
				: this.organisations.find(this.partner.getOrganisationId()).orElseThrow();
		return this.engagements
			.create(EngagementBuilder.anEngagement()
				.name(name)
				.between(client, partner)
				.goLive(goLive)
				.contract(ContractModel.PARTNERSHIP, 36)
				.terms(), "Test")
			.getId();
	}

	private Kpi quality(Long engagementId, double baseline) {
		return quality(engagementId, baseline, this.client);
	}

	private Kpi quality(Long engagementId, double baseline, CurrentUser who) {
		return this.kpis.add(engagementId,
				new Kpi.Settings("Satisfaction", "%", KpiKind.QUALITY, Direction.HIGHER_IS_BETTER,
						BigDecimal.valueOf(baseline), BigDecimal.valueOf(baseline * 1.1), 9, BigDecimal.valueOf(15)),
				who);
	}

	private void actual(Long engagementId, Kpi kpi, int month, double value) {
		this.kpis.record(engagementId, kpi.getId(), month, BigDecimal.valueOf(value),
				com.rolloutplanner.account.Access.toEverything(), "Test");
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
