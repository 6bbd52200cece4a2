package com.rolloutplanner.api;

import com.rolloutplanner.businesscase.BusinessCaseTerms;
import com.rolloutplanner.businesscase.CostModel;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
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
public final class ApiModels {

	private ApiModels() {
	}

	public record OrganisationJson(Long id, String name) {
	}

	public record EngagementSummary(Long id, String name, LocalDate goLiveDate, Phase phase,
			Map<Severity, Long> flagCounts, @Nullable NextDueJson nextDue, long overdueCount,
			@Nullable PaybackState paybackState, Stage stage) {
	}

	/** The earliest open item of any kind on the date asked for. */
	public record NextDueJson(DueKind kind, String title, LocalDate dueDate, DueState state) {
	}

	public record RoadmapItemJson(Long id, String title, Phase phase, OwnerSide ownerSide, LocalDate dueDate,
			boolean done, DueState state) {
	}

	public record GateJson(GateType type, LocalDate dueDate, boolean passed, DueState state,
			@Nullable Instant clientSignedAt, @Nullable Instant partnerSignedAt) {
	}

	/**
	 * What a client sends to create an engagement, and (with its version) to replace one.
	 */
	public record EngagementRequest(@NotBlank @PlainText @Size(max = EngagementTerms.MAX_NAME) String name,
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

		public Set<ServiceChannel> channelsOrNone() {
			return (this.channels != null) ? this.channels : Set.of();
		}

		public List<GoalJson> goalsOrNone() {
			return (this.goals != null) ? this.goals : List.of();
		}

	}

	/**
	 * Terms to check without saving them: a new engagement's, or (with
	 * {@code engagementId}) changed terms of one the caller may see, with what its
	 * roadmap, KPIs and service levels add; a business case as typed replaces the saved
	 * one.
	 */
	public record PreviewRequest(@Nullable Long engagementId, @NotNull @DateInWindow LocalDate goLiveDate,
			@NotNull ContractModel contractModel,
			@NotNull @Min(EngagementTerms.MIN_CONTRACT_MONTHS) @Max(EngagementTerms.MAX_CONTRACT_MONTHS) Integer contractMonths,
			@Nullable @Min(0) @Max(EngagementTerms.MAX_ONBOARDING_HOURS) Integer onboardingHours,
			@Nullable @Min(0) @Max(EngagementTerms.MAX_ONBOARDING_BUDGET) Long onboardingBudgetEur,
			@Nullable @Min(1) @Max(EngagementTerms.MAX_PAYBACK_MONTH) Integer expectedPaybackMonth,
			@Nullable @PlainText(multiline = true) @Size(max = EngagementTerms.MAX_TEXT) String learningPlan,
			@Nullable @PlainText(multiline = true) @Size(max = EngagementTerms.MAX_TEXT) String description,
			@Nullable @Valid List<@NotNull GoalJson> goals, @Valid @Nullable BusinessCaseRequest businessCase) {

		public List<GoalJson> goalsOrNone() {
			return (this.goals != null) ? this.goals : List.of();
		}

	}

	/**
	 * What checked terms mean: where the journey stands today, the dates of every phase,
	 * the flags, and the month the business case plans to pay back.
	 */
	public record PreviewJson(PlacementJson placement, List<PhaseJson> phases, Map<Severity, Long> flagCounts,
			List<FlagJson> flags, boolean businessCase, @Nullable Integer plannedPaybackMonth) {
	}

	/** A phase after go-live: its first day and the first day of the next one. */
	public record PhaseJson(Phase phase, LocalDate start, @Nullable LocalDate end) {
	}

	public record GoalJson(@NotNull GoalType type,
			@NotNull @Min(Goal.MIN_MONTH) @Max(Goal.MAX_MONTH) Integer targetMonth,
			@Nullable @PlainText @Size(max = Goal.MAX_DESCRIPTION) String description) {
	}

	public record PlacementJson(Phase phase, @Nullable LocalDate phaseStart, @Nullable LocalDate nextPhaseStart,
			int monthOfJourney, @Nullable Integer dayInPhase, @Nullable Integer daysToNextPhase,
			@Nullable Integer progressPercent) {
	}

	public record FlagJson(FlagCode code, Severity severity, int tip, String message, boolean acknowledged) {
	}

	public record EngagementDetail(Long id, long version, String name, Long clientOrganisationId,
			String clientOrganisation, Long partnerOrganisationId, String partnerOrganisation, LocalDate goLiveDate,
			ContractModel contractModel, int contractMonths, @Nullable Integer onboardingHours,
			@Nullable Long onboardingBudgetEur, @Nullable Integer expectedPaybackMonth, @Nullable String learningPlan,
			@Nullable String description, Set<ServiceChannel> channels, List<GoalJson> goals, Phase phase,
			PlacementJson placement, Map<Severity, Long> flagCounts, List<FlagJson> flags, Stage stage,
			@Nullable String service) {
	}

	public record ActualJson(int month, BigDecimal value, Judgement judgement) {
	}

	public record KpiJson(Long id, String name, @Nullable String unit, KpiKind kind, Direction direction,
			BigDecimal baseline, BigDecimal target, int targetMonth, BigDecimal allowedDipPercent,
			List<ActualJson> actuals) {
	}

