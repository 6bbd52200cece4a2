package com.rolloutplanner.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import com.rolloutplanner.businesscase.PaybackState;
import com.rolloutplanner.commitments.GateType;
import com.rolloutplanner.due.DueKind;
import com.rolloutplanner.due.DueState;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.engagement.EngagementTerms;
import com.rolloutplanner.engagement.Goal;
import com.rolloutplanner.engagement.GoalType;
import com.rolloutplanner.engagement.ServiceChannel;
import com.rolloutplanner.engagement.Stage;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Judgement;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.quickwin.FlagCode;
import com.rolloutplanner.quickwin.Severity;
import com.rolloutplanner.input.DateInWindow;
import com.rolloutplanner.input.Measurement;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.input.PlainText;

/** The JSON shapes of the API; their names are part of the interface. */
final class ApiModels {

	private ApiModels() {
	}

	record OrganisationJson(Long id, String name) {
	}

	record EngagementSummary(Long id, String name, LocalDate goLiveDate, Phase phase, Map<Severity, Long> flagCounts,
			@Nullable NextDueJson nextDue, long overdueCount, @Nullable PaybackState paybackState, Stage stage) {
	}

	/** The earliest open item of any kind on the date asked for. */
	record NextDueJson(DueKind kind, String title, LocalDate dueDate, DueState state) {
	}

	record RoadmapItemJson(Long id, String title, Phase phase, OwnerSide ownerSide, LocalDate dueDate, boolean done,
			DueState state) {
	}

	record GateJson(GateType type, LocalDate dueDate, boolean passed, DueState state, @Nullable Instant clientSignedAt,
			@Nullable Instant partnerSignedAt) {
	}

	/**
	 * What a client sends to create an engagement, and (with its version) to replace one.
	 */
	record EngagementRequest(@NotBlank @PlainText @Size(max = EngagementTerms.MAX_NAME) String name,
			@NotNull Long clientOrganisationId, @NotNull Long partnerOrganisationId,
			@NotNull @DateInWindow LocalDate goLiveDate, @NotNull ContractModel contractModel,
			@NotNull @Min(EngagementTerms.MIN_CONTRACT_MONTHS) @Max(EngagementTerms.MAX_CONTRACT_MONTHS) Integer contractMonths,
			@Nullable @Min(0) @Max(EngagementTerms.MAX_ONBOARDING_HOURS) Integer onboardingHours,
			@Nullable @Min(0) @Max(EngagementTerms.MAX_ONBOARDING_BUDGET) Long onboardingBudgetEur,
			@Nullable @Min(1) @Max(EngagementTerms.MAX_PAYBACK_MONTH) Integer expectedPaybackMonth,
			@Nullable @PlainText(multiline = true) @Size(max = EngagementTerms.MAX_TEXT) String learningPlan,
			@Nullable @PlainText(multiline = true) @Size(max = EngagementTerms.MAX_TEXT) String description,
			@Nullable Set<ServiceChannel> channels, @Nullable @Valid List<@NotNull GoalJson> goals,
			@Nullable Long version, @Nullable @PlainText @Size(max = EngagementTerms.MAX_SERVICE) String service,
			@Nullable Boolean proposal) {

		Set<ServiceChannel> channelsOrNone() {
			return (this.channels != null) ? this.channels : Set.of();
		}

		List<GoalJson> goalsOrNone() {
			return (this.goals != null) ? this.goals : List.of();
		}

	}

	/**
	 * Terms to check without saving them: a new engagement's, or (with
	 * {@code engagementId}) changed terms of one the caller may see, with what its
	 * roadmap, KPIs and service levels add; a business case as typed replaces the saved
	 * one.
	 */
	record PreviewRequest(@Nullable Long engagementId, @NotNull @DateInWindow LocalDate goLiveDate,
			@NotNull ContractModel contractModel,
			@NotNull @Min(EngagementTerms.MIN_CONTRACT_MONTHS) @Max(EngagementTerms.MAX_CONTRACT_MONTHS) Integer contractMonths,
			@Nullable @Min(0) @Max(EngagementTerms.MAX_ONBOARDING_HOURS) Integer onboardingHours,
			@Nullable @Min(0) @Max(EngagementTerms.MAX_ONBOARDING_BUDGET) Long onboardingBudgetEur,
			@Nullable @Min(1) @Max(EngagementTerms.MAX_PAYBACK_MONTH) Integer expectedPaybackMonth,
			@Nullable @PlainText(multiline = true) @Size(max = EngagementTerms.MAX_TEXT) String learningPlan,
			@Nullable @PlainText(multiline = true) @Size(max = EngagementTerms.MAX_TEXT) String description,
			@Nullable @Valid List<@NotNull GoalJson> goals,
			@Valid BusinessCaseApi.@Nullable BusinessCaseRequest businessCase) {

		List<GoalJson> goalsOrNone() {
			return (this.goals != null) ? this.goals : List.of();
		}

	}

