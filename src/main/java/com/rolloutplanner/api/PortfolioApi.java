package com.rolloutplanner.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.businesscase.PaybackState;
import com.rolloutplanner.commitments.GateType;
import com.rolloutplanner.listing.ListingFilter;
import com.rolloutplanner.listing.ListingGroup;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.portfolio.Portfolio;
import com.rolloutplanner.portfolio.PortfolioQuery;
import com.rolloutplanner.system.TimeSource;

/**
 * The portfolio by its API: the lanes of the visible journeys lined up by go-live, with
 * the same filters, orders and groups as the page, a page at a time.
 */
@RestController
@RequestMapping("/api")
public class PortfolioApi {

	private final Portfolio portfolio;

	private final TimeSource time;

	PortfolioApi(Portfolio portfolio, TimeSource time) {
		this.portfolio = portfolio;
		this.time = time;
	}

	/** A month of a lane: how its KPIs stood. */
	record LaneMonthJson(int month, String state) {
	}

	/**
	 * One journey's lane: where it stands on the date (month of the journey and phase;
	 * none for a proposal), its completed months, its gates by state, its planned and
	 * projected payback months, its open critical flags and escalated issues.
	 */
	record LaneJson(Long id, String name, String client, String partner, LocalDate goLive, String stage,
			@Nullable Integer monthOfJourney, @Nullable Phase phase, List<LaneMonthJson> months,
			List<GateType> gatesPassed, List<GateType> gatesOverdue, @Nullable Integer plannedPaybackMonth,
			@Nullable Integer projectedPaybackMonth, long openCriticalFlags, long escalatedIssues) {
	}

	@GetMapping("/portfolio")
	@ApiResponse(responseCode = "200",
			description = "A page of the lanes of the visible journeys lined up by go-live (page from 0, size 1 to 200, "
					+ "default 50): each month completed by the date with how its KPIs stood (below, expected, better "
					+ "or none), the gates passed and overdue, the payback months. The dashboard's filters (phase, "
					+ "flags=critical, due=overdue, payback, stage=PROPOSAL); sort=goLive (default), attention, payback "
					+ "(the longest delay first) or kpis; group=client or partner. The total in X-Total-Count, the "
					+ "pages in Link.")
	ResponseEntity<List<LaneJson>> lanes(@RequestParam(required = false) String asOf,
			@RequestParam(required = false) String phase, @RequestParam(required = false) String flags,
			@RequestParam(required = false) String due, @RequestParam(required = false) String payback,
			@RequestParam(required = false) String stage, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String group, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @AuthenticationPrincipal CurrentUser user) {
		LocalDate date = ApiDates.asOf(asOf, this.time);
		ApiPaging paging = ApiPaging.of(page, size);
		PortfolioQuery query = query(ApiFilters.of(phase, flags, due, payback, stage), sort, group, paging.page() + 1,
				asOf);
		Portfolio.Page lanes = this.portfolio.lanes(user.access(), query, date, paging.size(), false);
		List<LaneJson> body = lanes.lanes().stream().map(PortfolioApi::json).toList();
		return ResponseEntity.ok()
			.headers(paging
				.headers(new PageImpl<>(body, PageRequest.of(paging.page(), paging.size()), lanes.matching())))
			.body(body);
	}

	/**
	 * The page's query from the API's checked parameters; an unknown order or group is
	 * refused.
	 */
	static PortfolioQuery query(ListingFilter filter, String sort, String group, int page, String asOf) {
		if (sort != null && !List.of("goLive", "attention", "payback", "kpis").contains(sort)) {
			throw ApiException.badRequest("sort", "api.field.portfolioSort");
		}
		ListingGroup grouping = ListingGroup.NONE;
		if (group != null) {
			grouping = switch (group) {
				case "client" -> ListingGroup.CLIENT;
				case "partner" -> ListingGroup.PARTNER;
				default -> throw ApiException.badRequest("group", "api.field.portfolioGroup");
			};
		}
		return new PortfolioQuery(filter.phase(), filter.proposals(), filter.criticalOnly(), filter.overdueOnly(),
				PaybackState.named(filter.payback()), (sort != null) ? sort : "goLive", grouping, page, asOf);
	}

	private static LaneJson json(Portfolio.Lane lane) {
		var e = lane.engagement();
		boolean proposal = e.isProposal();
		return new LaneJson(e.id(), e.name(), e.clientName(), e.partnerName(), e.goLiveDate(), e.stage(),
				proposal ? null : lane.placement().monthOfJourney(), proposal ? null : lane.placement().phase(),
				lane.cells().stream().map((cell) -> new LaneMonthJson(cell.month(), cell.state())).toList(),
				gates(lane, "passed"), gates(lane, "overdue"), e.portfolio().plannedPayback(),
				e.portfolio().projectedPayback(), e.openCritical(), e.portfolio().escalatedIssues());
	}

	private static List<GateType> gates(Portfolio.Lane lane, String state) {
		return lane.gates()
			.stream()
			.filter((gate) -> gate.state().equals(state))
			.map(Portfolio.GateMark::type)
			.toList();
	}

}
