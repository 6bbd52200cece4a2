package com.rolloutplanner.quickwin;

/** The five tips of the source article for avoiding quick-win thinking. */
public enum Tip {

	/**
	 * Plan a roadmap and long-term goals together with the partner already at the start.
	 */
	ROADMAP_AND_LONG_TERM_GOALS(1),
	/**
	 * Be ready to invest time, resources and money in the rollout and the first months.
	 */
	INVEST_IN_ROLLOUT(2),
	/** Prepare together for the learning period and plan how to minimise its harm. */
	PREPARE_FOR_LEARNING_PERIOD(3),
	/** Outsourcing is a joint journey, not a single event. */
	JOINT_JOURNEY(4),
	/** No pilot or trial mentality. */
	NO_PILOT_MENTALITY(5);

	private final int number;

	Tip(int number) {
		this.number = number;
	}

	public int number() {
		return this.number;
	}

}
