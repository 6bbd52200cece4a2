package com.rolloutplanner.changerequest;

import com.rolloutplanner.input.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.change.EngagementLocks;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.changerequest.ChangeRequestEvents.ChangeDecided;
import com.rolloutplanner.changerequest.ChangeRequestEvents.ChangeRequested;

/**
 * The change requests of engagements, behind the engagement's own access check: a manager
 * of either side asks for a change with its expected effect; a decision recorded in one
 * of the engagement's meetings approves or rejects it, once.
 */
@Service
@Transactional(readOnly = true)
public class ChangeRequests {

	/**
	 * At most this many of the engagement's newest decisions are offered to decide by.
	 */
	public static final int DECISIONS_OFFERED = 30;

	private final ChangeRequestRepository changes;

	private final DecisionSource decisions;

	private final Engagements engagements;

	private final ApplicationEventPublisher events;

	private final EngagementLocks locks;

	private final Clock clock;

	ChangeRequests(ChangeRequestRepository changes, DecisionSource decisions, Engagements engagements,
			ApplicationEventPublisher events, EngagementLocks locks, Clock clock) {
		this.changes = changes;
		this.decisions = decisions;
		this.engagements = engagements;
		this.events = events;
		this.locks = locks;
		this.clock = clock;
	}

	/**
	 * What is wrong with a change request a user would make in a visible engagement:
	 * nothing when empty. An area, a title of plain text up to
	 * {@value FieldProblem#MAX_TITLE} characters, a description up to
	 * {@value FieldProblem#MAX_TEXT}, each expected effect up to
	 * {@value ChangeTerms#MAX_EFFECT}; only a manager of a side asks.
	 */
	public List<FieldProblem> check(Long engagementId, ChangeTerms terms, CurrentUser user) {
		Parties parties = this.engagements.parties(engagementId, user.access());
		List<FieldProblem> problems = new ArrayList<>();
		if (parties.sideOf(user.getOrganisationId()) == null) {
			problems.add(new FieldProblem("title", "issue.notAParty"));
		}
		if (terms.area() == null) {
			problems.add(new FieldProblem("area", "change.area.required"));
		}
		FieldProblem.text(problems, "title", terms.title(), true, FieldProblem.MAX_TITLE, false);
		FieldProblem.text(problems, "description", terms.description(), false, FieldProblem.MAX_TEXT, true);
		FieldProblem.text(problems, "costEffect", terms.costEffect(), false, ChangeTerms.MAX_EFFECT, true);
		FieldProblem.text(problems, "timeEffect", terms.timeEffect(), false, ChangeTerms.MAX_EFFECT, true);
		FieldProblem.text(problems, "kpiEffect", terms.kpiEffect(), false, ChangeTerms.MAX_EFFECT, true);
		return problems;
	}

	/** Asks for a change (as {@link #check} accepts it) for the user's side. */
	@Transactional
	public ChangeRequestView request(Long engagementId, ChangeTerms terms, CurrentUser user) {
		return request(engagementId, terms, user, this.clock.instant());
	}

	/**
	 * Asks for a change at a moment up to now (recorded after the fact, as in the demo).
	 */
	@Transactional
	public ChangeRequestView request(Long engagementId, ChangeTerms terms, CurrentUser user, Instant at) {
		if (at.isAfter(this.clock.instant())) {
			throw new IllegalArgumentException("Asked for in the future: " + at);
		}
		if (!check(engagementId, terms, user).isEmpty()) {
			throw new IllegalArgumentException("Not a change request");
		}
		Side side = this.engagements.parties(engagementId, user.access()).sideOf(user.getOrganisationId());
		this.locks.lock(engagementId);
		ChangeRequest change = this.changes.saveAndFlush(new ChangeRequest(engagementId,
				new ChangeTerms(terms.area(), terms.title().strip(), blankAsNull(terms.description()),
						blankAsNull(terms.costEffect()), blankAsNull(terms.timeEffect()),
						blankAsNull(terms.kpiEffect())),
				side, user.signature(), at));
		this.events.publishEvent(new ChangeRequested(engagementId, change.getId(), change.terms().title(), terms.area(),
				side, user.signature()));
		return ChangeRequestView.of(change, null);
	}

	/**
	 * What is wrong with deciding a change request by a decision: a decision recorded in
	 * one of the engagement's meetings and an outcome are needed; a decided change is not
	 * decided again; only a manager of a side records it.
	 */
	public List<FieldProblem> checkDecision(Long engagementId, Long changeId, Long decisionId, Boolean approved,
			CurrentUser user) {
		Parties parties = this.engagements.parties(engagementId, user.access());
		ChangeRequest change = find(engagementId, changeId);
		List<FieldProblem> problems = new ArrayList<>();
		if (parties.sideOf(user.getOrganisationId()) == null) {
			problems.add(new FieldProblem("decisionId", "issue.notAParty"));
		}
		else if (change.getStatus() != ChangeStatus.PROPOSED) {
			problems.add(new FieldProblem("decisionId", "change.decided.already"));
		}
		else if (decisionId == null || this.decisions.find(engagementId, decisionId).isEmpty()) {
			problems.add(new FieldProblem("decisionId", "change.decision.required"));
		}
		if (approved == null) {
			problems.add(new FieldProblem("approved", "change.outcome.required"));
		}
		return problems;
	}

