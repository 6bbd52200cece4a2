package com.rolloutplanner.businesscase.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.rolloutplanner.businesscase.BusinessCaseTerms;
import com.rolloutplanner.businesscase.BusinessCaseView;
import com.rolloutplanner.businesscase.CostModel;

/** A business case as the form binds it; empty optional amounts count as zero. */
public class BusinessCaseForm {

	private String currency = BusinessCaseTerms.DEFAULT_CURRENCY;

	@NotNull
	private BigDecimal baselineMonthlyCost;

	@Min(0)
	@Max(BusinessCaseTerms.MAX_CONTACTS)
	private Integer monthlyContacts;

	@NotNull
	private CostModel costModel = CostModel.PER_PHASE;

	private BigDecimal steadyFee;

	private BigDecimal startUpSurcharge;

	private BigDecimal costStartUp;

	private BigDecimal costLearning;

	private BigDecimal costEstablished;

	private BigDecimal costContinuous;

	private BigDecimal plannedMonthlyBenefit;

	private BigDecimal hourlyRate;

	private BigDecimal transitionCosts;

	private Long version;

	static BusinessCaseForm of(BusinessCaseView view) {
		BusinessCaseTerms t = view.terms();
		BusinessCaseForm form = new BusinessCaseForm();
		form.currency = t.currency();
		form.baselineMonthlyCost = plain(t.baselineMonthlyCost());
		form.monthlyContacts = t.monthlyContacts();
		form.costModel = t.costModel();
		form.steadyFee = plain(t.steadyFee());
		form.startUpSurcharge = plain(t.startUpSurcharge());
		form.costStartUp = plain(t.costStartUp());
		form.costLearning = plain(t.costLearning());
		form.costEstablished = plain(t.costEstablished());
		form.costContinuous = plain(t.costContinuous());
		form.plannedMonthlyBenefit = plain(t.plannedMonthlyBenefit());
		form.hourlyRate = plain(t.hourlyRate());
		form.transitionCosts = plain(t.transitionCosts());
		form.version = view.version();
		return form;
	}

	/**
	 * The amounts the form holds by field name, with whether each is required under the
	 * chosen cost model.
	 */
	Map<String, Amount> amounts() {
		boolean steady = this.costModel == CostModel.STEADY_FEE;
		Map<String, Amount> amounts = new LinkedHashMap<>();
		amounts.put("baselineMonthlyCost", new Amount(this.baselineMonthlyCost, true, BusinessCaseTerms.MAX_AMOUNT));
		amounts.put("steadyFee", new Amount(this.steadyFee, steady, BusinessCaseTerms.MAX_AMOUNT));
		amounts.put("startUpSurcharge", new Amount(this.startUpSurcharge, false, BusinessCaseTerms.MAX_AMOUNT));
		amounts.put("costStartUp", new Amount(this.costStartUp, !steady, BusinessCaseTerms.MAX_AMOUNT));
		amounts.put("costLearning", new Amount(this.costLearning, !steady, BusinessCaseTerms.MAX_AMOUNT));
		amounts.put("costEstablished", new Amount(this.costEstablished, !steady, BusinessCaseTerms.MAX_AMOUNT));
		amounts.put("costContinuous", new Amount(this.costContinuous, !steady, BusinessCaseTerms.MAX_AMOUNT));
		amounts.put("plannedMonthlyBenefit",
				new Amount(this.plannedMonthlyBenefit, false, BusinessCaseTerms.MAX_AMOUNT));
		amounts.put("hourlyRate", new Amount(this.hourlyRate, false, BusinessCaseTerms.MAX_HOURLY_RATE));
		amounts.put("transitionCosts", new Amount(this.transitionCosts, false, BusinessCaseTerms.MAX_AMOUNT));
		return amounts;
	}

	/**
	 * An amount of the form, whether it must be given, and its upper bound (exclusive).
	 */
	record Amount(BigDecimal value, boolean required, BigDecimal max) {

		boolean valid() {
			return this.value == null || (this.value.signum() >= 0 && this.value.compareTo(this.max) < 0
					&& this.value.stripTrailingZeros().scale() <= 2);
		}

	}

	/** The terms; only for a form whose amounts are valid. */
	BusinessCaseTerms toTerms() {
		boolean steady = this.costModel == CostModel.STEADY_FEE;
		BigDecimal surcharge = orZero(this.startUpSurcharge);
		BigDecimal fee = steady ? this.steadyFee : null;
		return new BusinessCaseTerms(this.currency.strip().toUpperCase(java.util.Locale.ROOT),
				money(this.baselineMonthlyCost), this.monthlyContacts, this.costModel, money(fee),
				steady ? money(surcharge) : null, money(steady ? fee.add(surcharge) : this.costStartUp),
				money(steady ? fee : this.costLearning), money(steady ? fee : this.costEstablished),
				money(steady ? fee : this.costContinuous), money(orZero(this.plannedMonthlyBenefit)),
				money(orZero(this.hourlyRate)), money(orZero(this.transitionCosts)));
	}

	private static BigDecimal orZero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	private static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

	private static BigDecimal money(BigDecimal value) {
		return (value != null) ? value.setScale(2) : null;
	}

	private static BigDecimal plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros() : null;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public BigDecimal getBaselineMonthlyCost() {
		return this.baselineMonthlyCost;
	}

	public void setBaselineMonthlyCost(BigDecimal baselineMonthlyCost) {
		this.baselineMonthlyCost = baselineMonthlyCost;
	}

	public Integer getMonthlyContacts() {
		return this.monthlyContacts;
	}

	public void setMonthlyContacts(Integer monthlyContacts) {
		this.monthlyContacts = monthlyContacts;
	}

	public CostModel getCostModel() {
		return this.costModel;
	}

	public void setCostModel(CostModel costModel) {
		this.costModel = costModel;
	}

	public BigDecimal getSteadyFee() {
		return this.steadyFee;
	}

	public void setSteadyFee(BigDecimal steadyFee) {
		this.steadyFee = steadyFee;
	}

	public BigDecimal getStartUpSurcharge() {
		return this.startUpSurcharge;
	}

	public void setStartUpSurcharge(BigDecimal startUpSurcharge) {
		this.startUpSurcharge = startUpSurcharge;
	}

	public BigDecimal getCostStartUp() {
		return this.costStartUp;
	}

	public void setCostStartUp(BigDecimal costStartUp) {
		this.costStartUp = costStartUp;
	}

	public BigDecimal getCostLearning() {
		return this.costLearning;
	}

	public void setCostLearning(BigDecimal costLearning) {
		this.costLearning = costLearning;
	}

	public BigDecimal getCostEstablished() {
		return this.costEstablished;
	}

	public void setCostEstablished(BigDecimal costEstablished) {
		this.costEstablished = costEstablished;
	}

	public BigDecimal getCostContinuous() {
		return this.costContinuous;
	}

	public void setCostContinuous(BigDecimal costContinuous) {
		this.costContinuous = costContinuous;
	}

	public BigDecimal getPlannedMonthlyBenefit() {
		return this.plannedMonthlyBenefit;
	}

	public void setPlannedMonthlyBenefit(BigDecimal plannedMonthlyBenefit) {
		this.plannedMonthlyBenefit = plannedMonthlyBenefit;
	}

	public BigDecimal getHourlyRate() {
		return this.hourlyRate;
	}

	public void setHourlyRate(BigDecimal hourlyRate) {
		this.hourlyRate = hourlyRate;
	}

	public BigDecimal getTransitionCosts() {
		return this.transitionCosts;
	}

	public void setTransitionCosts(BigDecimal transitionCosts) {
		this.transitionCosts = transitionCosts;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
