package com.rolloutplanner.notification;

import java.util.List;

/**
 * Words of a mail as a message key and its arguments, put into words in the recipient's
 * language when the mail is written: an argument is a string, a number, a date, a
 * date-time (shown in the recipient's time zone when it is an instant) or another
 * {@code Text}.
 */
record Text(String key, List<Object> args) {

	Text {
		args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
	}

	static Text of(String key, Object... args) {
		return new Text(key, java.util.Arrays.asList(args));
	}

}
