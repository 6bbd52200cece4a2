package com.rolloutplanner.browser;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.security.core.userdetails.UserDetailsService;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.GoalType;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.roadmap.Roadmaps;

/** The organisations, users and one full engagement that the browser tests work with. */
final class BrowserTestData {

	static final String CLIENT_ORG = "Browser Client Oy";

	static final String PARTNER_ORG = "Browser Partner Oy";

	static final String OTHER_ORG = "Unrelated Oy";

	private BrowserTestData() {
	}

	static void ensureUsers(Accounts accounts, Organisations organisations) {
		TestUsers.ensure(accounts, organisations, "web.client", "Wilma Client", CLIENT_ORG, Role.MANAGER);
		TestUsers.ensure(accounts, organisations, "web.partner", "Paul Partner", PARTNER_ORG, Role.MANAGER);
		TestUsers.ensure(accounts, organisations, "web.other", "Ulla Unrelated", OTHER_ORG, Role.MANAGER);
		TestUsers.ensure(accounts, organisations, "web.admin", "Aada Admin", OTHER_ORG, Role.ADMIN);
	}

	/** An engagement in start-up with a roadmap, KPIs with a dip and a quick-win flag. */
	static Long fullEngagement(String name, Engagements engagements, Organisations organisations, Roadmaps roadmaps,
			Kpis kpis, UserDetailsService users) {
		CurrentUser client = (CurrentUser) users.loadUserByUsername("web.client");
		Long id = engagements
			.create(EngagementBuilder.anEngagement()
				.name(name)
				.between(organisations.findOrAdd(CLIENT_ORG), organisations.findOrAdd(PARTNER_ORG))
				.goLive(LocalDate.of(2026, 10, 1))
				.contract(ContractModel.PARTNERSHIP, 36)
				.goal(GoalType.COST_REDUCTION, 4, "Lower cost per contact")
				.terms(), "Test")
			.getId();
		roadmaps.addStarter(id,
				(key) -> key.replace("starter.", "Step ").replace(".title", "").replace(".description", " details"),
				client);
		Kpi csat = kpis.add(id, new Kpi.Settings("Customer satisfaction", "%", KpiKind.QUALITY,
				Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(82), BigDecimal.valueOf(86), 9, BigDecimal.valueOf(15)),
				client);
		kpis.record(id, csat.getId(), 1, BigDecimal.valueOf(75), client.access(), "Test");
		kpis.record(id, csat.getId(), 2, BigDecimal.valueOf(66), client.access(), "Test");
		return id;
	}

	/** A business case paying back in month 7 with the actual costs of two months. */
	static void businessCase(Long id, com.rolloutplanner.businesscase.BusinessCases cases, UserDetailsService users) {
		CurrentUser partner = (CurrentUser) users.loadUserByUsername("web.partner");
		cases.save(id, null,
				new com.rolloutplanner.businesscase.BusinessCaseTerms("EUR", new BigDecimal("100000.00"), 8000,
						com.rolloutplanner.businesscase.CostModel.PER_PHASE, null, null, new BigDecimal("110000.00"),
						new BigDecimal("90000.00"), new BigDecimal("70000.00"), new BigDecimal("70000.00"),
						new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("2000.00")),
				partner);
		cases.record(id, 1, new BigDecimal("112000.00"), BigDecimal.ZERO, partner.access(), "Test");
		cases.record(id, 2, new BigDecimal("108000.00"), BigDecimal.ZERO, partner.access(), "Test");
	}

}
