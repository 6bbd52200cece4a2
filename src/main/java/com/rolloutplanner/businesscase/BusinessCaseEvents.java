package com.rolloutplanner.businesscase;

import com.rolloutplanner.change.ChangedPart;
import com.rolloutplanner.change.WorkChange;
import com.rolloutplanner.change.PlanChange;
import java.math.BigDecimal;
import java.util.List;

import com.rolloutplanner.engagement.FieldChange;

/** What happens to business cases, published in the transaction of the change. */
public final class BusinessCaseEvents {

	private BusinessCaseEvents() {
	}

	/** A change to the actual costs and benefits, not to the plan. */
	public interface ActualsChange extends WorkChange {

		@Override
		default java.util.Set<ChangedPart> changedParts() {
			return java.util.Set.of(ChangedPart.PAYBACK);
		}

	}

	public record BusinessCaseCreated(Long engagementId, String actor) implements PlanChange {
	}

	public record BusinessCaseChanged(Long engagementId, List<FieldChange> changes,
			String actor) implements PlanChange {
	}

	/** {@code beforeCost} is the cost the month had, {@code null} for a new month. */
	public record CostActualRecorded(Long engagementId, int month, BigDecimal beforeCost, BigDecimal cost,
			BigDecimal benefit, String currency, String actor) implements ActualsChange {
	}

	public record CostActualRemoved(Long engagementId, int month, String actor) implements ActualsChange {
	}

	public record CostActualsImported(Long engagementId, int count, String actor) implements ActualsChange {
	}

}
