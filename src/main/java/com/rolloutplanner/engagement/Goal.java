package com.rolloutplanner.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What an engagement should achieve, and in which month after go-live. */
@Embeddable
public class Goal {

	public static final int MIN_MONTH = 1;

	public static final int MAX_MONTH = 120;

	public static final int MAX_DESCRIPTION = 300;

	@Enumerated(EnumType.STRING)
	@Column(name = "goal_type")
	private GoalType type;

	private int targetMonth;

	private String description;

	protected Goal() {
	}

	public Goal(GoalType type, int targetMonth, String description) {
		if (type == null) {
			throw new IllegalArgumentException("A goal needs a type");
		}
		if (targetMonth < MIN_MONTH || targetMonth > MAX_MONTH) {
			throw new IllegalArgumentException("A goal's target month must be 1-120, was " + targetMonth);
		}
		this.type = type;
		this.targetMonth = targetMonth;
		this.description = Texts.blankToNull(description);
	}

	public GoalType getType() {
		return this.type;
	}

	public int getTargetMonth() {
		return this.targetMonth;
	}

	public String getDescription() {
		return this.description;
	}

	boolean sameAs(Goal other) {
		return this.type == other.type && this.targetMonth == other.targetMonth
				&& java.util.Objects.equals(this.description, other.description);
	}

}
