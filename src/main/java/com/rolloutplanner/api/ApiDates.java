package com.rolloutplanner.api;

import java.time.LocalDate;

import com.rolloutplanner.system.AsOf;
import com.rolloutplanner.system.TimeSource;

/**
 * The {@code asOf} parameter every list of the API takes: a date in the window, or today;
 * read as the pages read it ({@link AsOf#read}), refused by name where a page falls back
 * to today.
 */
public final class ApiDates {

	private ApiDates() {
	}

	public static LocalDate asOf(String value, TimeSource time) {
		AsOf asOf = AsOf.read(value, time.today());
		if (asOf.isInvalid()) {
			throw ApiException.badRequest("asOf", asOf.problem());
		}
		return asOf.date();
	}

}
