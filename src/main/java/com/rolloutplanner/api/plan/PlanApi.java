package com.rolloutplanner.api.plan;

import com.rolloutplanner.api.ApiDates;
import com.rolloutplanner.api.ApiException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.api.ApiModels.ActualJson;
import com.rolloutplanner.api.ApiModels.ActualRequest;
import com.rolloutplanner.api.ApiModels.GateJson;
import com.rolloutplanner.api.ApiModels.KpiJson;
import com.rolloutplanner.api.ApiModels.KpiRequest;
import com.rolloutplanner.api.ApiModels.RecordedActualJson;
import com.rolloutplanner.api.ApiModels.RoadmapItemJson;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiView;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.roadmap.ItemStatus;
import com.rolloutplanner.roadmap.RoadmapRow;
import com.rolloutplanner.roadmap.Roadmaps;
import com.rolloutplanner.system.TimeSource;

/**
 * The JSON API of an engagement's plan: its roadmap and gates on a date, its KPIs with
 * their actuals and judgements, and recording a month's actual.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
public class PlanApi {

	private final Engagements engagements;

	private final Kpis kpis;

	private final Roadmaps roadmaps;

	private final Commitments commitments;

	private final TimeSource time;

	private final MessageSource messages;

	PlanApi(Engagements engagements, Kpis kpis, Roadmaps roadmaps, Commitments commitments, TimeSource time,
			MessageSource messages) {
		this.engagements = engagements;
		this.kpis = kpis;
		this.roadmaps = roadmaps;
		this.commitments = commitments;
		this.time = time;
		this.messages = messages;
	}

	@GetMapping("/engagements/{id}/roadmap")
	List<RoadmapItemJson> roadmap(@PathVariable Long id, @RequestParam(required = false) String asOf,
			@AuthenticationPrincipal CurrentUser user) {
		LocalDate date = asOf(asOf);
		LocalDate goLive = this.engagements.parties(id, user.access()).goLive();
		return this.roadmaps.items(id, user)
			.stream()
			.map((item) -> RoadmapRow.of(item, goLive, date, this.messages))
			.map((row) -> new RoadmapItemJson(row.id(), row.title(), PhaseCalendar.place(goLive, row.dueDate()).phase(),
					row.ownerSide(), row.dueDate(), row.status() == ItemStatus.DONE, row.state()))
			.toList();
	}

	@GetMapping("/engagements/{id}/gates")
	List<GateJson> gates(@PathVariable Long id, @RequestParam(required = false) String asOf,
			@AuthenticationPrincipal CurrentUser user) {
		LocalDate date = asOf(asOf);
		return this.commitments.gates(id, user.access(), user.getOrganisationId(), date)
			.stream()
			.map((g) -> new GateJson(g.type(), g.dueDate(), g.isPassed(), g.state(),
					(g.client() != null) ? g.client().at() : null, (g.partner() != null) ? g.partner().at() : null))
			.toList();
	}

	@GetMapping("/engagements/{id}/kpis")
	List<KpiJson> kpis(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		return this.kpis.readAll(id, user.access(), (kpi) -> {
			KpiView view = KpiView.of(kpi, 0);
			return new KpiJson(kpi.getId(), kpi.getName(), kpi.getUnit(), kpi.getKind(), kpi.getDirection(),
					plain(kpi.getBaseline()), plain(kpi.getTarget()), kpi.getTargetMonth(),
					plain(kpi.getAllowedDipPercent()),
					view.rows()
						.stream()
						.map((r) -> new ActualJson(r.month(), plain(r.value()), r.judgement()))
						.toList());
		});
	}

	@PostMapping(path = "/engagements/{id}/kpis", consumes = "application/json")
	@ApiResponse(responseCode = "201", description = "Created; the KPI as stored, its id included.")
	ResponseEntity<KpiJson> addKpi(@PathVariable Long id, @Valid @RequestBody KpiRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		this.engagements.parties(id, user.access());
		if (!Kpi.targetNotWorseThanBaseline(request.direction(), request.baseline(), request.target())) {
			throw ApiException.badRequest("target", "kpi.target.worseThanBaseline");
		}
		if (this.kpis.nameTaken(id, request.name(), null)) {
			throw ApiException.badRequest("name", "kpi.name.taken");
		}
		Kpi kpi = this.kpis.add(id, request.settings(), user);
		return ResponseEntity.created(URI.create("/api/engagements/" + id + "/kpis/" + kpi.getId()))
			.body(new KpiJson(kpi.getId(), kpi.getName(), kpi.getUnit(), kpi.getKind(), kpi.getDirection(),
					plain(kpi.getBaseline()), plain(kpi.getTarget()), kpi.getTargetMonth(),
					plain(kpi.getAllowedDipPercent()), List.of()));
	}

	@PostMapping(path = "/engagements/{id}/kpis/{kpiId}/actuals", consumes = "application/json")
	@ApiResponse(responseCode = "200", description = "Recorded (or replaced) the month's actual, with its judgement.")
	@ApiResponse(responseCode = "409", description = "Someone recorded the same month at the same moment; retry.")
	RecordedActualJson record(@PathVariable Long id, @PathVariable Long kpiId,
			@Valid @RequestBody ActualRequest request, @AuthenticationPrincipal CurrentUser user) {
		Kpis.RecordedActual recorded = this.kpis.record(id, kpiId, request.month(), request.value(), user.access(),
				user.signature());
		return new RecordedActualJson(recorded.month(), plain(recorded.value()), recorded.judgement(),
				recorded.expectedLow(), recorded.expectedHigh());
	}

	private LocalDate asOf(String value) {
		return ApiDates.asOf(value, this.time);
	}

	/** 60.0000 is written as 60, not as 6E+1. */
	private static BigDecimal plain(BigDecimal value) {
		return (value != null) ? new BigDecimal(value.stripTrailingZeros().toPlainString()) : null;
	}

}
