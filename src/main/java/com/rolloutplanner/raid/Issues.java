package com.rolloutplanner.raid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.raid.RaidEvents.IssueRaised;
import com.rolloutplanner.raid.RaidEvents.IssueResolved;
import com.rolloutplanner.raid.RaidEvents.IssueResponded;
import com.rolloutplanner.raid.RaidEvents.ResponseTimesChanged;

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

	public static final int MAX_TITLE = 200;

	public static final int MAX_TEXT = 4000;

	private final IssueRepository issues;

	private final Engagements engagements;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final EngagementLocks locks;

	private final Clock clock;

	Issues(IssueRepository issues, Engagements engagements, JdbcClient jdbc, ApplicationEventPublisher events,
			EngagementLocks locks, Clock clock) {
		this.issues = issues;
		this.engagements = engagements;
		this.jdbc = jdbc;
		this.events = events;
		this.locks = locks;
		this.clock = clock;
	}

	/** The response time promised for each severity in a visible engagement. */
	public Map<IssueSeverity, ResponsePromise> promises(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		return promises(engagementId);
	}

	private Map<IssueSeverity, ResponsePromise> promises(Long engagementId) {
		Map<IssueSeverity, ResponsePromise> promises = ResponsePromise.defaults();
		this.jdbc.sql("select severity, hours, working_days from response_time where engagement_id = :id")
			.param("id", engagementId)
			.query((rs, row) -> promises.put(IssueSeverity.valueOf(rs.getString("severity")),
					new ResponsePromise(rs.getInt("hours"), rs.getInt("working_days"))))
			.list();
		return promises;
	}

	/**
	 * What is wrong with promises typed for each severity in ISO 8601 ({@code PT4H} for a
	 * critical issue, {@code P1D} working days for the others): nothing when empty.
	 */
	public static List<Problem> checkPromises(Map<IssueSeverity, String> typed) {
		List<Problem> problems = new ArrayList<>();
		for (IssueSeverity severity : IssueSeverity.values()) {
			String text = typed.get(severity);
			if (text == null || text.isBlank()) {
				problems.add(new Problem(severity.name(), "responseTimes.required"));
				continue;
			}
			try {
				ResponsePromise.parse(severity, text.strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add(new Problem(severity.name(),
						(severity == IssueSeverity.CRITICAL) ? "responseTimes.hours" : "responseTimes.workingDays"));
			}
		}
		return problems;
	}

	/**
	 * What is wrong with promises a user would set in a visible engagement: only a
	 * manager of a side sets them (a problem without a field), and each as
	 * {@link #checkPromises} accepts it.
	 */
	public List<Problem> checkPromiseChange(Long engagementId, Map<IssueSeverity, String> typed, CurrentUser user) {
		Parties parties = this.engagements.parties(engagementId, user.access());
		if (parties.sideOf(user.getOrganisationId()) == null) {
			return List.of(new Problem(null, "issue.notAParty"));
		}
		return checkPromises(typed);
	}

	/**
	 * Sets the promises of a visible engagement (as {@link #checkPromiseChange} accepts
	 * them), by a manager of either side; they apply to issues raised from now on.
	 * @return whether any changed
	 */
	@Transactional
	public boolean changePromises(Long engagementId, Map<IssueSeverity, String> typed, CurrentUser user) {
		if (!checkPromiseChange(engagementId, typed, user).isEmpty()) {
			throw new IllegalArgumentException("Not promises of a side: " + typed);
		}
		this.locks.lock(engagementId);
		Map<IssueSeverity, ResponsePromise> before = promises(engagementId);
		List<ResponseTimesChanged.Changed> changes = new ArrayList<>();
		for (IssueSeverity severity : IssueSeverity.values()) {
			ResponsePromise promise = ResponsePromise.parse(severity, typed.get(severity).strip());
			if (promise.equals(before.get(severity))) {
				continue;
			}
			changes.add(new ResponseTimesChanged.Changed(severity, before.get(severity), promise));
			this.jdbc.sql("delete from response_time where engagement_id = :id and severity = :severity")
				.param("id", engagementId)
				.param("severity", severity.name())
				.update();
			this.jdbc
				.sql("insert into response_time (engagement_id, severity, hours, working_days) "
						+ "values (:id, :severity, :hours, :days)")
				.param("id", engagementId)
				.param("severity", severity.name())
				.param("hours", promise.hours())
				.param("days", promise.workingDays())
				.update();
		}
		if (changes.isEmpty()) {
			return false;
		}
		this.events.publishEvent(new ResponseTimesChanged(engagementId, List.copyOf(changes), user.signature()));
		return true;
	}

	/**
	 * What is wrong with an issue a user would raise in a visible engagement: nothing
	 * when empty. A title of plain text up to {@value #MAX_TITLE} characters, a
	 * description up to {@value #MAX_TEXT}, a severity and an owner side; only a manager
	 * of a side raises one.
	 */
	public List<Problem> checkIssue(Long engagementId, String title, String description, IssueSeverity severity,
			Side ownerSide, CurrentUser user) {
		Parties parties = this.engagements.parties(engagementId, user.access());
		List<Problem> problems = new ArrayList<>();
		if (parties.sideOf(user.getOrganisationId()) == null) {
			problems.add(new Problem("title", "issue.notAParty"));
		}
		text(problems, "title", title, true, MAX_TITLE, false);
		text(problems, "description", description, false, MAX_TEXT, true);
		if (severity == null) {
			problems.add(new Problem("severity", "issue.severity.required"));
		}
		if (ownerSide == null) {
			problems.add(new Problem("ownerSide", "issue.ownerSide.required"));
		}
		return problems;
	}

	static void text(List<Problem> problems, String field, String value, boolean required, int max, boolean multiline) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new Problem(field, "issue.text.required"));
			}
		}
		else if (value.strip().length() > max) {
			problems.add(new Problem(field, "issue.text.tooLong", max));
		}
		else if (!PlainText.Check.isPlain(value, multiline)) {
			problems.add(new Problem(field, "PlainText"));
		}
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
		ResponsePromise promise = promises(engagementId).get(severity);
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
	public List<Problem> checkStep(Long engagementId, Long issueId, String text, boolean resolving, CurrentUser user) {
		Parties parties = this.engagements.parties(engagementId, user.access());
		Issue issue = find(engagementId, issueId);
		List<Problem> problems = new ArrayList<>();
		Side side = parties.sideOf(user.getOrganisationId());
		if (side == null) {
			problems.add(new Problem("text", "issue.notAParty"));
		}
		else if (!issue.isOpen()) {
			problems.add(new Problem("text", "issue.resolved.already"));
		}
		else if (!resolving && issue.getOwnerSide() != side) {
			problems.add(new Problem("text", "issue.response.notOwner"));
		}
		else if (!resolving && issue.getRespondedAt() != null) {
			problems.add(new Problem("text", "issue.response.already"));
		}
		text(problems, "text", text, true, MAX_TEXT, true);
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
			.orElseThrow(() -> new LogEntryNotFoundException(issueId));
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

	/** How many issues of an engagement are open, and of them critical and escalated. */
	public record Counts(long open, long critical, long steeringGroup, long executive) {

		public long escalated() {
			return this.steeringGroup + this.executive;
		}

	}

	/**
	 * The counts of a visible engagement now: one query, whatever the number of issues.
	 */
	public Counts counts(Long engagementId, Access access) {
		return counts(engagementId, access, this.clock.instant());
	}

	/** The counts of a visible engagement at a moment. */
	public Counts counts(Long engagementId, Access access, Instant at) {
		this.engagements.parties(engagementId, access);
		return counts(List.of(engagementId), at).getOrDefault(engagementId, new Counts(0, 0, 0, 0));
	}

	/** The counts of engagements at a moment, by engagement: one query. */
	public Map<Long, Counts> counts(Collection<Long> engagementIds, Instant at) {
		Map<Long, Instant> moments = new java.util.LinkedHashMap<>();
		engagementIds.forEach((id) -> moments.put(id, at));
		return counts(moments);
	}

	/**
	 * The counts of engagements each at a moment of its own (the end of a month of its
	 * journey), by engagement: one query for a page of them.
	 */
	public Map<Long, Counts> counts(Map<Long, Instant> moments) {
		Map<Long, Counts> counts = new HashMap<>();
		if (moments.isEmpty()) {
			return counts;
		}
		StringBuilder at = new StringBuilder("(case engagement_id");
		Map<String, Object> params = new HashMap<>();
		List<Instant> distinct = moments.values().stream().distinct().toList();
		moments.forEach((id, moment) -> {
			String name = "at" + distinct.indexOf(moment);
			at.append(" when ").append(id).append(" then :").append(name);
			params.put(name, java.time.OffsetDateTime.ofInstant(moment, this.clock.getZone()));
		});
		at.append(" end)");
		String clockAt = "coalesce(case when responded_at <= " + at + " then responded_at end, " + at + ")";
		this.jdbc
			.sql("select engagement_id, count(*) as open_count, "
					+ "sum(case when severity = 'CRITICAL' then 1 else 0 end) as critical_count, " + "sum(case when "
					+ clockAt + " > response_due and " + clockAt
					+ " <= executive_due then 1 else 0 end) as steering_count, " + "sum(case when " + clockAt
					+ " > executive_due then 1 else 0 end) as executive_count "
					+ "from engagement_issue where engagement_id in (:ids) and raised_at <= " + at
					+ " and (resolved_at is null or resolved_at > " + at + ") group by engagement_id")
			.param("ids", moments.keySet())
			.params(params)
			.query((rs, row) -> counts.put(rs.getLong("engagement_id"),
					new Counts(rs.getLong("open_count"), rs.getLong("critical_count"), rs.getLong("steering_count"),
							rs.getLong("executive_count"))))
			.list();
		return counts;
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

	/**
	 * The issues of a visible engagement escalated at a moment (the longest overdue
	 * first, at most {@code limit}) and how many there are then.
	 */
	public Escalated escalated(Long engagementId, Access access, Instant at, int limit) {
		Counts counts = counts(engagementId, access, at);
		List<IssueView> first = this.issues.escalatedAt(engagementId, at, PageRequest.of(0, limit))
			.stream()
			.map((issue) -> IssueView.of(issue, at))
			.toList();
		return new Escalated(counts, first);
	}

	/** The counts of an engagement's issues at a moment, and the first escalated ones. */
	public record Escalated(Counts counts, List<IssueView> first) {
	}

	/** At most this many of an engagement's newest issues make its agendas. */
	public static final int AGENDA_READ = 200;

	/**
	 * The newest {@value #AGENDA_READ} issues of a visible engagement, read once for any
	 * number of its agendas.
	 */
	public Reading read(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		return new Reading(
				this.issues.findByEngagementIdOrderByRaisedAtDescIdDesc(engagementId, PageRequest.of(0, AGENDA_READ)));
	}

	/** An engagement's issues as read for its agendas. */
	public static final class Reading {

		private final List<Issue> issues;

		Reading(List<Issue> issues) {
			this.issues = issues;
		}

	}

	/**
	 * An issue as it stood at a meeting: its tier then, whether its response was still
	 * owed, whether it was raised since the previous meeting.
	 */
	public record OnAgenda(IssueView issue, EscalationTier tier, boolean awaiting, boolean raisedSince) {
	}

	/**
	 * What the agenda of a meeting at a moment says of the issues: those open then that
	 * were escalated (executives first), then those whose response was still owed by when
	 * it was due, then the others raised since the previous meeting ({@code since}).
	 */
	public static List<OnAgenda> onAgenda(Reading reading, Instant since, Instant at) {
		List<OnAgenda> shown = new ArrayList<>();
		for (Issue issue : reading.issues) {
			boolean raised = !issue.getRaisedAt().isAfter(at);
			boolean open = issue.getResolvedAt() == null || issue.getResolvedAt().isAfter(at);
			if (!raised || !open) {
				continue;
			}
			boolean awaiting = issue.getRespondedAt() == null || issue.getRespondedAt().isAfter(at);
			boolean isNew = (since == null) || issue.getRaisedAt().isAfter(since);
			EscalationTier tier = issue.tier(at);
			if (awaiting || isNew) {
				shown.add(new OnAgenda(IssueView.of(issue, at), tier, awaiting, isNew));
			}
		}
		shown.sort(java.util.Comparator.comparing((OnAgenda a) -> a.awaiting() ? -a.tier().ordinal() : 1)
			.thenComparing((OnAgenda a) -> a.awaiting() ? a.issue().responseDue() : a.issue().raisedAt()));
		return shown;
	}

	private static String blankAsNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** The promises as written in ISO 8601, by severity, as a form shows them. */
	public static Map<IssueSeverity, String> written(Map<IssueSeverity, ResponsePromise> promises) {
		Map<IssueSeverity, String> written = new EnumMap<>(IssueSeverity.class);
		promises.forEach((severity, promise) -> written.put(severity, promise.text()));
		return written;
	}

}
