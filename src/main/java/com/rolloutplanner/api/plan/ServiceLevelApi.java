package com.rolloutplanner.api.plan;

import com.rolloutplanner.api.ApiException;
import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.servicelevel.GlidePath;
import com.rolloutplanner.servicelevel.GlidePathRules;
import com.rolloutplanner.servicelevel.GlidePathRules.TypedStep;
import com.rolloutplanner.servicelevel.ServiceCredits;
import com.rolloutplanner.servicelevel.ServiceLevels;
import com.rolloutplanner.servicelevel.ServiceLevels.KpiLevel;

/**
 * The service level of each KPI (its glide path, credit and earn-back), the cap of an
 * engagement's monthly credits, and its service-credit table.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
public class ServiceLevelApi {

	private final ServiceLevels levels;

	ServiceLevelApi(ServiceLevels levels) {
		this.levels = levels;
	}

	/** A target from a month of the journey on. */
	public record StepJson(@Nullable Integer fromMonth, @Nullable BigDecimal target) {
	}

	/** A KPI's service level: its steps by month, its credit and its earn-back. */
	public record ServiceLevelJson(@Nullable List<StepJson> steps, @Nullable Integer creditPercent,
			@Nullable Integer earnBackMonths) {
	}

	public record CapJson(@Nullable Integer creditCapPercent) {
	}

	public record MonthJson(int month, BigDecimal fee, BigDecimal due, BigDecimal heldByHoliday, BigDecimal earnedBack,
			BigDecimal net, List<Long> missed) {
	}

	public record TotalsJson(BigDecimal due, BigDecimal heldByHoliday, BigDecimal earnedBack, BigDecimal net) {
	}

	/**
	 * The credits: {@code currency} is {@code null} without a business case, and every
	 * amount is then a percentage of the month's fee.
	 */
	public record CreditsJson(@Nullable String currency, int creditCapPercent, List<MonthJson> months,
			TotalsJson totals) {
	}

	@GetMapping("/engagements/{id}/kpis/{kpiId}/service-level")
	@Operation(description = "The KPI's glide path; 404 when none is agreed.")
	ServiceLevelJson serviceLevel(@PathVariable Long id, @PathVariable Long kpiId,
			@AuthenticationPrincipal CurrentUser user) {
		KpiLevel level = this.levels.level(id, kpiId, user.access());
		if (!level.agreed()) {
			throw new ApiException(HttpStatus.NOT_FOUND, List.of());
		}
		return json(level.path());
	}

	@PutMapping(path = "/engagements/{id}/kpis/{kpiId}/service-level", consumes = "application/json")
	@ApiResponse(responseCode = "200", description = "Agreed (or replaced); the service level as stored.")
	@ApiResponse(responseCode = "409", description = "Someone saved this service level at the same moment; retry.")
	@Operation(description = "Agrees (or replaces) the KPI's glide path: steps sorted by fromMonth (1-240, each "
			+ "later than the one before, 1-12 of them), targets within the KPI's value bounds, creditPercent 0-20, "
			+ "earnBackMonths 0-12. The months before the first step are the credit holiday.")
	ServiceLevelJson agree(@PathVariable Long id, @PathVariable Long kpiId, @RequestBody ServiceLevelJson request,
			@AuthenticationPrincipal CurrentUser user) {
		this.levels.level(id, kpiId, user.access());
		List<TypedStep> steps = (request.steps() != null) ? request.steps()
			.stream()
			.map((step) -> (step != null) ? new TypedStep(step.fromMonth(), step.target()) : null)
			.toList() : List.of();
		List<GlidePathRules.Problem> problems = GlidePathRules.check(steps, request.creditPercent(),
				request.earnBackMonths());
		if (steps.stream().anyMatch(java.util.Objects::isNull)) {
			problems = List.of(new GlidePathRules.Problem("steps", "serviceLevel.steps.required"));
		}
		if (!problems.isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST,
					problems.stream()
						.map((problem) -> new ApiException.Rejected(problem.field(), problem.code(), new Object[0]))
						.toList());
		}
		GlidePath path = GlidePathRules.path(steps, request.creditPercent(), request.earnBackMonths());
		this.levels.agree(id, kpiId, path, null, user);
		return json(path);
	}

	@DeleteMapping("/engagements/{id}/kpis/{kpiId}/service-level")
	@ApiResponse(responseCode = "204", description = "Removed.")
	ResponseEntity<Void> remove(@PathVariable Long id, @PathVariable Long kpiId,
			@AuthenticationPrincipal CurrentUser user) {
		if (!this.levels.remove(id, kpiId, user)) {
			throw new ApiException(HttpStatus.NOT_FOUND, List.of());
		}
		return ResponseEntity.noContent().build();
	}

	@PutMapping(path = "/engagements/{id}/service-credits/cap", consumes = "application/json")
	@ApiResponse(responseCode = "200", description = "Set; the cap as stored.")
	@ApiResponse(responseCode = "409", description = "Someone set the cap at the same moment; retry.")
	@Operation(description = "Sets the most the credits of one month may be, in percent of its fee (0-50).")
	CapJson cap(@PathVariable Long id, @RequestBody CapJson request, @AuthenticationPrincipal CurrentUser user) {
		this.levels.cap(id, user.access());
		if (!GlidePathRules.isCap(request.creditCapPercent())) {
			throw ApiException.badRequest("creditCapPercent", "serviceCredits.cap.range");
		}
		this.levels.cap(id, request.creditCapPercent(), user);
		return new CapJson(request.creditCapPercent());
	}

	@GetMapping("/engagements/{id}/service-credits")
	@Operation(description = "The service credits month by month, from month 1 to the last month with an actual of "
			+ "any KPI with a service level; earnedBack is the part of that month's credit returned by later months.")
	CreditsJson credits(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		ServiceLevels.Credits credits = this.levels.credits(id, user.access());
		ServiceCredits.Table table = credits.table();
		return new CreditsJson(credits.currency(), credits.capPercent(),
				table.months()
					.stream()
					.map((m) -> new MonthJson(m.month(), plain(m.fee()), plain(m.due()), plain(m.heldByHoliday()),
							plain(m.earnedBack()), plain(m.net()), m.missed()))
					.toList(),
				new TotalsJson(plain(table.due()), plain(table.heldByHoliday()), plain(table.earnedBack()),
						plain(table.net())));
	}

	private static ServiceLevelJson json(GlidePath path) {
		return new ServiceLevelJson(
				path.steps().stream().map((step) -> new StepJson(step.fromMonth(), plain(step.target()))).toList(),
				path.creditPercent(), path.earnBackMonths());
	}

	/** 60.0000 is written as 60, not as 6E+1. */
	private static BigDecimal plain(BigDecimal value) {
		return new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

}
