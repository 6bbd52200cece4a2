package com.rolloutplanner.export;

/**
 * A column of a table: the message key of its header, the kind of its values and its
 * width in characters.
 */
public record Column(String headerKey, Kind kind, int width) {

	/** What a column holds, which decides how a spreadsheet stores it. */
	public enum Kind {

		/** Text as typed. */
		TEXT,

		/** A number. */
		NUMBER,

		/** A day. */
		DATE,

		/** A moment, shown in the product's time zone. */
		DATE_TIME

	}

	public static Column text(String headerKey, int width) {
		return new Column(headerKey, Kind.TEXT, width);
	}

	public static Column number(String headerKey) {
		return new Column(headerKey, Kind.NUMBER, 10);
	}

	public static Column date(String headerKey) {
		return new Column(headerKey, Kind.DATE, 12);
	}

	public static Column dateTime(String headerKey) {
		return new Column(headerKey, Kind.DATE_TIME, 18);
	}

}
