package com.rolloutplanner.listing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.action.ActionItem;
import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.businesscase.BusinessCaseTerms;
import com.rolloutplanner.businesscase.BusinessCases;
import com.rolloutplanner.businesscase.CostModel;
import com.rolloutplanner.change.ChangedPart;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.issue.IssueSeverity;
import com.rolloutplanner.issue.IssueView;
import com.rolloutplanner.issue.Issues;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.meeting.Meetings;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.pulse.Pulses;
import com.rolloutplanner.pulse.Statement;
import com.rolloutplanner.risk.RiskStatus;
import com.rolloutplanner.risk.RiskTerms;
import com.rolloutplanner.risk.Risks;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.steering.Arrangement;
import com.rolloutplanner.steering.MeetingKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change to running work writes only the parts of the listing it touches: after each
 * kind, the listing is what writing all of it anew gives, under a new write number, and
 * the parts it did not touch are left as they were.
 */
@RolloutIntegrationTest
class ListingPartsTests {

	/** The listing's tables and their columns compared (all but the write number). */
	private static final Map<String, String> TABLES = Map.of("engagement_listing",
			"name, client_organisation_id, partner_organisation_id, go_live_date, contract_months, "
					+ "open_critical, open_warnings, next_due_date, next_due_kind, next_due_title, next_due_title_key, "
					+ "payback_state, stage, open_critical_issues, issue_due_date, pulse_month, pulse_client, "
					+ "pulse_partner, pulse_client_trend, pulse_partner_trend, pulse_low, payback_planned_month, "
					+ "payback_projected_month, escalated_issues",
			"listing_overdue", "valid_from, valid_until, overdue_count", "listing_kpi_state",
			"valid_from, valid_until, kpis, judged, below, better, concern", "listing_kpi_gap",
			"kpi_name, valid_from, valid_until", "listing_kpi_month",
			"kpi_id, kpi_name, kind, journey_month, judgement, relative_percent, band_gap_percent");

	@Autowired
	Engagements engagements;

	@Autowired
	Kpis kpis;

	@Autowired
	ActionItems actionItems;

	@Autowired
	Meetings meetings;

	@Autowired
	Issues issues;

	@Autowired
	Risks risks;

	@Autowired
	Pulses pulses;

	@Autowired
	BusinessCases businessCases;

	@Autowired
	ListingWriter writer;

	@Autowired
	Listings listings;

	@Autowired
	JourneyMonths months;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	CurrentUser client;

	CurrentUser partner;

	Long id;

	@BeforeEach
	void setUp() {
		String suffix = Long.toString(System.nanoTime());
		TestUsers.ensure(this.accounts, this.organisations, "parts.client." + suffix, "Paula Client",
				"Parts Client " + suffix, Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "parts.partner." + suffix, "Pasi Partner",
				"Parts Partner " + suffix, Role.MANAGER);
		this.client = (CurrentUser) this.users.loadUserByUsername("parts.client." + suffix);
		this.partner = (CurrentUser) this.users.loadUserByUsername("parts.partner." + suffix);
		Organisation clientOrganisation = this.organisations.findOrAdd("Parts Client " + suffix);
		Organisation partnerOrganisation = this.organisations.findOrAdd("Parts Partner " + suffix);
		// Live for five months on the tests' day (27 November 2026): in learning.
		Engagement engagement = this.engagements.create(EngagementBuilder.anEngagement()
			.name("Parts " + suffix)
			.between(clientOrganisation, partnerOrganisation)
			.goLive(LocalDate.of(2026, 6, 15))
			.onboarding(400, 10L)
			.terms(), "Test");
		this.id = engagement.getId();
		BigDecimal hundred = new BigDecimal("100.00");
		this.businessCases.save(this.id, null,
				new BusinessCaseTerms("EUR", hundred, null, CostModel.PER_PHASE, null, null, new BigDecimal("110.00"),
						new BigDecimal("90.00"), new BigDecimal("70.00"), new BigDecimal("70.00"), BigDecimal.ZERO,
						BigDecimal.ZERO, BigDecimal.ZERO),
				this.client);
	}

