package com.rolloutplanner.kpi;

/** Which way a KPI gets better. */
public enum Direction {

	HIGHER_IS_BETTER, LOWER_IS_BETTER;

	/** Whether {@code a} is better than {@code b}. */
	public boolean better(double a, double b) {
		return (this == HIGHER_IS_BETTER) ? a > b : a < b;
	}

	/** {@code value} moved by {@code amount} towards better. */
	double improve(double value, double amount) {
		return (this == HIGHER_IS_BETTER) ? value + amount : value - amount;
	}

}
