package com.rolloutplanner.input;

/** A page number as a page's link carries it: from 1; anything else is the first page. */
public final class PageNumbers {

	private PageNumbers() {
	}

	/** The page asked for, from 1; the first for anything that is not a page number. */
	public static int of(String value) {
		if (value == null || value.isEmpty() || value.length() > 6
				|| !value.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(value));
	}

}
