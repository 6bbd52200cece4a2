package com.rolloutplanner.servicelevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/** The glide path agreed for one KPI, as stored. */
@Entity
class ServiceLevel {

	@Id
	private Long kpiId;

	private Long engagementId;

	private int creditPercent;

	private int earnBackMonths;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "service_level_step", joinColumns = @JoinColumn(name = "kpi_id"))
	@OrderBy("fromMonth")
	private List<StepColumns> steps = new ArrayList<>();

	protected ServiceLevel() {
	}

	ServiceLevel(Long kpiId, Long engagementId) {
		this.kpiId = kpiId;
		this.engagementId = engagementId;
	}

	/** One step as its columns. */
	@Embeddable
	static class StepColumns {

		private int fromMonth;

		@Column(precision = 19, scale = 4)
		private BigDecimal target;

		protected StepColumns() {
		}

		StepColumns(int fromMonth, BigDecimal target) {
			this.fromMonth = fromMonth;
			this.target = target;
		}

	}

	GlidePath path() {
		return new GlidePath(this.steps.stream()
			.map((step) -> new GlidePath.Step(step.fromMonth, step.target.stripTrailingZeros()))
			.toList(), this.creditPercent, this.earnBackMonths);
	}

	void agree(GlidePath path) {
		this.steps.clear();
		path.steps().forEach((step) -> this.steps.add(new StepColumns(step.fromMonth(), step.target())));
		this.creditPercent = path.creditPercent();
		this.earnBackMonths = path.earnBackMonths();
	}

	Long getEngagementId() {
		return this.engagementId;
	}

	Long getKpiId() {
		return this.kpiId;
	}

	long getVersion() {
		return this.version;
	}

}
