package com.rolloutplanner.phase;

/**
 * The phases of an outsourcing journey after go-live (see the domain rules): each phase
 * after {@link #PRE_LAUNCH} starts a fixed number of months after the go-live date.
 */
public enum Phase {

	PRE_LAUNCH(-1), START_UP(0), LEARNING(3), ESTABLISHED(6), CONTINUOUS_DEVELOPMENT(9);

	private final int startMonth;

	Phase(int startMonth) {
		this.startMonth = startMonth;
	}

	/** Months after go-live at which this phase starts; -1 for {@link #PRE_LAUNCH}. */
	public int startMonth() {
		return this.startMonth;
	}

	public boolean isAfterGoLive() {
		return this != PRE_LAUNCH;
	}

	/** The phase that follows this one, or {@code null} for continuous development. */
	public Phase next() {
		Phase[] all = values();
		return (ordinal() + 1 < all.length) ? all[ordinal() + 1] : null;
	}

	/** The phase that contains the given 1-based month of the journey. */
	public static Phase ofMonth(int monthOfJourney) {
		if (monthOfJourney < 1) {
			return PRE_LAUNCH;
		}
		Phase result = START_UP;
		for (Phase phase : values()) {
			if (phase.isAfterGoLive() && monthOfJourney > phase.startMonth) {
				result = phase;
			}
		}
		return result;
	}

}
