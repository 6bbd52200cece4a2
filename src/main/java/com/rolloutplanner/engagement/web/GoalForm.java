package com.rolloutplanner.engagement.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import com.rolloutplanner.engagement.Goal;
import com.rolloutplanner.engagement.GoalType;
import com.rolloutplanner.input.PlainText;

/** One row of the goal table in the engagement form: one row per goal type. */
public class GoalForm {

	private GoalType type;

	private boolean selected;

	@Min(Goal.MIN_MONTH)
	@Max(Goal.MAX_MONTH)
	private Integer targetMonth;

	@Size(max = Goal.MAX_DESCRIPTION)
	@PlainText
	private String description;

	public GoalForm() {
	}

	GoalForm(GoalType type) {
		this.type = type;
	}

	public GoalType getType() {
		return this.type;
	}

	public void setType(GoalType type) {
		this.type = type;
	}

	public boolean isSelected() {
		return this.selected;
	}

	public void setSelected(boolean selected) {
		this.selected = selected;
	}

	public Integer getTargetMonth() {
		return this.targetMonth;
	}

	public void setTargetMonth(Integer targetMonth) {
		this.targetMonth = targetMonth;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
