package com.rolloutplanner.api.plan;

import com.rolloutplanner.api.ApiModels.Amount;
import com.rolloutplanner.api.ApiModels.BusinessCaseRequest;
import com.rolloutplanner.api.ApiModels.PlannedCosts;
import com.rolloutplanner.api.ApiException;
import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
public class BusinessCaseApi {

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
	 * The one-off investments as the case counts them: the engagement's onboarding budget
	 * and hours (read from its terms), the hourly rate, the transition costs and the
	 * total.
	 */
	public record InvestmentsJson(@Nullable BigDecimal onboardingBudget, @Nullable Integer onboardingHours,
			BigDecimal hourlyRate, BigDecimal transitionCosts, BigDecimal total) {
	}

	public record CostActualRequest(@NotNull @Min(1) @Max(PaybackCurve.SEARCH_LIMIT) Integer month,
			@NotNull @Amount BigDecimal cost, @Nullable @Amount BigDecimal benefit) {
	}

	public record CostActualJson(int month, BigDecimal cost, BigDecimal benefit) {
	}

	public record WhatIf(@Nullable Integer dipOneMonthLongerPaybackMonth,
			@Nullable Integer dipHalfAsDeepAgainPaybackMonth) {
	}

	public record CurvePoint(int month, BigDecimal planned, @Nullable BigDecimal actual,
			@Nullable BigDecimal projected) {
	}

	public record BusinessCaseJson(Long engagementId, long version, String currency, BigDecimal baselineMonthlyCost,
			@Nullable Integer monthlyContacts, CostModel costModel, PlannedCosts plannedMonthlyCost,
			BigDecimal plannedMonthlyBenefit, InvestmentsJson investments, List<CostActualJson> actuals,
			@Nullable Integer plannedPaybackMonth, @Nullable Integer projectedPaybackMonth, PaybackState paybackState,
			WhatIf whatIf, List<CurvePoint> curve) {
	}

}
