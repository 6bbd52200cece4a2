package com.rolloutplanner.account;

import java.util.Locale;

/** The languages the product speaks: English and Finnish; anything else reads English. */
public final class Languages {

	public static final Locale FINNISH = Locale.forLanguageTag("fi");

	private Languages() {
	}

	public static Locale of(String language) {
		return "fi".equals(language) ? FINNISH : Locale.ENGLISH;
	}

}
