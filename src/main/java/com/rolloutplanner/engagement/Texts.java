package com.rolloutplanner.engagement;

final class Texts {

	private Texts() {
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
