package com.rolloutplanner.risk;

import java.util.List;

import com.rolloutplanner.change.ChangedPart;
import com.rolloutplanner.change.WorkChange;
import com.rolloutplanner.engagement.Side;

/** What happens to the log of risks, published in the transaction of the change. */
public final class RiskEvents {

	private RiskEvents() {
	}

	/** A change to the risks, whose reviews are due and which may become issues. */
	public interface RiskChange extends WorkChange {

		@Override
		default java.util.Set<ChangedPart> changedParts() {
			return java.util.EnumSet.of(ChangedPart.DUE_DATES, ChangedPart.ISSUES);
		}

	}

	/** A side added a risk. */
	public record RiskAdded(Long engagementId, Long riskId, String title, int likelihood, int impact, Side ownerSide,
			String actor) implements RiskChange {
	}

	/** A risk changed: each field as before and after. */
	public record RiskChanged(Long engagementId, Long riskId, String title,
			List<com.rolloutplanner.engagement.FieldChange> changes, String actor) implements RiskChange {
	}

	/** A risk happened and became an issue. */
	public record RiskHappened(Long engagementId, Long riskId, String title, Long issueId,
			String actor) implements RiskChange {
	}

}
