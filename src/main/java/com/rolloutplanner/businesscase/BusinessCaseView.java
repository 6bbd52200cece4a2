package com.rolloutplanner.businesscase;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.rolloutplanner.businesscase.PaybackCurve.Curve;
import com.rolloutplanner.engagement.Onboarding;
import com.rolloutplanner.phase.Phase;

/**
 * A business case as the pages and the API show it: its terms, its actuals beside the
 * plan, the computed curve and the chart's geometry, with amounts and with their signs
 * only (for a share link that hides amounts).
 */
public record BusinessCaseView(Long engagementId, long version, BusinessCaseTerms terms, Onboarding onboarding,
		List<ActualRow> actuals, Curve curve, PaybackChart chart, PaybackChart signChart, int contractMonths) {

	/**
	 * A recorded month: its cost and benefit against the plan's, and its net benefit
	 * (baseline − cost + benefit).
	 */
	public record ActualRow(int month, Phase phase, BigDecimal cost, BigDecimal benefit, BigDecimal plannedCost,
			BigDecimal net) {
	}

	static BusinessCaseView of(BusinessCase businessCase, Onboarding onboarding, int contractMonths) {
		BusinessCaseTerms terms = businessCase.terms();
		PaybackCurve.Plan plan = terms.plan(onboarding);
		Curve curve = PaybackCurve.of(plan, businessCase.curveActuals(), PaybackCurve.horizon(contractMonths));
		List<ActualRow> rows = new ArrayList<>();
		businessCase.getActuals()
			.forEach((month,
					actual) -> rows.add(new ActualRow(month, Phase.ofMonth(month), actual.cost(), actual.benefit(),
							plan.cost(month),
							terms.baselineMonthlyCost().subtract(actual.cost()).add(actual.benefit()))));
		return new BusinessCaseView(businessCase.getEngagementId(), businessCase.getVersion(), terms, onboarding,
				List.copyOf(rows), curve, PaybackChart.of(curve, plan, contractMonths),
				PaybackChart.of(curve, plan, contractMonths, true), contractMonths);
	}

	public BigDecimal totalInvestment() {
		return this.terms.totalInvestment(this.onboarding);
	}

	/** The onboarding budget and its hours valued at the hourly rate. */
	public BigDecimal onboardingCost() {
		return this.terms.onboardingCost(this.onboarding);
	}

	public PaybackState state() {
		return this.curve.state();
	}

	/** The last recorded month, 0 when none. */
	public int lastActualMonth() {
		return this.curve.lastActualMonth();
	}

	/**
	 * The rows of the chart worth a table: every third month, the payback months and the
	 * last actual.
	 */
	public List<PaybackCurve.Row> tableRows() {
		return this.curve.rows()
			.stream()
			.limit(this.chart.months())
			.filter((r) -> r.month() % 3 == 0 || r.month() == 1 || isPayback(r.month())
					|| r.month() == this.curve.lastActualMonth())
			.toList();
	}

	private boolean isPayback(int month) {
		return Integer.valueOf(month).equals(this.curve.plannedPaybackMonth())
				|| Integer.valueOf(month).equals(this.curve.projectedPaybackMonth());
	}

}
