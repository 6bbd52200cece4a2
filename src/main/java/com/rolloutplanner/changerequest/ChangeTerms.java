package com.rolloutplanner.changerequest;

/**
 * What a change request asks for: its area, title and description, and its expected
 * effect on cost, on time and on the KPIs (each optional text).
 */
public record ChangeTerms(ChangeArea area, String title, String description, String costEffect, String timeEffect,
		String kpiEffect) {

	/** The longest text of one expected effect. */
	public static final int MAX_EFFECT = 500;

}