	/**
	 * What checked terms mean: where the journey stands today, the dates of every phase,
	 * the flags, and the month the business case plans to pay back.
	 */
	record PreviewJson(PlacementJson placement, List<PhaseJson> phases, Map<Severity, Long> flagCounts,
			List<FlagJson> flags, boolean businessCase, @Nullable Integer plannedPaybackMonth) {
	}

	/** A phase after go-live: its first day and the first day of the next one. */
	record PhaseJson(Phase phase, LocalDate start, @Nullable LocalDate end) {
	}

	record GoalJson(@NotNull GoalType type, @NotNull @Min(Goal.MIN_MONTH) @Max(Goal.MAX_MONTH) Integer targetMonth,
			@Nullable @PlainText @Size(max = Goal.MAX_DESCRIPTION) String description) {
	}

	record PlacementJson(Phase phase, @Nullable LocalDate phaseStart, @Nullable LocalDate nextPhaseStart,
			int monthOfJourney, @Nullable Integer dayInPhase, @Nullable Integer daysToNextPhase,
			@Nullable Integer progressPercent) {
	}

	record FlagJson(FlagCode code, Severity severity, int tip, String message, boolean acknowledged) {
	}

	record EngagementDetail(Long id, long version, String name, Long clientOrganisationId, String clientOrganisation,
			Long partnerOrganisationId, String partnerOrganisation, LocalDate goLiveDate, ContractModel contractModel,
			int contractMonths, @Nullable Integer onboardingHours, @Nullable Long onboardingBudgetEur,
			@Nullable Integer expectedPaybackMonth, @Nullable String learningPlan, @Nullable String description,
			Set<ServiceChannel> channels, List<GoalJson> goals, Phase phase, PlacementJson placement,
			Map<Severity, Long> flagCounts, List<FlagJson> flags, Stage stage, @Nullable String service) {
	}

	record ActualJson(int month, BigDecimal value, Judgement judgement) {
	}

	record KpiJson(Long id, String name, @Nullable String unit, KpiKind kind, Direction direction, BigDecimal baseline,
			BigDecimal target, int targetMonth, BigDecimal allowedDipPercent, List<ActualJson> actuals) {
	}

	/** A KPI as a client creates it; the kind's default dip when none is given. */
	record KpiRequest(@NotBlank @Size(max = Kpi.MAX_NAME) @PlainText String name,
			@Nullable @Size(max = Kpi.MAX_UNIT) @PlainText String unit, @NotNull KpiKind kind,
			@NotNull Direction direction,
			@NotNull @Measurement @DecimalMin(Kpi.MIN_VALUE_TEXT) @DecimalMax(Kpi.MAX_VALUE_TEXT) BigDecimal baseline,
			@NotNull @Measurement @DecimalMin(Kpi.MIN_VALUE_TEXT) @DecimalMax(Kpi.MAX_VALUE_TEXT) BigDecimal target,
			@NotNull @Min(1) @Max(120) Integer targetMonth,
			@Nullable @Measurement @DecimalMin("0") @DecimalMax("100") BigDecimal allowedDipPercent) {

		Kpi.Settings settings() {
			return new Kpi.Settings(this.name, this.unit, this.kind, this.direction, this.baseline, this.target,
					this.targetMonth, (this.allowedDipPercent != null) ? this.allowedDipPercent
							: BigDecimal.valueOf(this.kind.defaultDipPercent()));
		}

	}

	record ActualRequest(@NotNull @Min(1) @Max(Kpi.MAX_MONTH) Integer month,
			@NotNull @Measurement @DecimalMin(value = Kpi.MIN_VALUE_TEXT,
					inclusive = false) @DecimalMax(value = Kpi.MAX_VALUE_TEXT, inclusive = false) BigDecimal value) {
	}

	record RecordedActualJson(int month, BigDecimal value, Judgement judgement, @Nullable Double expectedLow,
			@Nullable Double expectedHigh) {
	}

	/** A field that failed validation, for the problem details. */
	record FieldError(String field, String message) {
	}

}
