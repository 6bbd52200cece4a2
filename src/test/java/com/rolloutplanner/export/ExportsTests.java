package com.rolloutplanner.export;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.TestUsers;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An engagement's KPIs and actions downloaded from their pages, read back as a
 * spreadsheet and as CSV; nothing of them for another organisation.
 */
@RolloutIntegrationTest
class ExportsTests {

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
	ActionItems actionItems;

	@Autowired
	com.rolloutplanner.businesscase.BusinessCases cases;

	@Autowired
	com.rolloutplanner.issue.Issues issues;

	CurrentUser client;

	CurrentUser outsider;

	Long id;

	@BeforeEach
	void setUp() {
		String suffix = Long.toString(System.nanoTime(), 36);
		this.client = TestUsers.manager(this.accounts, this.organisations, this.users, "ex.c." + suffix,
				"EX Client " + suffix);
		CurrentUser partner = TestUsers.manager(this.accounts, this.organisations, this.users, "ex.p." + suffix,
				"EX Partner " + suffix);
		this.outsider = TestUsers.manager(this.accounts, this.organisations, this.users, "ex.o." + suffix,
				"EX Other " + suffix);
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Export journey " + suffix)
				.between(this.organisations.find(this.client.getOrganisationId()).orElseThrow(),
						this.organisations.find(partner.getOrganisationId()).orElseThrow())
				.goLive(LocalDate.of(2026, 9, 1))
				.terms(), "Test")
			.getId();
	}

	@Test
	void everyActualDownloadsWithTheBandExpectedInItsMonthAndItsJudgement() throws Exception {
		Kpi csat = this.kpis.add(this.id, new Kpi.Settings("CSAT", "%", KpiKind.QUALITY, Direction.HIGHER_IS_BETTER,
				BigDecimal.valueOf(80), BigDecimal.valueOf(88), 9, BigDecimal.valueOf(15)), this.client);
		this.kpis.record(this.id, csat.getId(), 1, BigDecimal.valueOf(20), this.client.access(), "Test");
		this.kpis.record(this.id, csat.getId(), 2, BigDecimal.valueOf(79.5), this.client.access(), "Test");

		MvcTestResult xlsx = this.mvc.get()
			.uri("/engagements/" + this.id + "/kpis.xlsx")
			.with(user(this.client))
			.exchange();
		assertThat(xlsx).hasStatusOk();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("CSAT");
			assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Below expected");
			assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(79.5);
		}
		assertThat(this.mvc.get().uri("/engagements/" + this.id + "/kpis.csv?lang=fi").with(user(this.client)))
			.bodyText()
			.startsWith("Mittari,Yksikkö,Laji,Matkan kuukausi,Toteuma")
			.contains("CSAT,%,Laatu,1,20,68,80,Odotettua heikompi", "CSAT,%,Laatu,2,79.5,68,80,");
		assertThat(this.mvc.get().uri("/engagements/" + this.id + "/kpis.xlsx").with(user(this.outsider)))
			.hasStatus(404);
	}

	@Test
	void everyActionDownloadsOpenOnesFirst() throws Exception {
		this.actionItems.addAction(this.id, null,
				new Task("Done long ago", OwnerSide.CLIENT, null, LocalDate.of(2026, 10, 1), true),
				this.client.access(), "Test");
		this.actionItems.addAction(this.id, null,
				new Task("-1 formula-looking", OwnerSide.PARTNER, null, LocalDate.of(2026, 12, 10), false),
				this.client.access(), "Test");

		String csv = this.mvc.get()
			.uri("/engagements/" + this.id + "/actions.csv")
			.with(user(this.client))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("Action,Owner side")
			.containsSubsequence("'-1 formula-looking,Partner,,2026-12-10,Open",
					"Done long ago,Client,,2026-10-01,Done");
		MvcTestResult xlsx = this.mvc.get()
			.uri("/engagements/" + this.id + "/actions.xlsx")
			.with(user(this.client))
			.exchange();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2026, 12, 10));
		}
		assertThat(this.mvc.get().uri("/engagements/" + this.id + "/actions.csv").with(user(this.outsider)))
			.hasStatus(404);
	}

	@Test
	void theBusinessCasesMonthsDownloadWithRecordedAndCumulativeAmounts() throws Exception {
		assertThat(this.mvc.get().uri("/engagements/" + this.id + "/business-case.csv").with(user(this.client)))
			.as("no business case yet")
			.hasStatus(404);
		this.cases.save(this.id, null,
				new com.rolloutplanner.businesscase.BusinessCaseTerms("EUR", new BigDecimal("100000.00"), 8000,
						com.rolloutplanner.businesscase.CostModel.PER_PHASE, null, null, new BigDecimal("110000.00"),
						new BigDecimal("90000.00"), new BigDecimal("70000.00"), new BigDecimal("70000.00"),
						new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("2000.00")),
				this.client);
		this.cases.record(this.id, 1, new BigDecimal("112000.00"), BigDecimal.ZERO, this.client.access(), "Test");

		String csv = this.mvc.get()
			.uri("/engagements/" + this.id + "/business-case.csv")
			.with(user(this.client))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("Month of the journey,Phase,Currency,Cost recorded")
			.contains("\r\n1,Start-up,EUR,112000,0,110000,-12000,")
			.contains("\r\n2,Start-up,EUR,,,,,");
		MvcTestResult xlsx = this.mvc.get()
			.uri("/engagements/" + this.id + "/business-case.xlsx")
			.with(user(this.client))
			.exchange();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue()).isEqualTo(112000);
		}
		assertThat(this.mvc.get().uri("/engagements/" + this.id + "/business-case.xlsx").with(user(this.outsider)))
			.hasStatus(404);
	}

	@Test
	void theApisListRoutesAnswerEveryRowAsCsvOrXlsxWhenAskedForAFile() throws Exception {
		this.issues.raise(this.id, "@Queue unanswered", null, com.rolloutplanner.issue.IssueSeverity.HIGH,
				com.rolloutplanner.engagement.Side.PARTNER, this.client);
		MvcTestResult csv = this.mvc.get()
			.uri("/api/engagements/" + this.id + "/issues")
			.with(httpBasic(this.client.getUsername(), TestUsers.PASSWORD))
			.accept("text/csv")
			.exchange();
		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("Id,Title")
			.contains("'@Queue unanswered");
		MvcTestResult xlsx = this.mvc.get()
			.uri("/api/engagements?stage=PROPOSAL")
			.with(httpBasic(this.client.getUsername(), TestUsers.PASSWORD))
			.accept(Spreadsheets.XLSX)
			.exchange();
		assertThat(xlsx).hasStatusOk();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Engagement");
			assertThat(workbook.getSheetAt(0).getLastRowNum()).as("no proposals here").isZero();
		}
		MvcTestResult all = this.mvc.get()
			.uri("/api/engagements")
			.with(httpBasic(this.client.getUsername(), TestUsers.PASSWORD))
			.accept("text/csv")
			.exchange();
		assertThat(all.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Export journey");
		// JSON stays the default, paged.
		assertThat(this.mvc.get()
			.uri("/api/engagements/" + this.id + "/issues")
			.with(httpBasic(this.client.getUsername(), TestUsers.PASSWORD))
			.accept("application/json")).hasStatusOk().hasHeader("X-Total-Count", "1");
		assertThat(this.mvc.get()
			.uri("/api/engagements/" + this.id + "/risks")
			.with(httpBasic(this.outsider.getUsername(), TestUsers.PASSWORD))
			.accept("text/csv")).hasStatus(404);
	}

}
