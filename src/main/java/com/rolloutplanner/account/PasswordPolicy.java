package com.rolloutplanner.account;

import java.util.Locale;

/**
 * What a password chosen by its user must be: at least 12 characters, not the username.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	/**
	 * The message code of what is wrong with the password, or {@code null} if it is fine.
	 */
	static String problem(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return "password.tooShort";
		}
		if (password.length() > MAX_LENGTH) {
			return "password.tooLong";
		}
		if (password.strip().toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
			return "password.sameAsUsername";
		}
		return null;
	}

}