	/** Records the decision (as {@link #checkDecision} accepts it). */
	@Transactional
	public ChangeRequestView decide(Long engagementId, Long changeId, Long decisionId, boolean approved,
			CurrentUser user) {
		return decide(engagementId, changeId, decisionId, approved, user, this.clock.instant());
	}

	/** Records the decision at a moment up to now, after the change was asked for. */
	@Transactional
	public ChangeRequestView decide(Long engagementId, Long changeId, Long decisionId, boolean approved,
			CurrentUser user, Instant at) {
		this.locks.lock(engagementId);
		if (!checkDecision(engagementId, changeId, decisionId, approved, user).isEmpty()) {
			throw new IllegalArgumentException("Not a decision of the change");
		}
		ChangeRequest change = find(engagementId, changeId);
		if (at.isBefore(change.getRequestedAt()) || at.isAfter(this.clock.instant())) {
			throw new IllegalArgumentException("Not between the request and now: " + at);
		}
		change.decide(approved, decisionId, user.signature(), at);
		this.changes.saveAndFlush(change);
		ChangeTerms terms = change.terms();
		this.events.publishEvent(new ChangeDecided(engagementId, changeId, terms.title(), approved,
				terms.area().touchesTerms(), user.signature()));
		return view(change);
	}

	/** A change request of a visible engagement; 404 for any other. */
	public ChangeRequestView change(Long engagementId, Long changeId, Access access) {
		this.engagements.parties(engagementId, access);
		return view(find(engagementId, changeId));
	}

	/**
	 * A page (from 0) of a visible engagement's change requests, those waiting for a
	 * decision first; optionally only those. Paged in the database; the decisions of a
	 * page are read in one query.
	 */
	public Page<ChangeRequestView> changes(Long engagementId, Access access, boolean open, int page, int size) {
		this.engagements.parties(engagementId, access);
		Page<ChangeRequest> found = this.changes.page(engagementId, open, PageRequest.of(page, size));
		java.util.Map<Long, DecisionSource.DecisionRef> decided = this.decisions.find(engagementId,
				found.stream().map(ChangeRequest::getDecisionId).filter(java.util.Objects::nonNull).toList());
		return found.map((change) -> ChangeRequestView.of(change,
				(change.getDecisionId() != null) ? decided.get(change.getDecisionId()) : null));
	}

	/** The decisions a change of a visible engagement may be decided by, newest first. */
	public List<DecisionSource.DecisionRef> decisionsOffered(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		return this.decisions.recent(engagementId, DECISIONS_OFFERED);
	}

	/** At most this many approved changes are written into the terms annex. */
	public static final int ANNEX_CHANGES = 100;

	/**
	 * The approved change requests of an engagement that change what its terms annex says
	 * (the first {@value #ANNEX_CHANGES}, in the order they were decided): the annex
	 * lists them, and approving one makes the annex's next version.
	 */
	public List<ChangeRequestView> approvedForAnnex(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		return this.changes
			.findByEngagementIdAndStatusOrderByDecidedAtAscIdAsc(engagementId, ChangeStatus.APPROVED,
					PageRequest.of(0, ANNEX_CHANGES))
			.stream()
			.filter((change) -> change.terms().area().touchesTerms())
			.map((change) -> ChangeRequestView.of(change, null))
			.toList();
	}

	/** How many change requests of a visible engagement wait for a decision. */
	public long waiting(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		return this.changes.countByEngagementIdAndStatus(engagementId, ChangeStatus.PROPOSED);
	}

	/** At most this many of an engagement's newest change requests make its agendas. */
	public static final int AGENDA_READ = 200;

	/** The newest change requests of a visible engagement, for its agendas. */
	public List<ChangeRequestView> newest(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		return this.changes.findByEngagementIdOrderByRequestedAtDescIdDesc(engagementId, PageRequest.of(0, AGENDA_READ))
			.stream()
			.map((change) -> ChangeRequestView.of(change, null))
			.toList();
	}

	private ChangeRequestView view(ChangeRequest change) {
		DecisionSource.DecisionRef decision = (change.getDecisionId() != null)
				? this.decisions.find(change.getEngagementId(), change.getDecisionId()).orElse(null) : null;
		return ChangeRequestView.of(change, decision);
	}

	private ChangeRequest find(Long engagementId, Long changeId) {
		return this.changes.findByIdAndEngagementId(changeId, engagementId)
			.orElseThrow(() -> new ChangeRequestNotFoundException(changeId));
	}

	private static String blankAsNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