	/** A KPI as a client creates it; the kind's default dip when none is given. */
	public record KpiRequest(@NotBlank @Size(max = Kpi.MAX_NAME) @PlainText String name,
			@Nullable @Size(max = Kpi.MAX_UNIT) @PlainText String unit, @NotNull KpiKind kind,
			@NotNull Direction direction,
			@NotNull @Measurement @DecimalMin(Kpi.MIN_VALUE_TEXT) @DecimalMax(Kpi.MAX_VALUE_TEXT) BigDecimal baseline,
			@NotNull @Measurement @DecimalMin(Kpi.MIN_VALUE_TEXT) @DecimalMax(Kpi.MAX_VALUE_TEXT) BigDecimal target,
			@NotNull @Min(1) @Max(120) Integer targetMonth,
			@Nullable @Measurement @DecimalMin("0") @DecimalMax("100") BigDecimal allowedDipPercent) {

		public Kpi.Settings settings() {
			return new Kpi.Settings(this.name, this.unit, this.kind, this.direction, this.baseline, this.target,
					this.targetMonth, (this.allowedDipPercent != null) ? this.allowedDipPercent
							: BigDecimal.valueOf(this.kind.defaultDipPercent()));
		}

	}

	public record ActualRequest(@NotNull @Min(1) @Max(Kpi.MAX_MONTH) Integer month,
			@NotNull @Measurement @DecimalMin(value = Kpi.MIN_VALUE_TEXT,
					inclusive = false) @DecimalMax(value = Kpi.MAX_VALUE_TEXT, inclusive = false) BigDecimal value) {
	}

	public record RecordedActualJson(int month, BigDecimal value, Judgement judgement, @Nullable Double expectedLow,
			@Nullable Double expectedHigh) {
	}

	/** A field that failed validation, for the problem details. */
	public record FieldError(String field, String message) {
	}

	/**
	 * The planned monthly cost of each phase, named as the phases are (so that an error
	 * names the field as it was sent).
	 */
	public record PlannedCosts(@NotNull @Amount BigDecimal START_UP, @NotNull @Amount BigDecimal LEARNING,
			@NotNull @Amount BigDecimal ESTABLISHED, @NotNull @Amount BigDecimal CONTINUOUS_DEVELOPMENT) {
	}

	/**
	 * What a client sends of the one-off investments: the rate an onboarding hour costs
	 * and the transition costs. The onboarding hours and budget are the engagement's
	 * terms ({@code onboardingHours}, {@code onboardingBudgetEur} of the engagement).
	 */
	public record Investments(
			@Nullable @DecimalMin("0") @DecimalMax(value = "1e5", inclusive = false) @Digits(integer = 5,
					fraction = 2) BigDecimal hourlyRate,
			@Nullable @Amount BigDecimal transitionCosts, @Nullable BigDecimal total) {

		/** Sent, investments hold at least one figure; to say none, leave them out. */
		@com.fasterxml.jackson.annotation.JsonIgnore
		@jakarta.validation.constraints.AssertTrue(message = "{api.investments.empty}")
		public boolean isAnyGiven() {
			return this.hourlyRate != null || this.transitionCosts != null || this.total != null;
		}

	}

	/**
	 * What a client sends to create or replace a business case; optional amounts count as
	 * zero, the currency is EUR unless given.
	 */
	public record BusinessCaseRequest(@Nullable Long version,
			@Nullable @Pattern(regexp = "[A-Z]{3}", message = "{businessCase.currency.invalid}") String currency,
			@NotNull @Amount BigDecimal baselineMonthlyCost,
			@Nullable @Min(0) @Max(BusinessCaseTerms.MAX_CONTACTS) Integer monthlyContacts,
			@NotNull @Valid PlannedCosts plannedMonthlyCost, @Nullable @Amount BigDecimal plannedMonthlyBenefit,
			@Nullable @Valid Investments investments) {

		public BusinessCaseTerms terms() {
			Investments i = (this.investments != null) ? this.investments : new Investments(null, null, null);
			return new BusinessCaseTerms((this.currency != null) ? validCurrency(this.currency) : "EUR",
					money(this.baselineMonthlyCost), this.monthlyContacts, CostModel.PER_PHASE, null, null,
					money(this.plannedMonthlyCost.START_UP()), money(this.plannedMonthlyCost.LEARNING()),
					money(this.plannedMonthlyCost.ESTABLISHED()),
					money(this.plannedMonthlyCost.CONTINUOUS_DEVELOPMENT()), money(this.plannedMonthlyBenefit),
					money(i.hourlyRate()), money(i.transitionCosts()));
		}

		private static String validCurrency(String code) {
			try {
				return java.util.Currency.getInstance(code).getCurrencyCode();
			}
			catch (IllegalArgumentException ex) {
				throw ApiException.badRequest("currency", "businessCase.currency.invalid");
			}
		}

		private static BigDecimal money(@Nullable BigDecimal value) {
			return (value != null) ? value.setScale(2) : BigDecimal.ZERO.setScale(2);
		}

	}

	/**
	 * An amount the API accepts: at least 0, under a thousand million, at most two
	 * decimals.
	 */
	@java.lang.annotation.Target({ java.lang.annotation.ElementType.FIELD, java.lang.annotation.ElementType.PARAMETER,
			java.lang.annotation.ElementType.RECORD_COMPONENT, java.lang.annotation.ElementType.TYPE_USE })
	@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
	@jakarta.validation.Constraint(validatedBy = {})
	@DecimalMin("0")
	@DecimalMax(value = "1e9", inclusive = false)
	@Digits(integer = 9, fraction = 2)
	@jakarta.validation.ReportAsSingleViolation
	public @interface Amount {

		String message() default "{businessCase.amount.invalid}";

		Class<?>[] groups() default {};

		Class<? extends jakarta.validation.Payload>[] payload() default {};

	}

}
