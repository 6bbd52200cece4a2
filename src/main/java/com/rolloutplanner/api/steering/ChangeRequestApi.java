package com.rolloutplanner.api.steering;

import com.rolloutplanner.api.ApiException;
import com.rolloutplanner.api.ApiPaging;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.changerequest.ChangeRequests;
import com.rolloutplanner.changerequest.ChangeTerms;
import com.rolloutplanner.changerequest.ChangeRequestView;
import com.rolloutplanner.changerequest.ChangeStatus;
import com.rolloutplanner.changerequest.ChangeArea;

/**
 * The change requests of an engagement: asked for as the caller, decided by a decision of
 * one of its meetings, listed paged.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
public class ChangeRequestApi {

	private final ChangeRequests changeRequests;

	private final ZoneId zone;

	ChangeRequestApi(ChangeRequests changeRequests, java.time.Clock clock) {
		this.changeRequests = changeRequests;
		this.zone = clock.getZone();
	}

	/** A change request to make. */
	public record ChangeRequestJson(@Nullable ChangeArea area, @Nullable String title, @Nullable String description,
			@Nullable String costEffect, @Nullable String timeEffect, @Nullable String kpiEffect) {
	}

	/** The meeting decision that decides a change request, and its outcome. */
	public record DecisionRequest(@Nullable Long decisionId, @Nullable Boolean approved) {
	}

	/** A change request and, once decided, the decision that decided it. */
	public record ChangeJson(long id, ChangeArea area, String title, @Nullable String description,
			@Nullable String costEffect, @Nullable String timeEffect, @Nullable String kpiEffect, Side requestedSide,
			String requestedBy, OffsetDateTime requestedAt, ChangeStatus status, @Nullable Long decisionId,
			@Nullable String decision, @Nullable OffsetDateTime decidedAt) {
	}

	@GetMapping("/engagements/{id}/changes")
	@ApiResponse(responseCode = "200",
			description = "A page of the change requests, those waiting for a decision "
					+ "first (page from 0, size 1 to 200, default 50); the total in X-Total-Count, the pages in Link.")
	@Operation(description = "The change requests of an engagement; open=true for those waiting for a decision.")
	ResponseEntity<List<ChangeJson>> changes(@PathVariable Long id, @RequestParam(required = false) String open,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@AuthenticationPrincipal CurrentUser user) {
		ApiPaging paging = ApiPaging.of(page, size);
		Page<ChangeRequestView> found = this.changeRequests.changes(id, user.access(), IssueApi.openOnly(open),
				paging.page(), paging.size());
		return ResponseEntity.ok().headers(paging.headers(found)).body(found.map(this::json).getContent());
	}

	@GetMapping("/engagements/{id}/changes/{changeId}")
	ChangeJson change(@PathVariable Long id, @PathVariable Long changeId, @AuthenticationPrincipal CurrentUser user) {
		return json(this.changeRequests.change(id, changeId, user.access()));
	}

	@PostMapping(path = "/engagements/{id}/changes", consumes = "application/json")
	@ApiResponse(responseCode = "201", description = "Asked for; Location names the new change request.")
	@Operation(description = "Asks for a change as the caller: its area (SCOPE, VOLUME, CHANNEL, KPI_TARGET, "
			+ "TIMELINE, SERVICE_LEVEL), a title of at most 200 characters, a description of at most 4000, the "
			+ "expected effect on cost, time and the KPIs (each at most 500).")
	ResponseEntity<ChangeJson> requestChange(@PathVariable Long id, @RequestBody ChangeRequestJson request,
			@AuthenticationPrincipal CurrentUser user) {
		ChangeTerms terms = new ChangeTerms(request.area(), request.title(), request.description(),
				request.costEffect(), request.timeEffect(), request.kpiEffect());
		ApiException.refuse(this.changeRequests.check(id, terms, user));
		ChangeRequestView requested = this.changeRequests.request(id, terms, user);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest()
				.path("/{changeId}")
				.buildAndExpand(requested.id())
				.toUri())
			.body(json(requested));
	}

	@PostMapping(path = "/engagements/{id}/changes/{changeId}/decision", consumes = "application/json")
	@Operation(description = "Records that a decision of one of the engagement's meetings approved or rejected "
			+ "the change request.")
	ChangeJson decide(@PathVariable Long id, @PathVariable Long changeId, @RequestBody DecisionRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		ApiException
			.refuse(this.changeRequests.checkDecision(id, changeId, request.decisionId(), request.approved(), user));
		return json(this.changeRequests.decide(id, changeId, request.decisionId(), request.approved(), user));
	}

	private ChangeJson json(ChangeRequestView c) {
		return new ChangeJson(c.id(), c.area(), c.title(), c.description(), c.costEffect(), c.timeEffect(),
				c.kpiEffect(), c.requestedSide(), c.requestedBy(), time(c.requestedAt()), c.status(),
				(c.decision() != null) ? c.decision().id() : null, c.decisionText(), time(c.decidedAt()));
	}

	private OffsetDateTime time(java.time.Instant instant) {
		return (instant != null) ? instant.atZone(this.zone).toOffsetDateTime() : null;
	}

}
