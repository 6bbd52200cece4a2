package com.rolloutplanner.agenda;

import com.rolloutplanner.steering.Meeting;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import com.rolloutplanner.due.DueState;
import com.rolloutplanner.agenda.AgendaView.Line;
import com.rolloutplanner.issue.IssueView;
import com.rolloutplanner.issue.IssueAgenda;
import com.rolloutplanner.changerequest.ChangeRequestView;
import com.rolloutplanner.changerequest.ChangeStatus;
import com.rolloutplanner.risk.RiskStatus;
import com.rolloutplanner.risk.RiskView;
import com.rolloutplanner.system.ViewHelpers;
import com.rolloutplanner.agenda.AgendaView.Line;

/**
 * The point of an agenda on issues, risks and changes: what each says when the meeting
 * starts, at most {@value #AGENDA_ISSUES} of a kind and a last line saying how many more.
 */
@Component
class RaidLines {

	private final MessageSource messages;

	private final ViewHelpers fmt;

	RaidLines(MessageSource messages, ViewHelpers fmt) {
		this.messages = messages;
		this.fmt = fmt;
	}

	/** The lines of the issues, risks and change requests, in that order. */
	List<Line> lines(Meeting meeting, LocalDateTime previousStart, IssueAgenda.Reading issues, List<RiskView> risks,
			List<ChangeRequestView> changes, LocalDate date, Locale locale) {
		List<Line> lines = new ArrayList<>(issues(meeting, previousStart, issues, locale));
		lines.addAll(risks(meeting, previousStart, risks, date, locale));
		lines.addAll(changes(meeting, changes, locale));
		return lines;
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

	private String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
