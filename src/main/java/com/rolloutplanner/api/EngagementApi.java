package com.rolloutplanner.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import com.rolloutplanner.api.ApiModels.EngagementDetail;
import com.rolloutplanner.api.ApiModels.EngagementRequest;
import com.rolloutplanner.api.ApiModels.EngagementSummary;
import com.rolloutplanner.api.ApiModels.FlagJson;
import com.rolloutplanner.api.ApiModels.GoalJson;
import com.rolloutplanner.api.ApiModels.NextDueJson;
import com.rolloutplanner.api.ApiModels.OrganisationJson;
import com.rolloutplanner.api.ApiModels.PhaseJson;
import com.rolloutplanner.api.ApiModels.PlacementJson;
import com.rolloutplanner.api.ApiModels.PreviewJson;
import com.rolloutplanner.api.ApiModels.PreviewRequest;
import com.rolloutplanner.businesscase.PaybackState;
import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.due.DueSummary;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.EngagementPlan;
import com.rolloutplanner.engagement.EngagementTerms;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Goal;
import com.rolloutplanner.engagement.GoalType;
import com.rolloutplanner.engagement.Stage;
import com.rolloutplanner.engagement.TermsCheck;
import com.rolloutplanner.listing.ListedEngagement;
import com.rolloutplanner.listing.ListingFilter;
import com.rolloutplanner.listing.ListingOrder;
import com.rolloutplanner.listing.ListingState;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.listing.PhaseCounts;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Placement;
import com.rolloutplanner.quickwin.Assessment;
import com.rolloutplanner.quickwin.FlagMessages;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.quickwin.Severity;
import com.rolloutplanner.system.TimeSource;

