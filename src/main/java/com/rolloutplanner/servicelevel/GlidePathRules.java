package com.rolloutplanner.servicelevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.rolloutplanner.kpi.Kpi;

/**
 * What a glide path may hold, checked the same for the form and the API: one to
 * {@value GlidePath#MAX_STEPS} steps, each from a month of the journey (1 to
 * {@value Kpi#MAX_MONTH}) later than the one before, each target a value a KPI may hold;
 * a credit of 0 to {@value GlidePath#MAX_CREDIT_PERCENT} % and an earn-back of 0 to
 * {@value GlidePath#MAX_EARN_BACK_MONTHS} months.
 */
public final class GlidePathRules {

	private GlidePathRules() {
	}

	/**
	 * What is wrong where: the field ({@code steps[i].fromMonth} and the like) and why.
	 */
	public record Problem(String field, String code) {
	}

	/** A step as typed: either part may be missing. */
	public record TypedStep(Integer fromMonth, BigDecimal target) {

		boolean blank() {
			return this.fromMonth == null && this.target == null;
		}

	}

	/**
	 * The problems of a glide path as typed (blank steps left out by the caller, their
	 * indexes kept); none when it may be agreed.
	 */
	public static List<Problem> check(List<TypedStep> steps, Integer creditPercent, Integer earnBackMonths) {
		List<Problem> problems = new ArrayList<>();
		if (steps.stream().allMatch((step) -> step == null || step.blank())) {
			problems.add(new Problem("steps", "serviceLevel.steps.required"));
		}
		if (steps.size() > GlidePath.MAX_STEPS) {
			problems.add(new Problem("steps", "serviceLevel.steps.tooMany"));
		}
		int previous = 0;
		for (int i = 0; i < steps.size(); i++) {
			TypedStep step = steps.get(i);
			if (step == null || step.blank()) {
				continue;
			}
			String at = "steps[" + i + "].";
			if (step.fromMonth() == null || !Kpi.isMonth(step.fromMonth())) {
				problems.add(new Problem(at + "fromMonth", "serviceLevel.step.month"));
			}
			else if (step.fromMonth() <= previous) {
				problems.add(new Problem(at + "fromMonth", "serviceLevel.step.order"));
			}
			else {
				previous = step.fromMonth();
			}
			if (step.target() == null || !Kpi.isValue(step.target())) {
				problems.add(new Problem(at + "target", "serviceLevel.step.targetRange"));
			}
		}
		if (creditPercent == null || creditPercent < 0 || creditPercent > GlidePath.MAX_CREDIT_PERCENT) {
			problems.add(new Problem("creditPercent", "serviceLevel.creditPercent.range"));
		}
		if (earnBackMonths == null || earnBackMonths < 0 || earnBackMonths > GlidePath.MAX_EARN_BACK_MONTHS) {
			problems.add(new Problem("earnBackMonths", "serviceLevel.earnBackMonths.range"));
		}
		return problems;
	}

	/** The glide path of steps already checked, blank ones left out. */
	public static GlidePath path(List<TypedStep> steps, int creditPercent, int earnBackMonths) {
		return new GlidePath(steps.stream()
			.filter((step) -> step != null && !step.blank())
			.map((step) -> new GlidePath.Step(step.fromMonth(), step.target().stripTrailingZeros()))
			.toList(), creditPercent, earnBackMonths);
	}

	/** Whether a cap may be set: 0 to {@value ServiceCredits#MAX_CAP_PERCENT} %. */
	public static boolean isCap(Integer percent) {
		return percent != null && percent >= 0 && percent <= ServiceCredits.MAX_CAP_PERCENT;
	}

}
