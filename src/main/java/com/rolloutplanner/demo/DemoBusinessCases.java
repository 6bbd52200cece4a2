package com.rolloutplanner.demo;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.businesscase.BusinessCaseTerms;
import com.rolloutplanner.businesscase.BusinessCases;
import com.rolloutplanner.businesscase.CostModel;
import com.rolloutplanner.phase.Phase;

/**
 * The business cases of the demo engagements and the actual costs of their completed
 * months: "Swedish market support" paid back in month 7 as planned, "Billing back office"
 * runs late (its KPIs are below the expected band too), "Webshop chat pilot" expects a
 * quick win (no loss in start-up, payback in month 1) and "Lumo webshop support" does not
 * pay back before its six-month contract ends.
 */
@Component
class DemoBusinessCases {

	/**
	 * The amounts of a case, in thousands of euros; the hourly rate as it is (the hours
	 * and budget of onboarding are the engagement's terms).
	 */
	private record Case(int baseline, double startUp, double learning, double established, double continuous, int rate,
			int transition, boolean late) {
	}

	private static final Map<String, Case> CASES = Map.of("Customer service Finland",
			new Case(300, 324, 288, 264, 250, 50, 0, false), "Webshop chat pilot",
			new Case(40, 30, 30, 30, 30, 0, 0, false), "Energy advice line",
			new Case(90, 99, 85.5, 72, 72, 45, 0, false), "Billing back office",
			new Case(120, 126, 114, 96, 96, 50, 0, true), "Outage hotline", new Case(60, 66, 57, 48, 48, 40, 0, false),
			"Swedish market support", new Case(400, 430, 370, 300, 290, 50, 0, false), "Lumo webshop support",
			new Case(50, 56, 50, 45, 45, 50, 6, true), "Lumo returns back office",
			new Case(80, 88, 76, 64, 64, 40, 0, false), "Lumo social media care",
			new Case(50, 55, 47, 40, 38, 40, 0, false), "Lumo loyalty desk",
			new Case(70, 77, 66.5, 56, 56, 45, 0, false));

	/** The two partners' proposals for e-mail care, compared by Aurora Energy. */
	private static final Map<String, Case> PROPOSALS = Map.of(DemoData.EMAIL_NORDIC,
			new Case(80, 86, 76, 64, 60, 45, 10, false), DemoData.EMAIL_HELMI,
			new Case(80, 68, 68, 68, 68, 45, 0, false));

	private final BusinessCases cases;

	DemoBusinessCases(BusinessCases cases) {
		this.cases = cases;
	}

	/**
	 * Sets up the engagement's business case and records the costs of the months before
	 * the current one.
	 */
	void addTo(Long engagementId, String name, int currentMonth, CurrentUser user) {
		Case c = CASES.containsKey(name) ? CASES.get(name)
				: DemoHistory.named(name)
					.map((sample) -> new Case(100, 110, 95, 80, 80, 45, 0, !sample.dipInside()))
					.orElse(PROPOSALS.get(name));
		if (c == null) {
			return;
		}
		this.cases.save(engagementId, null,
				new BusinessCaseTerms("EUR", thousands(c.baseline()), null, CostModel.PER_PHASE, null, null,
						thousands(c.startUp()), thousands(c.learning()), thousands(c.established()),
						thousands(c.continuous()), BigDecimal.ZERO.setScale(2),
						BigDecimal.valueOf(c.rate()).setScale(2), thousands(c.transition())),
				user);
		for (int month = 1; month < currentMonth && month <= 24; month++) {
			double planned = switch (Phase.ofMonth(month)) {
				case START_UP -> c.startUp();
				case LEARNING -> c.learning();
				case ESTABLISHED -> c.established();
				default -> c.continuous();
			};
			// On plan: a percent up or down, even over three months; late: start-up and
			// learning cost more than planned, and established production starts a month
			// late.
			double factor = c.late() ? (month <= 3 ? 1.048 : month <= 6 ? 1.053 : month == 7 ? 1.125 : 1.0)
					: 1 + 0.01 * ((month % 3 == 2) ? 1 : (month % 3 == 0) ? -1 : 0);
			this.cases.record(engagementId, month, thousands(planned * factor), BigDecimal.ZERO.setScale(2),
					user.access(), "Demo data");
		}
	}

	private static BigDecimal thousands(double amount) {
		return BigDecimal.valueOf(Math.round(amount * 1000)).setScale(2);
	}

}
