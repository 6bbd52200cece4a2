package com.rolloutplanner.agenda;

import com.rolloutplanner.steering.AgendaKind;
import com.rolloutplanner.steering.AgendaPoint;
import com.rolloutplanner.steering.Meeting;
import com.rolloutplanner.action.ActionItem;
import com.rolloutplanner.action.ActionItems;
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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.commitments.Commitments.AnnexView;
import com.rolloutplanner.commitments.GateView;
import com.rolloutplanner.due.Deadlines;
import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.due.DueKind;
import com.rolloutplanner.due.DueState;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Placement;
import com.rolloutplanner.quickwin.Assessment;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.quickwin.QuickWinSubject;
import com.rolloutplanner.quickwin.Severity;
import com.rolloutplanner.agenda.AgendaView.Line;
import com.rolloutplanner.pulse.Pulses;
import com.rolloutplanner.issue.IssueAgenda;
import com.rolloutplanner.changerequest.ChangeRequestView;
import com.rolloutplanner.changerequest.ChangeRequests;
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
public class AgendaPreparer {

	private final Engagements engagements;

	private final Deadlines deadlines;

	private final Commitments commitments;

	private final Kpis kpis;

	private final QuickWinAssessor assessor;

	private final ObjectProvider<ChangeLog> changeLog;

	private final ServiceLevels serviceLevels;

	private final Pulses pulses;

	private final IssueAgenda issues;

	private final Risks risks;

	private final ChangeRequests changeRequests;

	private final ActionItems actions;

	private final RaidLines raid;

	private final KpiLines kpiLines;

	private final MessageSource messages;

	private final ViewHelpers fmt;

	public AgendaPreparer(Engagements engagements, Deadlines deadlines, Commitments commitments, Kpis kpis,
			QuickWinAssessor assessor, ObjectProvider<ChangeLog> changeLog, ActionItems actions, RaidLines raid,
			KpiLines kpiLines, MessageSource messages, ViewHelpers fmt, ServiceLevels serviceLevels, Pulses pulses,
			IssueAgenda issues, Risks risks, ChangeRequests changeRequests) {
		this.issues = issues;
		this.risks = risks;
		this.changeRequests = changeRequests;
		this.pulses = pulses;
		this.serviceLevels = serviceLevels;
		this.engagements = engagements;
		this.deadlines = deadlines;
		this.commitments = commitments;
		this.kpis = kpis;
		this.assessor = assessor;
		this.changeLog = changeLog;
		this.actions = actions;
		this.raid = raid;
		this.kpiLines = kpiLines;
		this.messages = messages;
		this.fmt = fmt;
	}

	/**
	 * The agenda of the meeting; {@code previousStart} is when the previous meeting of
	 * the engagement started ({@code null} for the first).
	 */
	public AgendaView prepare(Meeting meeting, LocalDateTime previousStart, Map<Long, LocalDateTime> starts,
			Access access, Locale locale) {
		return prepare(meeting, previousStart, starts, sources(meeting.getEngagementId(), access), locale);
	}

	/**
	 * What the agendas of an engagement's meetings are prepared from, read once for any
	 * number of its meetings: the parties, the due items, the gates and the terms annex,
	 * the KPIs, the actions and the flags.
	 */
	public Sources sources(Long engagementId, Access access) {
		Parties parties = this.engagements.parties(engagementId, access);
		LocalDate any = parties.goLive();
		return new Sources(parties,
				this.deadlines.items(Map.of(engagementId, parties.goLive())).getOrDefault(engagementId, List.of()),
				this.commitments.annex(engagementId, access, null, any),
				this.commitments.gates(engagementId, access, null, any), this.kpis.kpis(engagementId, access),
				this.actions.actions(engagementId, access), criticalFlags(parties, access),
				this.serviceLevels.credits(engagementId, access), this.pulses.read(engagementId, access),
				this.issues.read(engagementId, access), this.risks.newest(engagementId, access),
				this.changeRequests.newest(engagementId, access));
	}

	/** The agenda of a meeting, from sources read for its engagement. */
	public AgendaView prepare(Meeting meeting, LocalDateTime previousStart, Map<Long, LocalDateTime> starts,
			Sources sources, Locale locale) {
		Parties parties = sources.parties();
		LocalDate date = meeting.getStartsAt().toLocalDate();
		Map<AgendaKind, List<Line>> prepared = new EnumMap<>(AgendaKind.class);
		prepared.put(AgendaKind.PHASE, phase(parties.goLive(), date, locale));
		prepared.put(AgendaKind.CHANGES, changes(meeting, previousStart, locale));
		prepared.put(AgendaKind.DUE, due(sources.due(), date, locale));
		prepared.put(AgendaKind.SIGNOFFS, signOffs(sources, date, locale));
		prepared.put(AgendaKind.KPIS, this.kpiLines.lines(sources, date, locale));
		prepared.put(AgendaKind.ISSUES, this.raid.lines(meeting, previousStart, sources.issues(), sources.risks(),
				sources.changes(), date, locale));
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
	public record Sources(Parties parties, List<DueItem> due, AnnexView annex, List<GateView> gates, List<Kpi> kpis,
			List<ActionItem> actions, List<String> criticalFlags, ServiceLevels.Credits credits, Pulses.Reading pulse,
			IssueAgenda.Reading issues, List<RiskView> risks, List<ChangeRequestView> changes) {
	}

	private String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
