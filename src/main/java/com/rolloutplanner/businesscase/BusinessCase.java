package com.rolloutplanner.businesscase;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

/** The business case of an engagement with the actual cost and benefit of its months. */
@Entity
class BusinessCase {

	/** Months of the journey an actual may be recorded for. */
	static final int MAX_MONTH = PaybackCurve.SEARCH_LIMIT;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long engagementId;

	private String currency;

	private BigDecimal baselineMonthlyCost;

	private Integer monthlyContacts;

	@Enumerated(EnumType.STRING)
	private CostModel costModel;

	private BigDecimal steadyFee;

	private BigDecimal startUpSurcharge;

	private BigDecimal costStartUp;

	private BigDecimal costLearning;

	private BigDecimal costEstablished;

	private BigDecimal costContinuous;

	private BigDecimal plannedMonthlyBenefit;

	private BigDecimal hourlyRate;

	private BigDecimal transitionCosts;

	// An actual is a row of its own: recording one does not change the case's version.
	@ElementCollection
	@OptimisticLock(excluded = true)
	@CollectionTable(name = "business_case_actual", joinColumns = @JoinColumn(name = "business_case_id"))
	@MapKeyColumn(name = "journey_month")
	private Map<Integer, MonthActual> actuals = new TreeMap<>();

	protected BusinessCase() {
	}

	BusinessCase(Long engagementId, BusinessCaseTerms terms) {
		this.engagementId = engagementId;
		change(terms);
	}

	void change(BusinessCaseTerms t) {
		this.currency = t.currency();
		this.baselineMonthlyCost = t.baselineMonthlyCost();
		this.monthlyContacts = t.monthlyContacts();
		this.costModel = t.costModel();
		this.steadyFee = t.steadyFee();
		this.startUpSurcharge = t.startUpSurcharge();
		this.costStartUp = t.costStartUp();
		this.costLearning = t.costLearning();
		this.costEstablished = t.costEstablished();
		this.costContinuous = t.costContinuous();
		this.plannedMonthlyBenefit = t.plannedMonthlyBenefit();
		this.hourlyRate = t.hourlyRate();
		this.transitionCosts = t.transitionCosts();
	}

	BusinessCaseTerms terms() {
		return new BusinessCaseTerms(this.currency, this.baselineMonthlyCost, this.monthlyContacts, this.costModel,
				this.steadyFee, this.startUpSurcharge, this.costStartUp, this.costLearning, this.costEstablished,
				this.costContinuous, this.plannedMonthlyBenefit, this.hourlyRate, this.transitionCosts);
	}

	/** Records the actual of a month of the journey, replacing an earlier one. */
	void record(int month, BigDecimal cost, BigDecimal benefit) {
		if (month < 1 || month > MAX_MONTH || !BusinessCaseTerms.isAmount(cost)
				|| !BusinessCaseTerms.isAmount(benefit)) {
			throw new IllegalArgumentException("Not an actual: " + month + " " + cost + " " + benefit);
		}
		this.actuals.put(month, new MonthActual(cost, benefit));
	}

	void forget(int month) {
		this.actuals.remove(month);
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	Long getEngagementId() {
		return this.engagementId;
	}

	/** The actuals by month of the journey, in order. */
	Map<Integer, MonthActual> getActuals() {
		return new TreeMap<>(this.actuals);
	}

	Map<Integer, PaybackCurve.Actual> curveActuals() {
		Map<Integer, PaybackCurve.Actual> actuals = new TreeMap<>();
		this.actuals
			.forEach((month, actual) -> actuals.put(month, new PaybackCurve.Actual(actual.cost, actual.benefit)));
		return actuals;
	}

	/** A month's actual cost and benefit, as stored. */
	@Embeddable
	static class MonthActual {

		@Column(name = "cost")
		private BigDecimal cost;

		@Column(name = "benefit")
		private BigDecimal benefit;

		protected MonthActual() {
		}

		MonthActual(BigDecimal cost, BigDecimal benefit) {
			this.cost = cost;
			this.benefit = benefit;
		}

		BigDecimal cost() {
			return this.cost;
		}

		BigDecimal benefit() {
			return this.benefit;
		}

	}

}
