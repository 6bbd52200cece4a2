package com.rolloutplanner.api;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.businesscase.BusinessCaseMissingException;
import com.rolloutplanner.businesscase.BusinessCaseTerms;
import com.rolloutplanner.businesscase.BusinessCaseView;
import com.rolloutplanner.businesscase.BusinessCases;
import com.rolloutplanner.businesscase.CostModel;
import com.rolloutplanner.businesscase.PaybackCurve;
import com.rolloutplanner.businesscase.PaybackState;

/**
 * The business case of an engagement through the API: its terms, its monthly actuals and
 * the computed curve, with the same access rules as the pages.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class BusinessCaseApi {

	private final BusinessCases cases;

	BusinessCaseApi(BusinessCases cases) {
		this.cases = cases;
	}

	@GetMapping("/engagements/{id}/business-case")
	@ApiResponse(responseCode = "200", description = "The business case, its actuals and its computed curve.")
	BusinessCaseJson read(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		return json(this.cases.view(id, user.access()).orElseThrow(() -> new BusinessCaseMissingException(id)));
	}

	@PutMapping(path = "/engagements/{id}/business-case", consumes = "application/json")
	@ApiResponse(responseCode = "200", description = "Replaced; the business case as it now is.")
	@ApiResponse(responseCode = "201", description = "Created (no version sent and none existed).")
	@ApiResponse(responseCode = "409", description = "Changed by someone else after the version sent.")
	ResponseEntity<BusinessCaseJson> save(@PathVariable Long id, @Valid @RequestBody BusinessCaseRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		boolean existed = this.cases.view(id, user.access()).isPresent();
		if (!existed && request.version() != null) {
			throw ApiException.badRequest("version", "api.businessCase.noneYet");
		}
		this.cases.save(id, request.version(), request.terms(), user);
		BusinessCaseJson saved = json(this.cases.view(id, user.access()).orElseThrow());
		return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED).body(saved);
	}

	@PostMapping(path = "/engagements/{id}/business-case/actuals", consumes = "application/json")
	@ApiResponse(responseCode = "200",
			description = "Recorded (or replaced) the month; the business case as it now is.")
	@ApiResponse(responseCode = "409", description = "Someone recorded the same month at the same moment; retry.")
	BusinessCaseJson record(@PathVariable Long id, @Valid @RequestBody CostActualRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		this.cases.record(id, request.month(), request.cost().setScale(2),
				(request.benefit() != null) ? request.benefit().setScale(2) : BigDecimal.ZERO.setScale(2),
				user.access(), user.signature());
		return json(this.cases.view(id, user.access()).orElseThrow());
	}

	private static BusinessCaseJson json(BusinessCaseView view) {
		BusinessCaseTerms t = view.terms();
		PaybackCurve.Curve curve = view.curve();
		return new BusinessCaseJson(view.engagementId(), view.version(), t.currency(), plain(t.baselineMonthlyCost()),
				t.monthlyContacts(), t.costModel(),
				new PlannedCosts(plain(t.costStartUp()), plain(t.costLearning()), plain(t.costEstablished()),
						plain(t.costContinuous())),
				plain(t.plannedMonthlyBenefit()),
				new InvestmentsJson(
						(view.onboarding().budget() != null) ? BigDecimal.valueOf(view.onboarding().budget()) : null,
						view.onboarding().hours(), plain(t.hourlyRate()), plain(t.transitionCosts()),
						plain(view.totalInvestment())),
				view.actuals()
					.stream()
					.map((a) -> new CostActualJson(a.month(), plain(a.cost()), plain(a.benefit())))
					.toList(),
				curve.plannedPaybackMonth(), curve.projectedPaybackMonth(), curve.state(),
				new WhatIf(curve.longerDipPaybackMonth(), curve.deeperDipPaybackMonth()),
				curve.rows()
					.stream()
					.map((r) -> new CurvePoint(r.month(), plain(r.planned()), plain(r.actual()), plain(r.projected())))
					.toList());
	}

	private static BigDecimal plain(BigDecimal value) {
		// 60000.00 is written as 60000, not as 6E+4
		return (value != null) ? new BigDecimal(value.stripTrailingZeros().toPlainString()) : null;
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
	@interface Amount {

		String message() default "{businessCase.amount.invalid}";

		Class<?>[] groups() default {};

		Class<? extends jakarta.validation.Payload>[] payload() default {};

	}

	/**
	 * The planned monthly cost of each phase, named as the phases are (so that an error
	 * names the field as it was sent).
	 */
	record PlannedCosts(@NotNull @Amount BigDecimal START_UP, @NotNull @Amount BigDecimal LEARNING,
			@NotNull @Amount BigDecimal ESTABLISHED, @NotNull @Amount BigDecimal CONTINUOUS_DEVELOPMENT) {
	}

	/**
	 * What a client sends of the one-off investments: the rate an onboarding hour costs
	 * and the transition costs. The onboarding hours and budget are the engagement's
	 * terms ({@code onboardingHours}, {@code onboardingBudgetEur} of the engagement).
	 */
	record Investments(
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
	 * The one-off investments as the case counts them: the engagement's onboarding budget
	 * and hours (read from its terms), the hourly rate, the transition costs and the
	 * total.
	 */
	record InvestmentsJson(@Nullable BigDecimal onboardingBudget, @Nullable Integer onboardingHours,
			BigDecimal hourlyRate, BigDecimal transitionCosts, BigDecimal total) {
	}

	/**
	 * What a client sends to create or replace a business case; optional amounts count as
	 * zero, the currency is EUR unless given.
	 */
	record BusinessCaseRequest(@Nullable Long version,
			@Nullable @Pattern(regexp = "[A-Z]{3}", message = "{businessCase.currency.invalid}") String currency,
			@NotNull @Amount BigDecimal baselineMonthlyCost,
			@Nullable @Min(0) @Max(BusinessCaseTerms.MAX_CONTACTS) Integer monthlyContacts,
			@NotNull @Valid PlannedCosts plannedMonthlyCost, @Nullable @Amount BigDecimal plannedMonthlyBenefit,
			@Nullable @Valid Investments investments) {

		BusinessCaseTerms terms() {
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

	record CostActualRequest(@NotNull @Min(1) @Max(PaybackCurve.SEARCH_LIMIT) Integer month,
			@NotNull @Amount BigDecimal cost, @Nullable @Amount BigDecimal benefit) {
	}

	record CostActualJson(int month, BigDecimal cost, BigDecimal benefit) {
	}

	record WhatIf(@Nullable Integer dipOneMonthLongerPaybackMonth, @Nullable Integer dipHalfAsDeepAgainPaybackMonth) {
	}

	record CurvePoint(int month, BigDecimal planned, @Nullable BigDecimal actual, @Nullable BigDecimal projected) {
	}

	record BusinessCaseJson(Long engagementId, long version, String currency, BigDecimal baselineMonthlyCost,
			@Nullable Integer monthlyContacts, CostModel costModel, PlannedCosts plannedMonthlyCost,
			BigDecimal plannedMonthlyBenefit, InvestmentsJson investments, List<CostActualJson> actuals,
			@Nullable Integer plannedPaybackMonth, @Nullable Integer projectedPaybackMonth, PaybackState paybackState,
			WhatIf whatIf, List<CurvePoint> curve) {
	}

}
