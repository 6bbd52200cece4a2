package com.rolloutplanner.pulse;

import com.rolloutplanner.change.ChangedPart;
import com.rolloutplanner.change.WorkChange;
import com.rolloutplanner.engagement.Side;

/** What happens to the pulse, published in the transaction of the change. */
public final class PulseEvents {

	private PulseEvents() {
	}

	/** An answer to the cooperation pulse. */
	public interface PulseChange extends WorkChange {

		@Override
		default java.util.Set<ChangedPart> changedParts() {
			return java.util.Set.of(ChangedPart.PULSE);
		}

	}

	/**
	 * A manager of the side answered the pulse of the month, or answered it again. Nobody
	 * is named: the other side never learns who answered what.
	 */
	public record PulseAnswered(Long engagementId, int month, Side side) implements PulseChange {
	}

}
