package com.rolloutplanner.quickwin;

/** What a flag found; the names are part of the product's interface. */
public enum FlagCode {

	PILOT_MODEL(Tip.NO_PILOT_MENTALITY), SHORT_COMMITMENT(Tip.JOINT_JOURNEY),
	EARLY_GOAL(Tip.ROADMAP_AND_LONG_TERM_GOALS), EARLY_PAYBACK(Tip.INVEST_IN_ROLLOUT),
	NO_ONBOARDING_INVESTMENT(Tip.INVEST_IN_ROLLOUT), NO_LEARNING_PLAN(Tip.PREPARE_FOR_LEARNING_PERIOD),
	NO_LONG_TERM_ROADMAP(Tip.ROADMAP_AND_LONG_TERM_GOALS), QUICK_WIN_WORDING(Tip.JOINT_JOURNEY),
	PAYBACK_AFTER_CONTRACT(Tip.JOINT_JOURNEY), PAYBACK_MONTH_MISMATCH(Tip.INVEST_IN_ROLLOUT),
	NO_START_UP_LOSS(Tip.PREPARE_FOR_LEARNING_PERIOD), EARLY_PLANNED_PAYBACK(Tip.INVEST_IN_ROLLOUT);

	private final Tip tip;

	FlagCode(Tip tip) {
		this.tip = tip;
	}

	/** The tip of the source text that this finding breaks. */
	public Tip tip() {
		return this.tip;
	}

}
