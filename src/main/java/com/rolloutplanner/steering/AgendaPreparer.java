package com.rolloutplanner.steering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.commitments.Commitments.AnnexView;
import com.rolloutplanner.commitments.Commitments.GateView;
import com.rolloutplanner.due.Deadlines;
import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.due.DueKind;
import com.rolloutplanner.due.DueState;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.kpi.Judgement;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.ContractTargets;
import com.rolloutplanner.kpi.KpiView;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Placement;
import com.rolloutplanner.quickwin.Assessment;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.quickwin.QuickWinSubject;
import com.rolloutplanner.quickwin.Severity;
import com.rolloutplanner.steering.AgendaView.Line;
import com.rolloutplanner.servicelevel.ServiceCredits;
import com.rolloutplanner.pulse.PulseFinding;
import com.rolloutplanner.pulse.Pulses;
import com.rolloutplanner.issue.IssueView;
import com.rolloutplanner.issue.IssueAgenda;
import com.rolloutplanner.changerequest.ChangeRequestView;
import com.rolloutplanner.changerequest.ChangeRequests;
import com.rolloutplanner.changerequest.ChangeStatus;
import com.rolloutplanner.risk.RiskStatus;
import com.rolloutplanner.risk.RiskView;
import com.rolloutplanner.risk.Risks;
import com.rolloutplanner.servicelevel.ServiceLevels;
import com.rolloutplanner.system.ViewHelpers;

/**
 * Prepares a meeting's agenda from the engagement's data for the meeting's date, each
 * prepared point with what the data says then; a prepared point with nothing to say is
 * left out. Computed when read, in the reader's language, never stored.
 */
@Component
class AgendaPreparer {

	private final Engagements engagements;

	private final Deadlines deadlines;

	private final Commitments commitments;

	private final Kpis kpis;

	private final QuickWinAssessor assessor;

	private final ObjectProvider<ChangeLog> changeLog;

	private final ObjectProvider<ContractTargets> contracts;

	private final ServiceLevels serviceLevels;

	private final Pulses pulses;

	private final IssueAgenda issues;

	private final Risks risks;

	private final ChangeRequests changeRequests;

	private final ActionItemRepository actions;

	private final MessageSource messages;

	private final ViewHelpers fmt;

	AgendaPreparer(Engagements engagements, Deadlines deadlines, Commitments commitments, Kpis kpis,
			QuickWinAssessor assessor, ObjectProvider<ChangeLog> changeLog, ObjectProvider<ContractTargets> contracts,
			ActionItemRepository actions, MessageSource messages, ViewHelpers fmt, ServiceLevels serviceLevels,
			Pulses pulses, IssueAgenda issues, Risks risks, ChangeRequests changeRequests) {
		this.issues = issues;
		this.risks = risks;
		this.changeRequests = changeRequests;
		this.pulses = pulses;
		this.contracts = contracts;
		this.serviceLevels = serviceLevels;
		this.engagements = engagements;
		this.deadlines = deadlines;
		this.commitments = commitments;
		this.kpis = kpis;
		this.assessor = assessor;
		this.changeLog = changeLog;
		this.actions = actions;
		this.messages = messages;
		this.fmt = fmt;
	}

	/**
	 * The agenda of the meeting; {@code previousStart} is when the previous meeting of
	 * the engagement started ({@code null} for the first).
	 */
	AgendaView prepare(Meeting meeting, LocalDateTime previousStart, Map<Long, LocalDateTime> starts, Access access,
			Locale locale) {
		return prepare(meeting, previousStart, starts, sources(meeting.getEngagementId(), access), locale);
	}

	/**
	 * What the agendas of an engagement's meetings are prepared from, read once for any
	 * number of its meetings: the parties, the due items, the gates and the terms annex,
	 * the KPIs, the actions and the flags.
	 */
	Sources sources(Long engagementId, Access access) {
		Parties parties = this.engagements.parties(engagementId, access);
		LocalDate any = parties.goLive();
		return new Sources(parties,
				this.deadlines.items(Map.of(engagementId, parties.goLive())).getOrDefault(engagementId, List.of()),
				this.commitments.annex(engagementId, access, null, any),
				this.commitments.gates(engagementId, access, null, any), this.kpis.kpis(engagementId, access),
				this.actions.findByEngagementIdOrderByDueDateAscIdAsc(engagementId), criticalFlags(parties, access),
				this.serviceLevels.credits(engagementId, access), this.pulses.read(engagementId, access),
				this.issues.read(engagementId, access), this.risks.newest(engagementId, access),
				this.changeRequests.newest(engagementId, access));
	}