/**
 * The JSON API for integrations: the same engagements, access rules, phase placement and
 * flags as the pages.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class EngagementApi {

	private final Engagements engagements;

	private final Organisations organisations;

	private final QuickWinAssessor assessor;

	private final FlagMessages flagMessages;

	private final TimeSource time;

	private final MessageSource messages;

	private final Listings listings;

	private final TermsCheck termsCheck;

	EngagementApi(Engagements engagements, Organisations organisations, QuickWinAssessor assessor,
			FlagMessages flagMessages, TimeSource time, MessageSource messages, Listings listings,
			TermsCheck termsCheck) {
		this.listings = listings;
		this.termsCheck = termsCheck;
		this.engagements = engagements;
		this.organisations = organisations;
		this.assessor = assessor;
		this.flagMessages = flagMessages;
		this.time = time;
		this.messages = messages;
	}

	@GetMapping("/organisations")
	List<OrganisationJson> organisations() {
		return this.organisations.all().stream().map((o) -> new OrganisationJson(o.getId(), o.getName())).toList();
	}

	@GetMapping("/engagements")
	@ApiResponse(responseCode = "200",
			description = "A page of the visible engagements placed on the date, by go-live (page from 0, size 1 to "
					+ "200, default 50); the same filters as the dashboard: phase, flags=critical (only those with "
					+ "open critical flags), due=overdue (only those with overdue items), payback=ON_PLAN, "
					+ "LATER_THAN_PLANNED, NOT_PROJECTABLE or NO_ACTUALS (the state of the business case), "
					+ "stage=PROPOSAL (only the open proposals, in no phase; a phase shows only signed ones). The total in "
					+ "X-Total-Count, the first, previous, next and last pages in Link (RFC 8288).")
	ResponseEntity<List<EngagementSummary>> engagements(@RequestParam(required = false) String asOf,
			@RequestParam(required = false) String phase, @RequestParam(required = false) String flags,
			@RequestParam(required = false) String due, @RequestParam(required = false) String payback,
			@RequestParam(required = false) String stage, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		LocalDate date = asOf(asOf);
		ListingFilter filter = ApiFilters.of(phase, flags, due, payback, stage);
		ApiPaging paging = ApiPaging.of(page, size);
		ListingState state = this.listings.state(user.access());
		PhaseCounts counts = this.listings.counts(state, date, filter);
		long total = counts.shownBy(filter);
		List<EngagementSummary> body = List.of();
		long offset = (long) paging.page() * paging.size();
		if (offset < total) {
			body = this.listings.page(state, date, filter, ListingOrder.GO_LIVE, false, offset, paging.size())
				.stream()
				.map((l) -> summary(l, date, locale))
				.toList();
		}
		Page<EngagementSummary> found = new PageImpl<>(body, PageRequest.of(paging.page(), paging.size()), total);
		return ResponseEntity.ok().headers(paging.headers(found)).body(body);
	}

	private EngagementSummary summary(ListedEngagement listed, LocalDate date, Locale locale) {
		DueSummary due = listed.due();
		NextDueJson next = (due.nextDue() != null) ? new NextDueJson(due.nextDue().kind(), title(due.nextDue(), locale),
				due.nextDue().dueDate(), due.nextDueState()) : null;
		return new EngagementSummary(listed.id(), listed.name(), listed.goLiveDate(),
				PhaseCalendar.place(listed.goLiveDate(), date).phase(),
				counts(listed.openCritical(), listed.openWarnings()), next, due.overdueCount(),
				PaybackState.named(listed.payback()), Stage.valueOf(listed.stage()));
	}

	@GetMapping("/engagements/{id}")
	EngagementDetail engagement(@PathVariable Long id, @RequestParam(required = false) String asOf,
			@AuthenticationPrincipal CurrentUser user) {
		LocalDate date = asOf(asOf);
		return this.engagements.read(id, user.access(), (e) -> detail(e, date));
	}

	@PostMapping(path = "/engagements", consumes = "application/json")
	@ApiResponse(responseCode = "201", description = "Created; Location names the new engagement.")
	ResponseEntity<EngagementDetail> create(@Valid @RequestBody EngagementRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		EngagementTerms terms = terms(request, user);
		Engagement created = Boolean.TRUE.equals(request.proposal()) ? this.engagements.propose(terms, user.signature())
				: this.engagements.create(terms, user.signature());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(created.getId())
			.toUri();
		return ResponseEntity.created(location).body(engagement(created.getId(), null, user));
	}

	@PostMapping(path = "/engagements/preview", consumes = "application/json")
	@ApiResponse(responseCode = "200", description = "What the terms mean; nothing is stored.")
	@ApiResponse(responseCode = "404", description = "The engagementId names no engagement the caller may see.")
	PreviewJson preview(@Valid @RequestBody PreviewRequest request, @AuthenticationPrincipal CurrentUser user) {
		List<GoalJson> goals = request.goalsOrNone();
		EnumSet<GoalType> types = EnumSet.noneOf(GoalType.class);
		for (int i = 0; i < goals.size(); i++) {
			if (!types.add(goals.get(i).type())) {
				throw ApiException.badRequest("goals[" + i + "].type", "api.goals.duplicate");
			}
		}
		EngagementPlan plan = new EngagementPlan(request.goLiveDate(), request.contractModel(),
				request.contractMonths(), request.onboardingHours(), request.onboardingBudgetEur(),
				request.expectedPaybackMonth(), request.learningPlan(), request.description(),
				goals.stream().map((g) -> new Goal(g.type(), g.targetMonth(), g.description())).toList());
		TermsCheck.Result check = this.termsCheck.check(request.engagementId(), plan,
				(request.businessCase() != null) ? request.businessCase().terms()::plannedPayback : null,
				user.access());
		List<PhaseJson> phases = check.placement()
			.timeline()
			.stream()
			.filter((w) -> w.phase().isAfterGoLive())
			.map((w) -> new PhaseJson(w.phase(), w.start(), w.end()))
			.toList();
		return new PreviewJson(placement(check.placement()), phases, counts(check.assessment()),
				flags(check.assessment()), check.businessCase(), check.plannedPaybackMonth());
	}

	@PutMapping(path = "/engagements/{id}", consumes = "application/json")
	@ApiResponse(responseCode = "200", description = "Replaced; the engagement as it now is.")
	@ApiResponse(responseCode = "409", description = "Changed by someone else after the version sent.")
	EngagementDetail replace(@PathVariable Long id, @Valid @RequestBody EngagementRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		this.engagements.parties(id, user.access());
		if (request.version() == null) {
			throw ApiException.badRequest("version", "api.version.required");
		}
		this.engagements.revise(id, request.version(), terms(request, user), user.access(), user.signature());
		return engagement(id, null, user);
	}

	@DeleteMapping("/engagements/{id}")
	@ApiResponse(responseCode = "204", description = "Deleted, with its roadmap, KPIs and share links.")
	ResponseEntity<Void> delete(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		this.engagements.delete(id, user.access(), user.signature());
		return ResponseEntity.noContent().build();
	}

	private EngagementDetail detail(Engagement e, LocalDate date) {
		Placement p = e.placementOn(date);
		Assessment assessment = this.assessor.assess(e.getId(), e.getGoLiveDate(), e.quickWinSubject());
		return new EngagementDetail(e.getId(), e.getVersion(), e.getName(), e.getClient().getId(),
				e.getClient().getName(), e.getPartner().getId(), e.getPartner().getName(), e.getGoLiveDate(),
				e.getContractModel(), e.getContractMonths(), e.getOnboardingHours(), e.getOnboardingBudgetEur(),
				e.getExpectedPaybackMonth(), e.getLearningPlan(), e.getDescription(), e.getChannels(),
				e.getGoals()
					.stream()
					.map((g) -> new GoalJson(g.getType(), g.getTargetMonth(), g.getDescription()))
					.toList(),
				p.phase(), placement(p), counts(assessment), flags(assessment), e.getStage(), e.getService());
	}

	private List<FlagJson> flags(Assessment assessment) {
		return assessment.flags()
			.stream()
			.map((f) -> new FlagJson(f.flag().code(), f.flag().severity(), f.flag().tip().number(),
					this.flagMessages.explain(f.flag()), f.isAcknowledged()))
			.toList();
	}

	private static PlacementJson placement(Placement p) {
		return new PlacementJson(p.phase(), p.phaseStart(), p.nextPhaseStart(), p.monthOfJourney(), p.dayInPhase(),
				p.daysToNextPhase(), p.progressPercent());
	}

	private EngagementTerms terms(EngagementRequest request, CurrentUser user) {
		List<ApiException.Rejected> rejected = new ArrayList<>();
		Optional<Organisation> client = this.organisations.find(request.clientOrganisationId());
		Optional<Organisation> partner = this.organisations.find(request.partnerOrganisationId());
		if (client.isEmpty()) {
			rejected.add(new ApiException.Rejected("clientOrganisationId", "api.organisation.unknown", null));
		}
		if (partner.isEmpty()) {
			rejected.add(new ApiException.Rejected("partnerOrganisationId", "api.organisation.unknown", null));
		}
		if (client.isPresent() && partner.isPresent()) {
			String problem = this.engagements.partiesProblem(client.get(), partner.get(), user);
			if ("engagement.partner.sameAsClient".equals(problem)) {
				rejected.add(new ApiException.Rejected("partnerOrganisationId", problem, null));
			}
			else if (problem != null) {
				rejected.add(new ApiException.Rejected("clientOrganisationId", problem,
						new Object[] { user.getOrganisationName() }));
			}
		}
		EnumSet<GoalType> types = EnumSet.noneOf(GoalType.class);
		for (int i = 0; i < request.goalsOrNone().size(); i++) {
			if (!types.add(request.goalsOrNone().get(i).type())) {
				rejected.add(new ApiException.Rejected("goals[" + i + "].type", "api.goals.duplicate", null));
			}
		}
		if (!rejected.isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, rejected);
		}
		List<Goal> goals = request.goalsOrNone()
			.stream()
			.map((g) -> new Goal(g.type(), g.targetMonth(), g.description()))
			.toList();
		return new EngagementTerms(request.name(), client.get(), partner.get(), request.channelsOrNone(),
				request.goLiveDate(), request.contractModel(), request.contractMonths(), request.onboardingHours(),
				request.onboardingBudgetEur(), request.expectedPaybackMonth(), request.learningPlan(),
				request.description(), goals, request.service());
	}

	private LocalDate asOf(String value) {
		return ApiDates.asOf(value, this.time);
	}

	private String title(DueItem item, Locale locale) {
		return (item.title() != null) ? item.title() : this.messages.getMessage(item.titleKey(), null, locale);
	}

	private static Map<Severity, Long> counts(Assessment assessment) {
		return counts(assessment.openCritical(), assessment.openWarnings());
	}

	/** The open flags by severity, as the API shows them. */
	private static Map<Severity, Long> counts(long critical, long warnings) {
		Map<Severity, Long> counts = new EnumMap<>(Severity.class);
		counts.put(Severity.CRITICAL, critical);
		counts.put(Severity.WARNING, warnings);
		return counts;
	}

}
