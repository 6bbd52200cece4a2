package com.rolloutplanner.kpi;

/** An actual value against the band expected in its month of the journey. */
public enum Judgement {

	BETTER_THAN_EXPECTED, AS_EXPECTED, BELOW_EXPECTED

}
