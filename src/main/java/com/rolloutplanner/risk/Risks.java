package com.rolloutplanner.risk;

import com.rolloutplanner.input.FieldProblem;
import com.rolloutplanner.issue.IssueSeverity;
import com.rolloutplanner.issue.IssueView;
import com.rolloutplanner.issue.Issues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import com.rolloutplanner.engagement.FieldChange;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.risk.RiskEvents.RiskAdded;
import com.rolloutplanner.risk.RiskEvents.RiskChanged;
import com.rolloutplanner.risk.RiskEvents.RiskHappened;
import com.rolloutplanner.system.StaleVersionException;

/**
 * The risks of engagements, behind the engagement's own access check: a manager of either
 * side adds one with its likelihood and impact (the score their product), owner side,
 * mitigation and next review date (due and overdue like the other dated things); it is
 * changed as it is reviewed; when it happens it becomes an issue of the log, linked.
 */
@Service
@Transactional(readOnly = true)
public class Risks implements DueContributor {

	/** The latest review date a risk may have, from today. */
	static final int MAX_REVIEW_YEARS = 5;

	private final RiskRepository risks;

	private final Issues issues;

	private final Engagements engagements;

	private final ApplicationEventPublisher events;

	private final EngagementLocks locks;

	private final Clock clock;

	Risks(RiskRepository risks, Issues issues, Engagements engagements, ApplicationEventPublisher events,
			EngagementLocks locks, Clock clock) {
		this.risks = risks;
		this.issues = issues;
		this.engagements = engagements;
		this.events = events;
		this.locks = locks;
		this.clock = clock;
	}

	/**
	 * What is wrong with a risk's terms a user would add or change in a visible
	 * engagement: nothing when empty. Likelihood and impact from 1 to 5 ({@code null}
	 * when not given or not a number), a title of plain text up to
	 * {@value FieldProblem#MAX_TITLE} characters, a mitigation up to
	 * {@value Issues#MAX_TEXT}, an owner side, a review date from a year back to
	 * {@value #MAX_REVIEW_YEARS} years ahead; only a manager of a side adds or changes
	 * one.
	 */
	public List<FieldProblem> check(Long engagementId, String title, Integer likelihood, Integer impact, Side ownerSide,
			String mitigation, LocalDate reviewDate, CurrentUser user) {
		Parties parties = this.engagements.parties(engagementId, user.access());
		List<FieldProblem> problems = new ArrayList<>();
		if (parties.sideOf(user.getOrganisationId()) == null) {
			problems.add(new FieldProblem("title", "issue.notAParty"));
		}
		FieldProblem.text(problems, "title", title, true, FieldProblem.MAX_TITLE, false);
		scale(problems, "likelihood", likelihood);
		scale(problems, "impact", impact);
		if (ownerSide == null) {
			problems.add(new FieldProblem("ownerSide", "risk.ownerSide.required"));
		}
		FieldProblem.text(problems, "mitigation", mitigation, false, FieldProblem.MAX_TEXT, true);
		LocalDate today = LocalDate.now(this.clock);
		if (reviewDate == null) {
			problems.add(new FieldProblem("reviewDate", "risk.reviewDate.required"));
		}
		else if (reviewDate.isBefore(today.minusYears(1)) || reviewDate.isAfter(today.plusYears(MAX_REVIEW_YEARS))) {
			problems.add(new FieldProblem("reviewDate", "risk.reviewDate.range", MAX_REVIEW_YEARS));
		}
		return problems;
	}

	private static void scale(List<FieldProblem> problems, String field, Integer value) {
		if (value == null) {
			problems.add(new FieldProblem(field, "risk.scale.required"));
		}
		else if (value < RiskTerms.LOWEST || value > RiskTerms.HIGHEST) {
			problems.add(new FieldProblem(field, "risk.scale.range"));
		}
	}

	/** Adds a risk (as {@link #check} accepts its terms), open. */
	@Transactional
	public RiskView add(Long engagementId, RiskTerms terms, CurrentUser user) {
		requireValid(engagementId, terms, user);
		this.locks.lock(engagementId);
		Risk risk = this.risks.saveAndFlush(
				new Risk(engagementId, cleaned(terms, RiskStatus.OPEN), user.signature(), this.clock.instant()));
		RiskTerms saved = risk.terms();
		this.events.publishEvent(new RiskAdded(engagementId, risk.getId(), saved.title(), saved.likelihood(),
				saved.impact(), saved.ownerSide(), user.signature()));
		return RiskView.of(risk, LocalDate.now(this.clock));
	}

	/**
	 * Changes a risk (as {@link #check} accepts its terms) as read at a version.
	 * @throws StaleVersionException when it changed since
	 */
	@Transactional
	public RiskView change(Long engagementId, Long riskId, long basedOnVersion, RiskTerms terms, CurrentUser user) {
		requireValid(engagementId, terms, user);
		this.locks.lock(engagementId);
		Risk risk = find(engagementId, riskId);
		StaleVersionException.requireCurrent("Risk", riskId, risk.getVersion(), basedOnVersion);
		RiskTerms before = risk.terms();
		RiskStatus status = (terms.status() != null) ? terms.status() : before.status();
		risk.apply(cleaned(terms, status));
		List<FieldChange> changes = FieldChange.between(values(before), values(risk.terms()));
		if (changes.isEmpty()) {
			return RiskView.of(risk, LocalDate.now(this.clock));
		}
		this.risks.saveAndFlush(risk);
		this.events
			.publishEvent(new RiskChanged(engagementId, riskId, risk.terms().title(), changes, user.signature()));
		return RiskView.of(risk, LocalDate.now(this.clock));
	}

