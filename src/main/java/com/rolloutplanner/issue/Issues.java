package com.rolloutplanner.issue;

import com.rolloutplanner.input.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.change.EngagementLocks;
import com.rolloutplanner.due.DueContributor;
import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.due.DueKind;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.issue.IssueEvents.IssueRaised;
import com.rolloutplanner.issue.IssueEvents.IssueResolved;
import com.rolloutplanner.issue.IssueEvents.IssueResponded;

/**
 * The issues of engagements, behind the engagement's own access check: a manager of
 * either side raises one for a side; its response is due under the promise both sides
 * made for its severity (hours for a critical one, working days in the product's time
 * zone for the others); the owner side's first response stops the clock; either side
 * resolves it. Both sides see every issue with who raised it.
 */
@Service
@Transactional(readOnly = true)
public class Issues implements DueContributor {

	public static final int MAX_TITLE = FieldProblem.MAX_TITLE;

	public static final int MAX_TEXT = FieldProblem.MAX_TEXT;

	private final IssueRepository issues;

	private final Engagements engagements;

	private final ResponseTimes responseTimes;

	private final ApplicationEventPublisher events;

	private final EngagementLocks locks;

	private final Clock clock;

	Issues(IssueRepository issues, Engagements engagements, ResponseTimes responseTimes,
			ApplicationEventPublisher events, EngagementLocks locks, Clock clock) {
		this.issues = issues;
		this.engagements = engagements;
		this.responseTimes = responseTimes;
		this.events = events;
		this.locks = locks;
		this.clock = clock;
	}

	/**
	 * What is wrong with an issue a user would raise in a visible engagement: nothing
	 * when empty. A title of plain text up to {@value #MAX_TITLE} characters, a
	 * description up to {@value #MAX_TEXT}, a severity and an owner side; only a manager
	 * of a side raises one.
	 */
	public List<FieldProblem> checkIssue(Long engagementId, String title, String description, IssueSeverity severity,
			Side ownerSide, CurrentUser user) {
		Parties parties = this.engagements.parties(engagementId, user.access());
		List<FieldProblem> problems = new ArrayList<>();
		if (parties.sideOf(user.getOrganisationId()) == null) {
			problems.add(new FieldProblem("title", "issue.notAParty"));
		}
		FieldProblem.text(problems, "title", title, true, MAX_TITLE, false);
		FieldProblem.text(problems, "description", description, false, MAX_TEXT, true);
		if (severity == null) {
			problems.add(new FieldProblem("severity", "issue.severity.required"));
		}
		if (ownerSide == null) {
			problems.add(new FieldProblem("ownerSide", "issue.ownerSide.required"));
		}
		return problems;
	}

	/**
	 * Raises an issue (as {@link #checkIssue} accepts it): its response is due under the
	 * promise for its severity in force now.
	 */
	@Transactional
	public IssueView raise(Long engagementId, String title, String description, IssueSeverity severity, Side ownerSide,
			CurrentUser user) {
		return raise(engagementId, title, description, severity, ownerSide, user, this.clock.instant());
	}

	/**
	 * Raises an issue at a moment up to now (recorded after the fact, as the demo's
	 * journeys are), its response due from then.
	 */
	@Transactional
	public IssueView raise(Long engagementId, String title, String description, IssueSeverity severity, Side ownerSide,
			CurrentUser user, Instant at) {
		if (at.isAfter(this.clock.instant())) {
			throw new IllegalArgumentException("Raised in the future: " + at);
		}
		if (!checkIssue(engagementId, title, description, severity, ownerSide, user).isEmpty()) {
			throw new IllegalArgumentException("Not an issue");
		}
		Side side = this.engagements.parties(engagementId, user.access()).sideOf(user.getOrganisationId());
		this.locks.lock(engagementId);
		ResponsePromise promise = this.responseTimes.promises(engagementId).get(severity);
		ZonedDateTime raised = at.atZone(this.clock.getZone());
		ZonedDateTime due = promise.due(raised);
		Issue issue = this.issues.saveAndFlush(new Issue(engagementId, title.strip(), blankAsNull(description),
				severity, side, user.getUsername(), user.signature(), ownerSide, raised.toInstant(), due.toInstant(),
				promise.due(due).toInstant()));
		this.events.publishEvent(new IssueRaised(engagementId, issue.getId(), issue.getTitle(), severity, side,
				ownerSide, issue.getResponseDue(), user.signature()));
		return IssueView.of(issue, this.clock.instant());
	}

