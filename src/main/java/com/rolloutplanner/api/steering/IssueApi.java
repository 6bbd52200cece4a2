package com.rolloutplanner.api.steering;

import com.rolloutplanner.api.ApiException;
import com.rolloutplanner.api.ApiPaging;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.issue.EscalationTier;
import com.rolloutplanner.issue.IssueSeverity;
import com.rolloutplanner.issue.IssueView;
import com.rolloutplanner.issue.Issues;
import com.rolloutplanner.issue.ResponseTimes;
import com.rolloutplanner.input.FieldProblem;
import com.rolloutplanner.risk.Risks;
import com.rolloutplanner.risk.RiskTerms;
import com.rolloutplanner.risk.RiskView;
import com.rolloutplanner.risk.RiskStatus;

/**
 * The logs of an engagement: the issues with their response clocks and the promised
 * response times, the risks; written as the caller, listed paged.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
public class IssueApi {

	private final Issues issues;

	private final ResponseTimes responseTimes;

	private final Risks risks;

	private final ZoneId zone;

	IssueApi(Issues issues, ResponseTimes responseTimes, Risks risks, java.time.Clock clock) {
		this.issues = issues;
		this.responseTimes = responseTimes;
		this.risks = risks;
		this.zone = clock.getZone();
	}

	/** An issue to raise. */
	public record IssueRequest(@Nullable String title, @Nullable String description, @Nullable IssueSeverity severity,
			@Nullable Side ownerSide) {
	}

	/** A response to an issue, or its resolution. */
	public record IssueTextRequest(@Nullable String text) {
	}

	/**
	 * An issue: when its response is due and its tier now; the response and the
	 * resolution once given.
	 */
	public record IssueJson(long id, String title, @Nullable String description, IssueSeverity severity,
			Side raisedSide, String raisedBy, Side ownerSide, OffsetDateTime raisedAt, OffsetDateTime responseDue,
			OffsetDateTime executiveDue, EscalationTier tier, boolean open, @Nullable String response,
			@Nullable String respondedBy, @Nullable OffsetDateTime respondedAt, @Nullable String resolution,
			@Nullable String resolvedBy, @Nullable OffsetDateTime resolvedAt) {
	}

	@GetMapping("/engagements/{id}/issues")
	@ApiResponse(responseCode = "200",
			description = "A page of the issues, open ones first and among them those awaiting a response by when "
					+ "it is due (page from 0, size 1 to 200, default 50); the total in X-Total-Count, the first, "
					+ "previous, next and last pages in Link (RFC 8288).")
	@Operation(description = "The issues of an engagement; open=true for open ones only, tier=OPERATIONAL, "
			+ "STEERING_GROUP or EXECUTIVE for those in front of that tier now.")
	ResponseEntity<List<IssueJson>> issues(@PathVariable Long id, @RequestParam(required = false) String open,
			@RequestParam(required = false) String tier, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @AuthenticationPrincipal CurrentUser user) {
		ApiPaging paging = ApiPaging.of(page, size);
		boolean openOnly = openOnly(open);
		EscalationTier shown = null;
		if (tier != null) {
			shown = Arrays.stream(EscalationTier.values())
				.filter((t) -> t.name().equals(tier))
				.findFirst()
				.orElseThrow(() -> ApiException.badRequest("tier", "api.issues.tier"));
		}
		Page<IssueView> found = this.issues.issues(id, user.access(), openOnly, shown, paging.page(), paging.size());
		return ResponseEntity.ok().headers(paging.headers(found)).body(found.map(this::json).getContent());
	}

	@GetMapping("/engagements/{id}/issues/{issueId}")
	IssueJson issue(@PathVariable Long id, @PathVariable Long issueId, @AuthenticationPrincipal CurrentUser user) {
		return json(this.issues.issue(id, issueId, user.access()));
	}

	@PostMapping(path = "/engagements/{id}/issues", consumes = "application/json")
	@ApiResponse(responseCode = "201", description = "Raised; Location names the new issue.")
	@Operation(description = "Raises an issue as the caller, for the side that responds (ownerSide CLIENT or "
			+ "PARTNER): a title of at most 200 characters, a description of at most 4000, a severity; the response "
			+ "is due under the promised response time for the severity.")
	ResponseEntity<IssueJson> raise(@PathVariable Long id, @RequestBody IssueRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		ApiException.refuse(this.issues.checkIssue(id, request.title(), request.description(), request.severity(),
				request.ownerSide(), user));
		IssueView raised = this.issues.raise(id, request.title(), request.description(), request.severity(),
				request.ownerSide(), user);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{issueId}")
			.buildAndExpand(raised.id())
			.toUri();
		return ResponseEntity.created(location).body(json(raised));
	}

	@PostMapping(path = "/engagements/{id}/issues/{issueId}/response", consumes = "application/json")
	@Operation(description = "The first response of the side the issue was raised for: it stops the clock.")
	IssueJson respond(@PathVariable Long id, @PathVariable Long issueId, @RequestBody IssueTextRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		ApiException.refuse(this.issues.checkStep(id, issueId, request.text(), false, user));
		return json(this.issues.respond(id, issueId, request.text(), user));
	}

	@PostMapping(path = "/engagements/{id}/issues/{issueId}/resolution", consumes = "application/json")
	@Operation(description = "Resolves an open issue, by either side; it keeps its times.")
	IssueJson resolve(@PathVariable Long id, @PathVariable Long issueId, @RequestBody IssueTextRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		ApiException.refuse(this.issues.checkStep(id, issueId, request.text(), true, user));
		return json(this.issues.resolve(id, issueId, request.text(), user));
	}

	@GetMapping("/engagements/{id}/response-times")
	@Operation(description = "The promised response time of each severity in ISO 8601: hours for CRITICAL "
			+ "(PT4H), working days for the others (P1D).")
	Map<IssueSeverity, String> responseTimes(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		return ResponseTimes.written(this.responseTimes.promises(id, user.access()));
	}

	@PutMapping(path = "/engagements/{id}/response-times", consumes = "application/json")
	@Operation(description = "Sets every severity's promised response time: CRITICAL in whole hours (PT1H to "
			+ "PT720H), the others in working days (P1D to P30D). Applies to issues raised afterwards.")
	Map<IssueSeverity, String> changeResponseTimes(@PathVariable Long id, @RequestBody Map<String, String> request,
			@AuthenticationPrincipal CurrentUser user) {
		Map<IssueSeverity, String> typed = new EnumMap<>(IssueSeverity.class);
		for (Map.Entry<String, String> entry : request.entrySet()) {
			IssueSeverity severity = Arrays.stream(IssueSeverity.values())
				.filter((s) -> s.name().equals(entry.getKey()))
				.findFirst()
				.orElseThrow(() -> ApiException.badRequest(String.valueOf(entry.getKey()), "api.issues.severity"));
			typed.put(severity, entry.getValue());
		}
		List<FieldProblem> problems = this.responseTimes.checkPromiseChange(id, typed, user);
		if (!problems.isEmpty() && problems.get(0).field() == null) {
			throw new ApiException(HttpStatus.FORBIDDEN,
					List.of(new ApiException.Rejected(null, problems.get(0).code(), new Object[0])));
		}
		ApiException.refuse(problems);
		this.responseTimes.changePromises(id, typed, user);
		return ResponseTimes.written(this.responseTimes.promises(id, user.access()));
	}

	/** A risk to add. */
	public record RiskRequest(@Nullable String title, @Nullable Integer likelihood, @Nullable Integer impact,
			@Nullable Side ownerSide, @Nullable String mitigation, @Nullable LocalDate reviewDate) {
	}

	/** The issue a risk becomes when it happens. */
	public record HappenedRequest(@Nullable IssueSeverity severity, @Nullable Side ownerSide) {
	}

	/** A risk: its score, review and status; the issue it became, if it happened. */
	public record RiskJson(long id, String title, int likelihood, int impact, int score, Side ownerSide,
			@Nullable String mitigation, LocalDate reviewDate, RiskStatus status, @Nullable Long issueId,
			String createdBy, OffsetDateTime createdAt) {
	}

	@GetMapping("/engagements/{id}/risks")
	@ApiResponse(responseCode = "200",
			description = "A page of the risks, open ones first, the highest score "
					+ "first (page from 0, size 1 to 200, default 50); the total in X-Total-Count, the pages in Link.")
	@Operation(description = "The risks of an engagement; open=true for open ones only.")
	ResponseEntity<List<RiskJson>> risks(@PathVariable Long id, @RequestParam(required = false) String open,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@AuthenticationPrincipal CurrentUser user) {
		ApiPaging paging = ApiPaging.of(page, size);
		Page<RiskView> found = this.risks.risks(id, user.access(), openOnly(open), paging.page(), paging.size());
		return ResponseEntity.ok().headers(paging.headers(found)).body(found.map(this::json).getContent());
	}

	@GetMapping("/engagements/{id}/risks/{riskId}")
	RiskJson risk(@PathVariable Long id, @PathVariable Long riskId, @AuthenticationPrincipal CurrentUser user) {
		return json(this.risks.risk(id, riskId, user.access()));
	}

	@PostMapping(path = "/engagements/{id}/risks", consumes = "application/json")
	@ApiResponse(responseCode = "201", description = "Added; Location names the new risk.")
	@Operation(description = "Adds a risk as the caller: a title of at most 200 characters, likelihood and impact "
			+ "1-5, the owner side, a mitigation of at most 4000 characters, the next review date.")
	ResponseEntity<RiskJson> addRisk(@PathVariable Long id, @RequestBody RiskRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		ApiException.refuse(this.risks.check(id, request.title(), request.likelihood(), request.impact(),
				request.ownerSide(), request.mitigation(), request.reviewDate(), user));
		RiskView added = this.risks.add(id, new RiskTerms(request.title(), request.likelihood(), request.impact(),
				request.ownerSide(), request.mitigation(), request.reviewDate(), null), user);
		return ResponseEntity.created(
				ServletUriComponentsBuilder.fromCurrentRequest().path("/{riskId}").buildAndExpand(added.id()).toUri())
			.body(json(added));
	}

	@PostMapping(path = "/engagements/{id}/risks/{riskId}/happened", consumes = "application/json")
	@ApiResponse(responseCode = "201", description = "The risk is closed; the issue it became, its Location.")
	@Operation(description = "The risk happened: it becomes an issue of its title for the side that responds.")
	ResponseEntity<IssueJson> happened(@PathVariable Long id, @PathVariable Long riskId,
			@RequestBody HappenedRequest request, @AuthenticationPrincipal CurrentUser user) {
		ApiException.refuse(this.risks.checkHappened(id, riskId, request.severity(), request.ownerSide(), user));
		IssueView issue = this.risks.happened(id, riskId, request.severity(), request.ownerSide(), user);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/api/engagements/{id}/issues/{issueId}")
				.buildAndExpand(id, issue.id())
				.toUri())
			.body(json(issue));
	}

	static boolean openOnly(String open) {
		if (open != null && !open.equals("true") && !open.equals("false")) {
			throw ApiException.badRequest("open", "api.issues.open");
		}
		return "true".equals(open);
	}

	private RiskJson json(RiskView r) {
		RiskTerms t = r.terms();
		return new RiskJson(r.id(), t.title(), t.likelihood(), t.impact(), t.score(), t.ownerSide(), t.mitigation(),
				t.reviewDate(), t.status(), r.issueId(), r.createdBy(), time(r.createdAt()));
	}

	private IssueJson json(IssueView i) {
		return new IssueJson(i.id(), i.title(), i.description(), i.severity(), i.raisedSide(), i.raisedBy(),
				i.ownerSide(), time(i.raisedAt()), time(i.responseDue()), time(i.executiveDue()), i.tier(), i.open(),
				i.response(), i.respondedBy(), time(i.respondedAt()), i.resolution(), i.resolvedBy(),
				time(i.resolvedAt()));
	}

	private OffsetDateTime time(java.time.Instant instant) {
		return (instant != null) ? instant.atZone(this.zone).toOffsetDateTime() : null;
	}

}
