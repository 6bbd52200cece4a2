package com.rolloutplanner.issue.web;

import java.util.EnumMap;
import java.util.Map;

import com.rolloutplanner.issue.IssueSeverity;
import com.rolloutplanner.issue.ResponsePromise;

/**
 * The promised response times as the form binds them: hours for a critical issue, working
 * days for the others, as typed.
 */
public class ResponseTimesForm {

	private String critical;

	private String high;

	private String medium;

	private String low;

	static ResponseTimesForm of(Map<IssueSeverity, ResponsePromise> promises) {
		ResponseTimesForm form = new ResponseTimesForm();
		form.critical = Integer.toString(promises.get(IssueSeverity.CRITICAL).hours());
		form.high = Integer.toString(promises.get(IssueSeverity.HIGH).workingDays());
		form.medium = Integer.toString(promises.get(IssueSeverity.MEDIUM).workingDays());
		form.low = Integer.toString(promises.get(IssueSeverity.LOW).workingDays());
		return form;
	}

	/**
	 * The promises as ISO 8601, as the log reads them: a number typed becomes hours or
	 * days; anything else is passed on as typed, for the log to refuse.
	 */
	Map<IssueSeverity, String> written() {
		Map<IssueSeverity, String> written = new EnumMap<>(IssueSeverity.class);
		written.put(IssueSeverity.CRITICAL, iso(this.critical, "PT", "H"));
		written.put(IssueSeverity.HIGH, iso(this.high, "P", "D"));
		written.put(IssueSeverity.MEDIUM, iso(this.medium, "P", "D"));
		written.put(IssueSeverity.LOW, iso(this.low, "P", "D"));
		return written;
	}

	private static String iso(String typed, String prefix, String unit) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String value = typed.strip();
		return (value.length() <= 4 && value.chars().allMatch((c) -> c >= '0' && c <= '9')) ? prefix + value + unit
				: "?";
	}

	/** The form's field of a severity. */
	static String field(IssueSeverity severity) {
		return severity.name().toLowerCase(java.util.Locale.ROOT);
	}

	public String getCritical() {
		return this.critical;
	}

	public void setCritical(String critical) {
		this.critical = critical;
	}

	public String getHigh() {
		return this.high;
	}

	public void setHigh(String high) {
		this.high = high;
	}

	public String getMedium() {
		return this.medium;
	}

	public void setMedium(String medium) {
		this.medium = medium;
	}

	public String getLow() {
		return this.low;
	}

	public void setLow(String low) {
		this.low = low;
	}

}
