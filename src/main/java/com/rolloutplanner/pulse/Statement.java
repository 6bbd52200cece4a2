package com.rolloutplanner.pulse;

/** The five statements of the pulse, the same for both sides, answered 1–5. */
public enum Statement {

	/** We trust each other. */
	TRUST,

	/** Problems are raised early and solved together. */
	EARLY_PROBLEMS,

	/** The other side keeps its commitments. */
	COMMITMENTS_KEPT,

	/** Communication works. */
	COMMUNICATION,

	/** The cooperation is worth what we put in. */
	WORTH_IT;

	/** The lowest answer: disagree. */
	public static final int LOWEST = 1;

	/** The highest answer: agree. */
	public static final int HIGHEST = 5;

	/** The statement's field on the form: {@code TRUST} is {@code trust}. */
	public String field() {
		StringBuilder field = new StringBuilder();
		for (String word : name().toLowerCase(java.util.Locale.ROOT).split("_")) {
			field.append(field.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return field.toString();
	}

}
