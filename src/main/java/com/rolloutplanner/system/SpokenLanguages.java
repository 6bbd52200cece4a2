package com.rolloutplanner.system;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/** The languages the product speaks, and the one it answers a request in. */
public final class SpokenLanguages {

	/** English and Finnish. */
	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("fi"));

	private SpokenLanguages() {
	}

	/**
	 * The first language of the browser's preferred ones that the product speaks; English
	 * when it speaks none of them.
	 */
	public static Locale preferred(Enumeration<Locale> preferred) {
		while (preferred.hasMoreElements()) {
			Locale locale = preferred.nextElement();
			for (Locale candidate : SUPPORTED) {
				if (candidate.getLanguage().equals(locale.getLanguage())) {
					return candidate;
				}
			}
		}
		return Locale.ENGLISH;
	}

}
