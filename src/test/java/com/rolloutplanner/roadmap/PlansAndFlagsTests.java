package com.rolloutplanner.roadmap;

import com.rolloutplanner.commitments.GateView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.commitments.GateType;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.ExpectedBand;
import com.rolloutplanner.kpi.Judgement;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.quickwin.Assessment;
import com.rolloutplanner.quickwin.FlagCode;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.roadmap.RoadmapItem.Plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The roadmap, the KPIs, the gates and the charter, on the real database. */
@RolloutIntegrationTest
class PlansAndFlagsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Engagements engagements;

	@Autowired
	Roadmaps roadmaps;

	@Autowired
	Kpis kpis;

	@Autowired
	Commitments commitments;

	@Autowired
	QuickWinAssessor assessor;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	CurrentUser client;

	CurrentUser partner;

	Engagement engagement;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.accounts, this.organisations, "plans.client", "Cecilia Client", "Plans Client",
				Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "plans.partner", "Petri Partner", "Plans Partner",
				Role.MANAGER);
		this.client = (CurrentUser) this.users.loadUserByUsername("plans.client");
		this.partner = (CurrentUser) this.users.loadUserByUsername("plans.partner");
		Organisation clientOrg = this.organisations.findOrAdd("Plans Client");
		Organisation partnerOrg = this.organisations.findOrAdd("Plans Partner");
		this.engagement = this.engagements.create(EngagementBuilder.anEngagement()
			.between(clientOrg, partnerOrg)
			.goLive(LocalDate.of(2026, 10, 1))
			.learningPlan(null)
			.noGoals()
			.goal(com.rolloutplanner.engagement.GoalType.SCALABILITY, 8, null)
			.terms(), "Test");
	}

	@Test
	void aRoadmapItemForTheDipIsALearningPlanAndOneFromMonthNineLooksBeyond() {
		assertThat(codes()).contains(FlagCode.NO_LEARNING_PLAN, FlagCode.NO_LONG_TERM_ROADMAP);

		this.roadmaps.add(this.engagement.getId(), new Plan("Weekly joint reviews", null, LocalDate.of(2026, 10, 8),
				OwnerSide.JOINT, ItemStatus.PLANNED, true), this.client);
		assertThat(codes()).doesNotContain(FlagCode.NO_LEARNING_PLAN).contains(FlagCode.NO_LONG_TERM_ROADMAP);

		this.roadmaps.add(this.engagement.getId(), new Plan("Quarterly review", null, LocalDate.of(2027, 7, 1),
				OwnerSide.JOINT, ItemStatus.PLANNED, false), this.client);
		assertThat(codes()).doesNotContain(FlagCode.NO_LONG_TERM_ROADMAP);
	}

	@Test
	void roadmapTitlesAreReadForQuickWinWording() {
		this.roadmaps.add(this.engagement.getId(), new Plan("Quick wins sprint", null, LocalDate.of(2026, 10, 8),
				OwnerSide.PARTNER, ItemStatus.PLANNED, false), this.client);

		assertThat(codes()).contains(FlagCode.QUICK_WIN_WORDING);
	}

	@Test
	void aKpiTargetBeforeMonthSixIsAnEarlyGoal() {
		this.kpis.add(this.engagement.getId(), new Kpi.Settings("First contact resolution", "%", KpiKind.QUALITY,
				Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(70), BigDecimal.valueOf(75), 3, BigDecimal.valueOf(15)),
				this.client);

		assertThat(assessment().flags()).anySatisfy((f) -> {
			assertThat(f.flag().code()).isEqualTo(FlagCode.EARLY_GOAL);
			assertThat(f.flag().field()).isEqualTo("kpis");
			assertThat(f.flag().arguments()).first().isEqualTo("First contact resolution");
		});
	}

	@Test
	void theStarterRoadmapIsOfferedNotForced() {
		assertThat(this.roadmaps.items(this.engagement.getId(), this.client)).isEmpty();

		assertThat(this.roadmaps.addStarter(this.engagement.getId(), (key) -> key, this.client)).isEqualTo(6);
		assertThat(this.roadmaps.addStarter(this.engagement.getId(), (key) -> key, this.client)).isZero();
		assertThat(this.roadmaps.items(this.engagement.getId(), this.client)).hasSize(6);
	}

	@Test
	void aGateSignedByOneSideOnlyIsNotPassed() {
		Long id = this.engagement.getId();
		this.commitments.signGate(id, GateType.GO_LIVE, this.client);
		assertThat(gate(GateType.GO_LIVE).isPassed()).isFalse();
		assertThat(gate(GateType.GO_LIVE).client().by()).isEqualTo("Cecilia Client (Plans Client)");

		this.commitments.signGate(id, GateType.GO_LIVE, this.partner);
		assertThat(gate(GateType.GO_LIVE).isPassed()).isTrue();
	}

	@Test
	void editingTheCriteriaUndoesTheSignOffs() {
		Long id = this.engagement.getId();
		this.commitments.signGate(id, GateType.START_UP_EXIT, this.client);
		this.commitments.signGate(id, GateType.START_UP_EXIT, this.partner);

		this.commitments.changeCriteria(id, GateType.START_UP_EXIT, "NPS above 30 for four weeks", this.client);

		assertThat(gate(GateType.START_UP_EXIT).isPassed()).isFalse();
		assertThat(gate(GateType.START_UP_EXIT).client()).isNull();
		assertThat(gate(GateType.START_UP_EXIT).criteria()).isEqualTo("NPS above 30 for four weeks");
	}

	@Test
	void theCharterIsCompleteWhenBothSidesSigned() {
		Long id = this.engagement.getId();
		assertThat(this.commitments.annex(id, this.client).state()).isEqualTo("NONE");
		this.commitments.signAnnex(id, this.partner);
		assertThat(this.commitments.annex(id, this.client).state()).isEqualTo("PARTNER_ONLY");
		this.commitments.signAnnex(id, this.client);
		assertThat(this.commitments.annex(id, this.client).isComplete()).isTrue();
	}

	@Test
	void csvImportIsAllOrNothingAndJudgesEachMonth() {
		Long id = this.engagement.getId();
		Kpi csat = this.kpis.add(id, new Kpi.Settings("CSAT", "%", KpiKind.QUALITY, Direction.HIGHER_IS_BETTER,
				BigDecimal.valueOf(80), BigDecimal.valueOf(88), 9, BigDecimal.valueOf(15)), this.client);

		var refused = this.mvc.post()
			.uri("/engagements/" + id + "/kpis/import")
			.with(csrf())
			.with(user(this.client))
			.param("csv", "kpi,month,value\nCSAT,1,70\nCSAT,2,x\nNPS,3,1\n")
			.exchange();
		// Redirected to the import card, so that the browser lands on the errors and a
		// refresh
		// posts nothing.
		assertThat(refused).hasRedirectedUrl("/engagements/" + id + "/kpis#import");
		assertThat(this.mvc.get()
			.uri("/engagements/" + id + "/kpis")
			.with(user(this.client))
			.flashAttrs(refused.getMvcResult().getFlashMap())).bodyText()
			.contains("Nothing was imported", "Line 3:", "is not a number", "Line 4:", "unknown KPI “NPS”", "CSAT,2,x");
		assertThat(this.kpis.readAll(id, this.client.access(), (k) -> k.getActuals().size())).containsExactly(0);

		assertThat(this.mvc.post()
			.uri("/engagements/" + id + "/kpis/import")
			.with(csrf())
			.with(user(this.client))
			.param("csv", "kpi,month,value\nCSAT,1,70\nCSAT,2,60\n")).hasRedirectedUrl("/engagements/" + id + "/kpis");
		assertThat(this.mvc.get().uri("/engagements/" + id + "/kpis?asOf=2026-11-15").with(user(this.client)))
			.bodyText()
			.contains("Expected dip", "Below expected", "<svg", "68\u201380 %");
		assertThat(this.kpis.readAll(id, this.client.access(), Kpi::getActuals)).singleElement()
			.satisfies((actuals) -> assertThat(actuals).containsOnlyKeys(1, 2)
				.hasEntrySatisfying(1, (value) -> assertThat(value).isEqualByComparingTo("70"))
				.hasEntrySatisfying(2, (value) -> assertThat(value).isEqualByComparingTo("60")));
		assertThat(ExpectedBand.judge(csat.definition(), 1, 70)).isEqualTo(Judgement.AS_EXPECTED);
		assertThat(ExpectedBand.judge(csat.definition(), 2, 60)).isEqualTo(Judgement.BELOW_EXPECTED);
	}

	@Test
	void theKpiFormRefusesATargetWorseThanTheBaseline() {
		assertThat(this.mvc.post()
			.uri("/engagements/" + this.engagement.getId() + "/kpis")
			.with(csrf())
			.with(user(this.client))
			.param("name", "Handling time")
			.param("kind", "EFFICIENCY")
			.param("direction", "LOWER_IS_BETTER")
			.param("baseline", "300")
			.param("target", "320")
			.param("targetMonth", "9")).hasStatusOk()
			.bodyText()
			.contains("The target must be at least as good as the baseline.");
	}

	private java.util.List<FlagCode> codes() {
		return assessment().flags().stream().map((f) -> f.flag().code()).toList();
	}

	private Assessment assessment() {
		return this.assessor.assess(this.engagement.getId(), LocalDate.of(2026, 10, 1),
				this.engagements.read(this.engagement.getId(), this.client.access(), Engagement::quickWinSubject));
	}

	private GateView gate(GateType type) {
		return this.commitments.gates(this.engagement.getId(), this.client)
			.stream()
			.filter((g) -> g.type() == type)
			.findFirst()
			.orElseThrow();
	}

}