	/**
	 * What is wrong with a response or a resolution of an issue: the text is required,
	 * plain, up to {@value #MAX_TEXT} characters; only a manager of the owner side
	 * responds, once, to an open issue; a manager of either side resolves an open one.
	 */
	public List<FieldProblem> checkStep(Long engagementId, Long issueId, String text, boolean resolving,
			CurrentUser user) {
		Parties parties = this.engagements.parties(engagementId, user.access());
		Issue issue = find(engagementId, issueId);
		List<FieldProblem> problems = new ArrayList<>();
		Side side = parties.sideOf(user.getOrganisationId());
		if (side == null) {
			problems.add(new FieldProblem("text", "issue.notAParty"));
		}
		else if (!issue.isOpen()) {
			problems.add(new FieldProblem("text", "issue.resolved.already"));
		}
		else if (!resolving && issue.getOwnerSide() != side) {
			problems.add(new FieldProblem("text", "issue.response.notOwner"));
		}
		else if (!resolving && issue.getRespondedAt() != null) {
			problems.add(new FieldProblem("text", "issue.response.already"));
		}
		FieldProblem.text(problems, "text", text, true, MAX_TEXT, true);
		return problems;
	}

	/** The owner side's response (as {@link #checkStep} accepts it): the clock stops. */
	@Transactional
	public IssueView respond(Long engagementId, Long issueId, String text, CurrentUser user) {
		return respond(engagementId, issueId, text, user, this.clock.instant());
	}

	/** The owner side's response at a moment up to now, after the issue was raised. */
	@Transactional
	public IssueView respond(Long engagementId, Long issueId, String text, CurrentUser user, Instant now) {
		this.locks.lock(engagementId);
		if (!checkStep(engagementId, issueId, text, false, user).isEmpty()) {
			throw new IllegalArgumentException("Not a response");
		}
		Issue issue = find(engagementId, issueId);
		requireBetween(issue.getRaisedAt(), now);
		boolean late = issue.tier(now).escalated();
		issue.respond(text.strip(), user.signature(), now);
		this.issues.saveAndFlush(issue);
		this.events.publishEvent(new IssueResponded(engagementId, issueId, issue.getTitle(), issue.getOwnerSide(), late,
				user.signature()));
		return IssueView.of(issue, now);
	}

	/** Resolves an open issue (as {@link #checkStep} accepts it); it keeps its times. */
	@Transactional
	public IssueView resolve(Long engagementId, Long issueId, String text, CurrentUser user) {
		return resolve(engagementId, issueId, text, user, this.clock.instant());
	}

	/** Resolves an open issue at a moment up to now, after it was raised. */
	@Transactional
	public IssueView resolve(Long engagementId, Long issueId, String text, CurrentUser user, Instant now) {
		this.locks.lock(engagementId);
		if (!checkStep(engagementId, issueId, text, true, user).isEmpty()) {
			throw new IllegalArgumentException("Not a resolution");
		}
		Issue issue = find(engagementId, issueId);
		requireBetween(issue.getRaisedAt(), now);
		issue.resolve(text.strip(), user.signature(), now);
		this.issues.saveAndFlush(issue);
		this.events.publishEvent(new IssueResolved(engagementId, issueId, issue.getTitle(), user.signature()));
		return IssueView.of(issue, now);
	}

	private void requireBetween(Instant raised, Instant at) {
		if (at.isBefore(raised) || at.isAfter(this.clock.instant())) {
			throw new IllegalArgumentException("Not between the raising and now: " + at);
		}
	}

	/** An issue of a visible engagement; 404 for any other. */
	public IssueView issue(Long engagementId, Long issueId, Access access) {
		this.engagements.parties(engagementId, access);
		return IssueView.of(find(engagementId, issueId), this.clock.instant());
	}

	private Issue find(Long engagementId, Long issueId) {
		return this.issues.findByIdAndEngagementId(issueId, engagementId)
			.orElseThrow(() -> new IssueNotFoundException(issueId));
	}

	/**
	 * A page (from 0) of the issues of a visible engagement, open ones first and among
	 * them those waiting for a response by when it is due; optionally only open ones,
	 * optionally only those of a tier now. Paged in the database.
	 */
	public Page<IssueView> issues(Long engagementId, Access access, boolean open, EscalationTier tier, int page,
			int size) {
		this.engagements.parties(engagementId, access);
		Instant now = this.clock.instant();
		return this.issues
			.page(engagementId, open, (tier != null) ? tier.name() : null, now, PageRequest.of(page, size))
			.map((issue) -> IssueView.of(issue, now));
	}

	@Override
	public Map<Long, List<DueItem>> dueItems(Map<Long, LocalDate> goLives) {
		Map<Long, List<DueItem>> due = new HashMap<>();
		if (goLives.isEmpty()) {
			return due;
		}
		for (Issue issue : this.issues.awaitingResponse(goLives.keySet())) {
			due.computeIfAbsent(issue.getEngagementId(), (id) -> new ArrayList<>())
				.add(DueItem
					.timed(DueKind.ISSUE_RESPONSE, issue.getTitle(),
							issue.getResponseDue().atZone(this.clock.getZone()), false)
					.withRef("issue-" + issue.getId()));
		}
		return due;
	}

	private static String blankAsNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
