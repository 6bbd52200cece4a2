package com.rolloutplanner.system;

/**
 * Someone saved the thing after the version a change was based on: the change is refused
 * so that nobody overwrites another's work silently. Pages keep the input and say so; the
 * API answers 409.
 */
public class StaleVersionException extends RuntimeException {

	public StaleVersionException(String what, Object id) {
		super(what + " " + id + " was changed by someone else");
	}

	/**
	 * The one version check of the product.
	 * @throws StaleVersionException unless {@code basedOn} is the current version
	 */
	public static void requireCurrent(String what, Object id, long current, Long basedOn) {
		if (basedOn == null || current != basedOn) {
			throw new StaleVersionException(what, id);
		}
	}

}
