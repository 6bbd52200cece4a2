package com.rolloutplanner.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.rolloutplanner.phase.DateWindow;
import com.rolloutplanner.system.TimeSource;

/**
 * The {@code asOf} parameter every list of the API takes: a date in the window, or today.
 */
final class ApiDates {

	private ApiDates() {
	}

	static LocalDate asOf(String value, TimeSource time) {
		if (value == null || value.isBlank()) {
			return time.today();
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw ApiException.badRequest("asOf", "api.field.date");
		}
		if (!DateWindow.contains(date)) {
			throw ApiException.badRequest("asOf", "DateInWindow");
		}
		return date;
	}

}