	/** The agenda of a meeting, from sources read for its engagement. */
	AgendaView prepare(Meeting meeting, LocalDateTime previousStart, Map<Long, LocalDateTime> starts, Sources sources,
			Locale locale) {
		Parties parties = sources.parties();
		LocalDate date = meeting.getStartsAt().toLocalDate();
		Map<AgendaKind, List<Line>> prepared = new EnumMap<>(AgendaKind.class);
		prepared.put(AgendaKind.PHASE, phase(parties.goLive(), date, locale));
		prepared.put(AgendaKind.CHANGES, changes(meeting, previousStart, locale));
		prepared.put(AgendaKind.DUE, due(sources.due(), date, locale));
		prepared.put(AgendaKind.SIGNOFFS, signOffs(sources, date, locale));
		List<Line> kpiLines = new ArrayList<>(kpis(parties, sources.kpis(), date, locale));
		kpiLines
			.addAll(credits(sources.credits(), PhaseCalendar.place(parties.goLive(), date).monthOfJourney(), locale));
		kpiLines.addAll(pulse(sources, date, locale));
		prepared.put(AgendaKind.KPIS, kpiLines);
		List<Line> raid = new ArrayList<>(issues(meeting, previousStart, sources.issues(), locale));
		raid.addAll(risks(meeting, previousStart, sources.risks(), date, locale));
		raid.addAll(changes(meeting, sources.changes(), locale));
		prepared.put(AgendaKind.ISSUES, raid);
		prepared.put(AgendaKind.ACTIONS, openActions(meeting, sources.actions(), starts, date, locale));
		prepared.put(AgendaKind.FLAGS,
				sources.criticalFlags()
					.stream()
					.map((code) -> Line.of(text(locale, "flag." + code + ".title")))
					.toList());
		List<AgendaView.Point> points = new ArrayList<>();
		for (AgendaPoint point : meeting.getAgenda()) {
			List<Line> lines = (point.getKind() == AgendaKind.CUSTOM) ? List.of() : prepared.get(point.getKind());
			boolean keep = point.getKind() == AgendaKind.CUSTOM || point.getKind() == AgendaKind.PHASE
					|| !lines.isEmpty() || point.getNotes() != null;
			if (keep) {
				String title = (point.getKind() == AgendaKind.CUSTOM) ? point.getTitle()
						: text(locale, "agenda.kind." + point.getKind());
				points.add(new AgendaView.Point(point.getId(), point.getKind(), title, lines, point.getNotes(),
						point.isNotesInternal(), false, false));
			}
		}
		List<AgendaView.Point> marked = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			AgendaView.Point p = points.get(i);
			marked.add(new AgendaView.Point(p.id(), p.kind(), p.title(), p.lines(), p.notes(), p.notesInternal(),
					i == 0, i == points.size() - 1));
		}
		return new AgendaView(marked);
	}

	private List<Line> phase(LocalDate goLive, LocalDate date, Locale locale) {
		Placement placement = PhaseCalendar.place(goLive, date);
		List<Line> lines = new ArrayList<>();
		String phase = text(locale, "phase." + placement.phase());
		lines.add(Line.of(placement.isLive() ? text(locale, "agenda.phase.live", phase, placement.monthOfJourney())
				: text(locale, "agenda.phase.beforeGoLive", phase, this.fmt.date(goLive))));
		lines.add(Line.of(text(locale, "phase." + placement.phase() + ".expectation")));
		return lines;
	}

	private List<Line> changes(Meeting meeting, LocalDateTime previousStart, Locale locale) {
		ChangeLog log = this.changeLog.getIfAvailable();
		if (log == null) {
			return List.of();
		}
		ZoneId zone = ZoneId.of(meeting.getTimeZone());
		Instant to = meeting.getStartsAt().atZone(zone).toInstant();
		Instant from = (previousStart != null) ? previousStart.atZone(zone).toInstant()
				: meeting.getStartsAt().minusMonths(1).atZone(zone).toInstant();
		return log.notableChanges(meeting.getEngagementId(), from, to, locale).stream().map(Line::of).toList();
	}

	private List<Line> due(List<DueItem> items, LocalDate date, Locale locale) {
		return items.stream()
			// Actions have their own point, and gates and the charter wait for signatures
			// (the sign-offs point): each thing appears once on an agenda.
			.filter((item) -> item.kind() == DueKind.ROADMAP_ITEM)
			.filter((item) -> item.stateOn(date) == DueState.OVERDUE || item.stateOn(date) == DueState.DUE_SOON)
			.sorted(Comparator.comparing(DueItem::dueDate).thenComparing(DueItem::kind))
			.map((item) -> new Line(text(locale, "agenda.due.line", text(locale, "due.kind." + item.kind()),
					(item.title() != null) ? item.title() : text(locale, item.titleKey()),
					this.fmt.date(item.dueDate())), item.stateOn(date), item.dueDate()))
			.toList();
	}

	private List<Line> signOffs(Sources sources, LocalDate date, Locale locale) {
		List<Line> lines = new ArrayList<>();
		LocalDate horizon = date.plusDays(DueState.SOON_DAYS);
		AnnexView annex = sources.annex();
		if (!annex.isComplete() && !annex.dueDate().isAfter(horizon)) {
			lines.add(new Line(
					text(locale, "agenda.signoff.annex",
							missing(annex.client() == null, annex.partner() == null, locale)),
					DueState.of(annex.dueDate(), false, date), annex.dueDate()));
		}
		for (GateView gate : sources.gates()) {
			if (!gate.isPassed() && !gate.dueDate().isAfter(horizon)) {
				lines.add(new Line(text(locale, "agenda.signoff.gate", text(locale, "gate." + gate.type()),
						this.fmt.date(gate.dueDate()), missing(gate.client() == null, gate.partner() == null, locale)),
						DueState.of(gate.dueDate(), false, date), gate.dueDate()));
			}
		}
		return lines;
	}

	private String missing(boolean client, boolean partner, Locale locale) {
		if (client && partner) {
			return text(locale, "agenda.signoff.both");
		}
		return text(locale, client ? "agenda.signoff.client" : "agenda.signoff.partner");
	}

	private List<Line> kpis(Parties parties, List<Kpi> kpis, LocalDate date, Locale locale) {
		Placement placement = PhaseCalendar.place(parties.goLive(), date);
		int month = placement.monthOfJourney();
		ContractTargets contracts = this.contracts.getIfAvailable();
		Map<Long, SortedMap<Integer, Double>> agreed = (contracts != null && !kpis.isEmpty())
				? contracts.of(parties.engagementId()) : Map.of();
		List<Line> lines = new ArrayList<>();
		for (Kpi kpi : kpis) {
			KpiView view = KpiView.of(kpi, month);
			if (view.current() != null && view.current().judgement() != Judgement.AS_EXPECTED) {
				lines.add(Line.of(text(locale, "agenda.kpi.outside", kpi.getName(),
						text(locale, "judgement." + view.current().judgement()), view.current().month(),
						value(view.current().value(), kpi.getUnit()))));
			}
			// The latest actual against the target the sides agreed for its month (none
			// in the credit holiday).
			Double target = (view.current() != null)
					? ContractTargets.targetIn(agreed.get(kpi.getId()), view.current().month()) : null;
			if (target != null && kpi.getDirection().better(target, view.current().value().doubleValue())) {
				lines.add(Line.of(text(locale, "agenda.kpi.serviceLevel", kpi.getName(), view.current().month(),
						value(view.current().value(), kpi.getUnit()),
						value(java.math.BigDecimal.valueOf(target), kpi.getUnit()))));
			}
			int completed = month - 1;
			if (placement.isLive() && completed >= 1 && !kpi.getActuals().containsKey(completed)) {
				lines.add(Line.of(text(locale, "agenda.kpi.missing", kpi.getName(), completed)));
			}
		}
		return lines;
	}

	/**
	 * The service credits of the months before the meeting's month: due, earned back and
	 * net, and the months whose credit was earned back by the KPIs met again.
	 */
	private List<Line> credits(ServiceLevels.Credits credits, int month, Locale locale) {
		List<ServiceCredits.Month> before = credits.table().months().stream().filter((m) -> m.month() < month).toList();
		BigDecimal due = before.stream().map(ServiceCredits.Month::due).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (due.signum() == 0) {
			return List.of();
		}
		BigDecimal back = before.stream()
			.map(ServiceCredits.Month::earnedBack)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		List<Line> lines = new ArrayList<>();
		lines.add(Line.of(credits.inPercent()
				? text(locale, "agenda.credits.percent", this.fmt.decimal(due), this.fmt.decimal(back),
						this.fmt.decimal(due.subtract(back)))
				: text(locale, "agenda.credits.amounts", this.fmt.money(due, credits.currency()),
						this.fmt.money(back, credits.currency()),
						this.fmt.money(due.subtract(back), credits.currency()))));
		String earnedBack = before.stream()
			.filter((m) -> m.earnedBack().signum() > 0)
			.map((m) -> Integer.toString(m.month()))
			.collect(java.util.stream.Collectors.joining(", "));
		if (!earnedBack.isEmpty()) {
			lines.add(Line.of(text(locale, "agenda.credits.earnedBack", earnedBack)));
		}
		return lines;
	}

	/**
	 * The cooperation pulse beside the numbers, as of the meeting's date: the latest
	 * scores both sides gave, and what they say (the watermelon first).
	 */
	private List<Line> pulse(Sources sources, LocalDate date, Locale locale) {
		Pulses.PulseView pulse = this.pulses.view(sources.pulse(), sources.kpis(), null, null, date);
		Pulses.MonthScores latest = pulse.latest();
		List<Line> lines = new ArrayList<>();
		if (latest != null) {
			lines.add(Line.of(text(locale, "report.pulse", latest.month(), this.fmt.score(latest.client().score()),
					this.fmt.score(latest.partner().score()))));
		}
		for (PulseFinding finding : pulse.findings()) {
			lines.add(Line.of(text(locale, "agenda.pulse.finding", text(locale, "pulse.finding." + finding + ".title"),
					text(locale, "severity." + (finding.isCritical() ? "CRITICAL" : "WARNING")))));
		}
		return lines;
	}

	private String value(BigDecimal value, String unit) {
		String number = this.fmt.decimal(value);
		return (unit == null || unit.isBlank()) ? number : number + " " + unit;
	}

	/** At most this many issues on an agenda; a last line says how many more. */
	static final int AGENDA_ISSUES = 12;

	/**
	 * The issues as they stood when the meeting starts: escalated ones and responses owed
	 * first, then those raised since the previous meeting.
	 */
	private List<Line> issues(Meeting meeting, LocalDateTime previousStart, IssueAgenda.Reading reading,
			Locale locale) {
		ZoneId zone = ZoneId.of(meeting.getTimeZone());
		Instant at = meeting.getStartsAt().atZone(zone).toInstant();
		Instant since = (previousStart != null) ? previousStart.atZone(zone).toInstant() : null;
		List<IssueAgenda.OnAgenda> shown = IssueAgenda.onAgenda(reading, since, at);
		List<Line> lines = new ArrayList<>();
		for (IssueAgenda.OnAgenda item : shown.subList(0, Math.min(shown.size(), AGENDA_ISSUES))) {
			IssueView issue = item.issue();
			String severity = text(locale, "issue.severity." + issue.severity());
			String side = text(locale, "side." + issue.ownerSide());
			LocalDate due = issue.responseDue().atZone(zone).toLocalDate();
			if (item.awaiting() && item.tier().escalated()) {
				lines.add(new Line(text(locale, "agenda.issue.escalated", issue.title(), severity,
						text(locale, "issue.tier." + item.tier()), side, this.fmt.dateTime(issue.responseDue())),
						DueState.OVERDUE, due));
			}
			else if (item.awaiting()) {
				lines.add(new Line(text(locale, "agenda.issue.awaiting", issue.title(), severity, side,
						this.fmt.dateTime(issue.responseDue())), null, due));
			}
			else {
				lines.add(Line.of(text(locale, "agenda.issue.new", issue.title(), severity,
						text(locale, "side." + issue.raisedSide()))));
			}
		}
		if (shown.size() > AGENDA_ISSUES) {
			lines.add(Line.of(text(locale, "agenda.issue.more", shown.size() - AGENDA_ISSUES)));
		}
		return lines;
	}

	/**
	 * The risks as they stood when the meeting starts: open ones whose review is due by
	 * then (overdue first), then those added since the previous meeting.
	 */
	private List<Line> risks(Meeting meeting, LocalDateTime previousStart, List<RiskView> risks, LocalDate date,
			Locale locale) {
		ZoneId zone = ZoneId.of(meeting.getTimeZone());
		Instant at = meeting.getStartsAt().atZone(zone).toInstant();
		Instant since = (previousStart != null) ? previousStart.atZone(zone).toInstant() : null;
		List<Line> due = new ArrayList<>();
		List<Line> added = new ArrayList<>();
		for (RiskView risk : risks) {
			if (risk.createdAt().isAfter(at) || risk.terms().status() != RiskStatus.OPEN) {
				continue;
			}
			LocalDate review = risk.terms().reviewDate();
			DueState state = DueState.of(review, false, date);
			String score = text(locale, "risk.score", risk.score(), risk.terms().likelihood(), risk.terms().impact());
			if (state == DueState.OVERDUE || !review.isAfter(date)) {
				due.add(new Line(
						text(locale, "agenda.risk.review", risk.terms().title(), score,
								text(locale, "side." + risk.terms().ownerSide()), this.fmt.date(review)),
						state, review));
			}
			else if (since == null || risk.createdAt().isAfter(since)) {
				added.add(Line.of(text(locale, "agenda.risk.new", risk.terms().title(), score)));
			}
		}
		due.sort(Comparator.comparing(Line::dueDate));
		List<Line> lines = new ArrayList<>(due.subList(0, Math.min(due.size(), AGENDA_ISSUES)));
		lines.addAll(added.subList(0, Math.min(added.size(), AGENDA_ISSUES)));
		int more = due.size() + added.size() - lines.size();
		if (more > 0) {
			lines.add(Line.of(text(locale, "agenda.risk.more", more)));
		}
		return lines;
	}

	/**
	 * The change requests asked for by the meeting's start and still waiting for a
	 * decision.
	 */
	private List<Line> changes(Meeting meeting, List<ChangeRequestView> changes, Locale locale) {
		Instant at = meeting.getStartsAt().atZone(ZoneId.of(meeting.getTimeZone())).toInstant();
		List<ChangeRequestView> waiting = changes.stream()
			.filter((c) -> !c.requestedAt().isAfter(at))
			.filter((c) -> c.status() == ChangeStatus.PROPOSED || (c.decidedAt() != null && c.decidedAt().isAfter(at)))
			.sorted(Comparator.comparing(ChangeRequestView::requestedAt))
			.toList();
		List<Line> lines = new ArrayList<>();
		for (ChangeRequestView change : waiting.subList(0, Math.min(waiting.size(), AGENDA_ISSUES))) {
			lines.add(Line.of(text(locale, "agenda.change.waiting", change.title(),
					text(locale, "change.area." + change.area()), text(locale, "side." + change.requestedSide()))));
		}
		if (waiting.size() > AGENDA_ISSUES) {
			lines.add(Line.of(text(locale, "agenda.change.more", waiting.size() - AGENDA_ISSUES)));
		}
		return lines;
	}

	/** Actions from meetings before this one (or added before it) still open. */
	private List<Line> openActions(Meeting meeting, List<ActionItem> actions, Map<Long, LocalDateTime> starts,
			LocalDate date, Locale locale) {
		Instant start = meeting.getStartsAt().atZone(ZoneId.of(meeting.getTimeZone())).toInstant();
		return actions.stream()
			.filter((action) -> !action.isDone())
			.filter((action) -> (action.getMeetingId() != null)
					? starts.containsKey(action.getMeetingId())
							&& starts.get(action.getMeetingId()).isBefore(meeting.getStartsAt())
					: action.getCreatedAt().isBefore(start))
			.sorted(Comparator.comparing((ActionItem action) -> DueState.of(action.getDueDate(), false, date))
				.thenComparing(ActionItem::getDueDate))
			.map((action) -> new Line(
					text(locale, "agenda.action.line", action.getTitle(), text(locale, "side." + action.getOwnerSide()),
							this.fmt.date(action.getDueDate())),
					DueState.of(action.getDueDate(), false, date), action.getDueDate()))
			.toList();
	}

	/** The codes of the critical flags nobody has acknowledged. */
	private List<String> criticalFlags(Parties parties, Access access) {
		QuickWinSubject subject = this.engagements.read(parties.engagementId(), access, (e) -> e.quickWinSubject());
		Assessment assessment = this.assessor.assess(parties.engagementId(), parties.goLive(), subject);
		return assessment.flags()
			.stream()
			.filter((f) -> f.flag().severity() == Severity.CRITICAL && !f.isAcknowledged())
			.map((f) -> f.flag().code().name())
			.toList();
	}

	/** What an engagement's agendas are prepared from; see {@link #sources}. */
	record Sources(Parties parties, List<DueItem> due, AnnexView annex, List<GateView> gates, List<Kpi> kpis,
			List<ActionItem> actions, List<String> criticalFlags, ServiceLevels.Credits credits, Pulses.Reading pulse,
			IssueAgenda.Reading issues, List<RiskView> risks, List<ChangeRequestView> changes) {
	}

	private String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
