package com.rolloutplanner.api;

import com.rolloutplanner.listing.ListingFilter;
import com.rolloutplanner.businesscase.PaybackState;
import com.rolloutplanner.phase.Phase;

/**
 * The dashboard's filters as the API's lists, exports and portfolio take them: each
 * parameter checked, a wrong one refused at its name.
 */
final class ApiFilters {

	private ApiFilters() {
	}

	/** The dashboard's filters as the list's parameters give them, each checked. */
	static ListingFilter of(String phase, String flags, String due, String payback, String stage) {
		return new ListingFilter(phase(phase), only(flags, "flags", "critical"), only(due, "due", "overdue"),
				paybackState(payback), only(stage, "stage", "PROPOSAL"));
	}

	/** A filter that takes exactly one value, or none. */
	private static boolean only(String value, String field, String accepted) {
		if (value == null) {
			return false;
		}
		if (!accepted.equals(value)) {
			throw ApiException.badRequest(field, "api.field." + field);
		}
		return true;
	}

	/** The name of the payback state asked for, checked. */
	private static String paybackState(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return PaybackState.valueOf(value.strip()).name();
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badRequest("payback", "api.field.payback");
		}
	}

	private static Phase phase(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Phase.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badRequest("phase", "api.field.phase");
		}
	}

}
