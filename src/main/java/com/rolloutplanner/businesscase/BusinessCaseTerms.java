package com.rolloutplanner.businesscase;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.rolloutplanner.engagement.Onboarding;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.quickwin.QuickWinSubject.PlannedPayback;

/**
 * What a business case says, as plain values. Amounts are per month unless said
 * otherwise, in the case's currency.
 *
 * @param currency ISO 4217 code
 * @param baselineMonthlyCost what the service cost a month before outsourcing
 * @param monthlyContacts the monthly contact volume, for the cost per contact; optional
 * @param costModel how the planned cost was given
 * @param steadyFee the steady monthly fee, when given so
 * @param startUpSurcharge the surcharge on the fee during start-up, when given so
 * @param costStartUp the planned monthly cost in start-up (months 1–3)
 * @param costLearning ... in learning (months 4–6)
 * @param costEstablished ... in established production (months 7–9)
 * @param costContinuous ... in continuous development (from month 10)
 * @param plannedMonthlyBenefit added sales, avoided costs
 * @param hourlyRate what an hour of onboarding costs (the hours and the budget of
 * onboarding are the engagement's terms, {@link Onboarding})
 * @param transitionCosts one-off
 */
public record BusinessCaseTerms(String currency, BigDecimal baselineMonthlyCost, Integer monthlyContacts,
		CostModel costModel, BigDecimal steadyFee, BigDecimal startUpSurcharge, BigDecimal costStartUp,
		BigDecimal costLearning, BigDecimal costEstablished, BigDecimal costContinuous,
		BigDecimal plannedMonthlyBenefit, BigDecimal hourlyRate, BigDecimal transitionCosts) {

	/** The most an amount may be (exclusive), a month or one-off. */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

	/** The most an hour may cost (exclusive). */
	public static final BigDecimal MAX_HOURLY_RATE = new BigDecimal("100000");

	/** The most contacts a month. */
	public static final int MAX_CONTACTS = 100_000_000;

	public static final String DEFAULT_CURRENCY = "EUR";

	/** The onboarding budget + its hours × the hourly rate. */
	public BigDecimal onboardingCost(Onboarding onboarding) {
		return onboarding.budgetOrZero().add(this.hourlyRate.multiply(BigDecimal.valueOf(onboarding.hoursOrZero())));
	}

	/** Onboarding (budget and hours valued) + transition costs. */
	public BigDecimal totalInvestment(Onboarding onboarding) {
		return onboardingCost(onboarding).add(this.transitionCosts);
	}

	/** What the planned curve says, as the quick-win rules read it. */
	public PlannedPayback plannedPayback(Onboarding onboarding) {
		PaybackCurve.Plan plan = plan(onboarding);
		return new PlannedPayback(PaybackCurve.paybackMonth(plan), PaybackCurve.startUpLoss(plan));
	}

	public PaybackCurve.Plan plan(Onboarding onboarding) {
		return new PaybackCurve.Plan(this.baselineMonthlyCost, costs(), this.plannedMonthlyBenefit,
				totalInvestment(onboarding));
	}

	/** The planned monthly cost of each phase after go-live. */
	public Map<Phase, BigDecimal> costs() {
		Map<Phase, BigDecimal> costs = new LinkedHashMap<>();
		costs.put(Phase.START_UP, this.costStartUp);
		costs.put(Phase.LEARNING, this.costLearning);
		costs.put(Phase.ESTABLISHED, this.costEstablished);
		costs.put(Phase.CONTINUOUS_DEVELOPMENT, this.costContinuous);
		return costs;
	}

	/** The baseline cost of one contact, when the volume is known. */
	public BigDecimal baselineCostPerContact() {
		return (this.monthlyContacts == null || this.monthlyContacts == 0) ? null : this.baselineMonthlyCost
			.divide(BigDecimal.valueOf(this.monthlyContacts), 2, java.math.RoundingMode.HALF_UP);
	}

	/** The planned cost of one contact in a phase, when the volume is known. */
	public BigDecimal costPerContact(Phase phase) {
		return (this.monthlyContacts == null || this.monthlyContacts == 0) ? null : costs().get(phase)
			.divide(BigDecimal.valueOf(this.monthlyContacts), 2, java.math.RoundingMode.HALF_UP);
	}

	/** Whether an amount lies in [0, {@link #MAX_AMOUNT}) with at most two decimals. */
	public static boolean isAmount(BigDecimal value) {
		return value != null && value.signum() >= 0 && value.compareTo(MAX_AMOUNT) < 0
				&& value.stripTrailingZeros().scale() <= 2;
	}

}
