package com.rolloutplanner.kpi;

import com.rolloutplanner.change.ChangedPart;
import com.rolloutplanner.change.WorkChange;
import com.rolloutplanner.change.PlanChange;
import java.math.BigDecimal;
import java.util.List;

import com.rolloutplanner.engagement.FieldChange;

/** What happens to KPIs and their actuals, published in the transaction of the change. */
public final class KpiEvents {

	private KpiEvents() {
	}

	/** A change to the KPIs' actuals, not to the KPIs. */
	public interface ActualsChange extends WorkChange {

		@Override
		default java.util.Set<ChangedPart> changedParts() {
			return java.util.Set.of(ChangedPart.KPI_ACTUALS);
		}

	}

	public record KpiAdded(Long engagementId, Long kpiId, String name, String actor) implements PlanChange {
	}

	/** {@code targetLowered}: the new target asks for less than the old one. */
	public record KpiChanged(Long engagementId, Long kpiId, String name, List<FieldChange> changes,
			boolean targetLowered, String actor) implements PlanChange {
	}

	public record KpiRemoved(Long engagementId, String name, String actor) implements PlanChange {
	}

	/**
	 * {@code before} is the value the month had, {@code null} for a new month;
	 * {@code fellBelowBand}: the value is below the band expected in its month and the
	 * month's value before was not.
	 */
	public record KpiActualRecorded(Long engagementId, Long kpiId, String name, String unit, int month,
			BigDecimal before, BigDecimal value, boolean fellBelowBand, String actor) implements ActualsChange {
	}

	/** {@code fellBelowBand}: the imported months now below their expected band. */
	public record KpiActualsImported(Long engagementId, int count, List<BelowBand> fellBelowBand,
			String actor) implements ActualsChange {
	}

	/** An actual below the band expected in its month. */
	public record BelowBand(String name, String unit, int month, BigDecimal value) {
	}

}
