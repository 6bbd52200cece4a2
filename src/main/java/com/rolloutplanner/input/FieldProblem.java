package com.rolloutplanner.input;

import java.util.List;

import org.springframework.validation.Errors;

/**
 * Something wrong with what was typed, at its field, with the message's key and its
 * arguments: the form and the API name their fields from it alike.
 */
public record FieldProblem(String field, String code, Object... arguments) {

	/** The longest title of an entry of a log (an issue, a risk, a change request). */
	public static final int MAX_TITLE = 200;

	/** The longest text of an entry of a log. */
	public static final int MAX_TEXT = 4000;

	/**
	 * Adds what is wrong with a text typed at a field: missing when required, longer than
	 * {@code max} once stripped, or not plain text (on one line unless
	 * {@code multiline}).
	 */
	public static void text(List<FieldProblem> problems, String field, String value, boolean required, int max,
			boolean multiline) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "issue.text.required"));
			}
		}
		else if (value.strip().length() > max) {
			problems.add(new FieldProblem(field, "issue.text.tooLong", max));
		}
		else if (!PlainText.Check.isPlain(value, multiline)) {
			problems.add(new FieldProblem(field, "PlainText"));
		}
	}

	/**
	 * Puts the problems at their fields of a form's errors, the first of each field only
	 * (a field that already has an error keeps it).
	 */
	public static void rejectAll(Errors errors, List<FieldProblem> problems) {
		for (FieldProblem problem : problems) {
			if (!errors.hasFieldErrors(problem.field())) {
				errors.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
			}
		}
	}

}