	@Test
	void eachKindOfRunningWorkLeavesTheListingAsWritingAllOfItAnewWould() {
		Kpi kpi = this.kpis.add(this.id, new Kpi.Settings("Customer satisfaction", "%", KpiKind.QUALITY,
				Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(80), BigDecimal.valueOf(85), 9, BigDecimal.TEN),
				this.client);
		List<String> changed = new ArrayList<>();
		Map<String, Runnable> work = new java.util.LinkedHashMap<>();
		work.put("a KPI actual",
				() -> this.kpis.record(this.id, kpi.getId(), 2, BigDecimal.valueOf(71), this.client.access(), "Test"));
		work.put("a KPI actual replaced",
				() -> this.kpis.record(this.id, kpi.getId(), 2, BigDecimal.valueOf(90), this.client.access(), "Test"));
		work.put("an overdue action",
				() -> this.actionItems.addAction(this.id, null,
						new ActionItem.Task("Staffing plan", OwnerSide.PARTNER, null, LocalDate.of(2026, 11, 1), false),
						this.client.access(), "Test"));
		work.put("an action due later",
				() -> this.actionItems.addAction(this.id, null,
						new ActionItem.Task("Winter peak", OwnerSide.CLIENT, null, LocalDate.of(2026, 12, 3), false),
						this.client.access(), "Test"));
		work.put("a meeting", () -> this.meetings.schedule(this.id, new Arrangement(MeetingKind.STEERING_GROUP,
				LocalDateTime.of(2026, 12, 2, 10, 0), 60, null, null, Set.of()), this.client));
		IssueView[] issue = new IssueView[1];
		work.put("a critical issue", () -> issue[0] = this.issues.raise(this.id, "Queue unanswered", null,
				IssueSeverity.CRITICAL, Side.PARTNER, this.client));
		work.put("the issue answered", () -> this.issues.respond(this.id, issue[0].id(), "On it", this.partner));
		work.put("the issue resolved", () -> this.issues.resolve(this.id, issue[0].id(), "Staffed", this.client));
		work.put("a risk", () -> this.risks.add(this.id, new RiskTerms("Attrition", 4, 5, Side.PARTNER,
				"Retention bonus", LocalDate.of(2026, 11, 20), RiskStatus.OPEN), this.client));
		Map<Statement, Integer> answers = new EnumMap<>(Statement.class);
		for (Statement statement : Statement.values()) {
			answers.put(statement, 2);
		}
		work.put("the pulse answered by both", () -> {
			this.pulses.answer(this.id, 4, answers, null, false, this.client);
			this.pulses.answer(this.id, 4, answers, null, false, this.partner);
		});
		work.put("a cost actual", () -> this.businessCases.record(this.id, 1, new BigDecimal("150"), BigDecimal.ZERO,
				this.client.access(), "Test"));

		for (Map.Entry<String, Runnable> change : work.entrySet()) {
			Map<String, List<List<Object>>> before = tables();
			long written = written();
			change.getValue().run();
			Map<String, List<List<Object>>> after = tables();
			assertThat(written()).as("the row's number after " + change.getKey()).isGreaterThan(written);
			if (!after.equals(before)) {
				changed.add(change.getKey());
			}
			this.writer.refresh(List.of(this.id));
			assertThat(after).as("the listing after " + change.getKey()).isEqualTo(tables());
		}
		// Each one shows in the listing but the scheduled meeting (not in a list).
		assertThat(changed).containsExactly("a KPI actual", "a KPI actual replaced", "an overdue action",
				"an action due later", "a critical issue", "the issue answered", "the issue resolved", "a risk",
				"the pulse answered by both", "a cost actual");
	}

	@Test
	void aKpiActualWritesOnlyTheKpiPartsAndLeavesTheEngagementsOwnColumnsAsTheyWere() {
		Kpi kpi = this.kpis.add(this.id, new Kpi.Settings("Handled calls", "%", KpiKind.EFFICIENCY,
				Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(80), BigDecimal.valueOf(85), 9, BigDecimal.TEN),
				this.client);
		// Its name changed behind the listing's back: a part written alone keeps the
		// row's.
		this.jdbc.sql("update engagement_listing set name = 'Behind its back' where engagement_id = ?")
			.param(this.id)
			.update();

		this.kpis.record(this.id, kpi.getId(), 3, BigDecimal.valueOf(60), this.client.access(), "Test");

		assertThat(this.jdbc.sql("select name from engagement_listing where engagement_id = ?")
			.param(this.id)
			.query(String.class)
			.single()).isEqualTo("Behind its back");
		assertThat(this.jdbc.sql("select count(*) from listing_kpi_month where engagement_id = ?")
			.param(this.id)
			.query(Long.class)
			.single()).isEqualTo(1);
		this.writer.refresh(List.of(this.id), Set.of(ChangedPart.ENGAGEMENT));
		assertThat(this.jdbc.sql("select name from engagement_listing where engagement_id = ?")
			.param(this.id)
			.query(String.class)
			.single()).startsWith("Parts ");
	}

	@Test
	void theTypicalJourneyIsWorkedOutOnceForAStateOfTheListingAndAgainAfterAChange() {
		Kpi kpi = this.kpis.add(this.id, new Kpi.Settings("Customer satisfaction", "%", KpiKind.QUALITY,
				Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(80), BigDecimal.valueOf(85), 9, BigDecimal.TEN),
				this.client);
		this.kpis.record(this.id, kpi.getId(), 1, BigDecimal.valueOf(72), this.client.access(), "Test");
		LocalDate day = LocalDate.of(2026, 11, 27);
		ListingState state = this.listings.state(this.client.access());
		List<JourneyMonths.Typical> first = this.months.typical(state, day);
		assertThat(first).extracting(JourneyMonths.Typical::median).containsExactly(-10.0);

		com.rolloutplanner.system.StatementCounting.COUNT.set(0);
		assertThat(this.months.typical(state, day)).isEqualTo(first);
		assertThat(com.rolloutplanner.system.StatementCounting.COUNT.get()).as("statements of the same state again")
			.isZero();

		this.kpis.record(this.id, kpi.getId(), 1, BigDecimal.valueOf(88), this.client.access(), "Test");
		ListingState after = this.listings.state(this.client.access());
		assertThat(after).isNotEqualTo(state);
		assertThat(this.months.typical(after, day)).extracting(JourneyMonths.Typical::median).containsExactly(10.0);
	}

	private long written() {
		return this.jdbc.sql("select written from engagement_listing where engagement_id = ?")
			.param(this.id)
			.query(Long.class)
			.single();
	}

	private Map<String, List<List<Object>>> tables() {
		Map<String, List<List<Object>>> rows = new java.util.TreeMap<>();
		TABLES.forEach((table, columns) -> rows.put(table,
				this.jdbc.sql("select " + columns + " from " + table + " where engagement_id = ? order by " + columns)
					.param(this.id)
					.query((rs, row) -> {
						List<Object> values = new ArrayList<>();
						for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
							values.add(rs.getObject(i));
						}
						return values;
					})
					.list()));
		return rows;
	}

}