	/**
	 * What is wrong with turning a risk into an issue: the issue's severity and owner
	 * side are needed; a risk that already happened does not happen again.
	 */
	public List<FieldProblem> checkHappened(Long engagementId, Long riskId, IssueSeverity severity, Side ownerSide,
			CurrentUser user) {
		Risk risk = find(engagementId, riskId);
		List<FieldProblem> problems = new ArrayList<>(
				this.issues.checkIssue(engagementId, risk.terms().title(), null, severity, ownerSide, user));
		if (risk.getIssueId() != null) {
			problems.add(new FieldProblem("severity", "risk.happened.already"));
		}
		return problems;
	}

	/**
	 * The risk happened (as {@link #checkHappened} accepts it): an issue of its title and
	 * mitigation is raised, the risk is closed and linked to it.
	 */
	@Transactional
	public IssueView happened(Long engagementId, Long riskId, IssueSeverity severity, Side ownerSide,
			CurrentUser user) {
		this.locks.lock(engagementId);
		if (!checkHappened(engagementId, riskId, severity, ownerSide, user).isEmpty()) {
			throw new IllegalArgumentException("Not an issue of the risk");
		}
		Risk risk = find(engagementId, riskId);
		RiskTerms terms = risk.terms();
		IssueView issue = this.issues.raise(engagementId, terms.title(), terms.mitigation(), severity, ownerSide, user);
		risk.happened(issue.id());
		this.risks.saveAndFlush(risk);
		this.events.publishEvent(new RiskHappened(engagementId, riskId, terms.title(), issue.id(), user.signature()));
		return issue;
	}

	/** A risk of a visible engagement; 404 for any other. */
	public RiskView risk(Long engagementId, Long riskId, Access access) {
		this.engagements.parties(engagementId, access);
		return RiskView.of(find(engagementId, riskId), LocalDate.now(this.clock));
	}

	/**
	 * A page (from 0) of the risks of a visible engagement, open ones first and the
	 * highest score first; optionally only the open ones. Paged in the database.
	 */
	public Page<RiskView> risks(Long engagementId, Access access, boolean open, int page, int size) {
		this.engagements.parties(engagementId, access);
		LocalDate today = LocalDate.now(this.clock);
		return this.risks.page(engagementId, open, PageRequest.of(page, size)).map((risk) -> RiskView.of(risk, today));
	}

	/**
	 * How many open risks of a visible engagement have each likelihood (rows, 5 first)
	 * and impact (columns, 1 first): the heat map, in one query.
	 */
	public int[][] heatMap(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		int[][] cells = new int[RiskTerms.HIGHEST][RiskTerms.HIGHEST];
		for (Object[] row : this.risks.heat(engagementId)) {
			int likelihood = ((Number) row[0]).intValue();
			int impact = ((Number) row[1]).intValue();
			cells[RiskTerms.HIGHEST - likelihood][impact - 1] = ((Number) row[2]).intValue();
		}
		return cells;
	}

	/** How many risks of an engagement are open, and how many of them are high. */
	public record Summary(long open, long high) {
	}

	/** The open and the high risks of a visible engagement now: one query. */
	public Summary summary(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		Object[] row = this.risks.openAndHigh(engagementId, RiskTerms.HIGH_SCORE).get(0);
		return new Summary(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
	}

	/** At most this many of an engagement's newest risks make its agendas. */
	public static final int AGENDA_READ = 200;

	/** The newest risks of a visible engagement, read once for any number of agendas. */
	public List<RiskView> newest(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		LocalDate today = LocalDate.now(this.clock);
		return this.risks.findByEngagementIdOrderByCreatedAtDescIdDesc(engagementId, PageRequest.of(0, AGENDA_READ))
			.stream()
			.map((risk) -> RiskView.of(risk, today))
			.toList();
	}

	@Override
	public Map<Long, List<DueItem>> dueItems(Map<Long, LocalDate> goLives) {
		Map<Long, List<DueItem>> due = new HashMap<>();
		if (goLives.isEmpty()) {
			return due;
		}
		for (Risk risk : this.risks.open(goLives.keySet())) {
			RiskTerms terms = risk.terms();
			due.computeIfAbsent(risk.getEngagementId(), (id) -> new ArrayList<>())
				.add(DueItem.titled(DueKind.RISK_REVIEW, terms.title(), terms.reviewDate(), false)
					.withRef("risk-" + risk.getId()));
		}
		return due;
	}

	private Risk find(Long engagementId, Long riskId) {
		return this.risks.findByIdAndEngagementId(riskId, engagementId)
			.orElseThrow(() -> new RiskNotFoundException(riskId));
	}

	private void requireValid(Long engagementId, RiskTerms terms, CurrentUser user) {
		if (!check(engagementId, terms.title(), terms.likelihood(), terms.impact(), terms.ownerSide(),
				terms.mitigation(), terms.reviewDate(), user)
			.isEmpty()) {
			throw new IllegalArgumentException("Not a risk");
		}
	}

	private static RiskTerms cleaned(RiskTerms terms, RiskStatus status) {
		String mitigation = (terms.mitigation() == null || terms.mitigation().isBlank()) ? null
				: terms.mitigation().strip();
		return new RiskTerms(terms.title().strip(), terms.likelihood(), terms.impact(), terms.ownerSide(), mitigation,
				terms.reviewDate(), status);
	}

	private static Map<String, Object> values(RiskTerms terms) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("risk.title", terms.title());
		values.put("risk.likelihood", terms.likelihood());
		values.put("risk.impact", terms.impact());
		values.put("risk.ownerSide", terms.ownerSide());
		values.put("risk.mitigation", terms.mitigation());
		values.put("risk.reviewDate", terms.reviewDate());
		values.put("risk.status", terms.status());
		return values;
	}

}
