package com.rolloutplanner.account;

import java.util.regex.Pattern;

/** A mail address as mail servers take it: one @, a dot in the domain, no spaces. */
public final class EmailAddress {

	public static final int MAX_LENGTH = 254;

	public static final String PATTERN = "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
			+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";

	private static final Pattern COMPILED = Pattern.compile(PATTERN);

	private EmailAddress() {
	}

	public static boolean isValid(String address) {
		return address != null && address.length() <= MAX_LENGTH && COMPILED.matcher(address).matches();
	}

}
