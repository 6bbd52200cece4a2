package com.rolloutplanner.quickwin;

import java.util.List;

/**
 * One expectation of a quick win, found in an engagement.
 *
 * @param code what was found
 * @param severity how strongly it contradicts the journey
 * @param field the form field it concerns, for a link to it
 * @param finding what exactly was found, stable as long as the same reason holds: an
 * acknowledgement is kept for the same code and finding
 * @param arguments the values the translated message quotes; a {@link Label} is itself
 * translated
 */
public record Flag(FlagCode code, Severity severity, String field, String finding, List<Object> arguments) {

	public Flag {
		arguments = List.copyOf(arguments);
	}

	public Tip tip() {
		return this.code.tip();
	}

	/** The message key of the flag's explanation. */
	public String messageKey() {
		return "flag." + this.code + ".message";
	}

	/**
	 * A message argument that is itself a message of the bundles, with its own arguments.
	 */
	public record Label(String key, List<Object> arguments) {

		public Label {
			arguments = List.copyOf(arguments);
		}

		public Label(String key, Object... arguments) {
			this(key, List.of(arguments));
		}

	}

}
