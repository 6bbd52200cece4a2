package com.rolloutplanner.servicelevel.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.rolloutplanner.servicelevel.GlidePath;
import com.rolloutplanner.servicelevel.GlidePathRules.TypedStep;

/** A KPI's glide path as the form binds it: a row per step, blank rows left out. */
public class GlidePathForm {

	private List<StepRow> steps = new ArrayList<>();

	private Integer creditPercent;

	private Integer earnBackMonths;

	private Long version;

	/** One row of the steps. */
	public static class StepRow {

		private Integer fromMonth;

		private BigDecimal target;

		public Integer getFromMonth() {
			return this.fromMonth;
		}

		public void setFromMonth(Integer fromMonth) {
			this.fromMonth = fromMonth;
		}

		public BigDecimal getTarget() {
			return this.target;
		}

		public void setTarget(BigDecimal target) {
			this.target = target;
		}

	}

	static GlidePathForm of(GlidePath path, Long version) {
		GlidePathForm form = new GlidePathForm();
		path.steps().forEach((step) -> {
			StepRow row = new StepRow();
			row.fromMonth = step.fromMonth();
			row.target = step.target();
			form.steps.add(row);
		});
		form.creditPercent = path.creditPercent();
		form.earnBackMonths = path.earnBackMonths();
		form.version = version;
		return form.padded();
	}

	/**
	 * The form with three blank rows to add steps in, at most
	 * {@value GlidePath#MAX_STEPS} rows.
	 */
	GlidePathForm padded() {
		int rows = Math.min(GlidePath.MAX_STEPS, this.steps.size() + 3);
		while (this.steps.size() < rows) {
			this.steps.add(new StepRow());
		}
		return this;
	}

	List<TypedStep> typedSteps() {
		return this.steps.stream()
			.map((row) -> (row != null) ? new TypedStep(row.fromMonth, row.target) : null)
			.toList();
	}

	public List<StepRow> getSteps() {
		return this.steps;
	}

	public void setSteps(List<StepRow> steps) {
		this.steps = steps;
	}

	public Integer getCreditPercent() {
		return this.creditPercent;
	}

	public void setCreditPercent(Integer creditPercent) {
		this.creditPercent = creditPercent;
	}

	public Integer getEarnBackMonths() {
		return this.earnBackMonths;
	}

	public void setEarnBackMonths(Integer earnBackMonths) {
		this.earnBackMonths = earnBackMonths;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
