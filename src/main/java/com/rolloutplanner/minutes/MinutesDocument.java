package com.rolloutplanner.minutes;

import com.rolloutplanner.steering.MeetingView;
import com.rolloutplanner.action.ActionRow;
import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.agenda.AgendaView;
import com.rolloutplanner.meeting.Meetings;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Member;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;

/**
 * Everything the meeting page and its minutes show, for the page in the browser and for
 * the minutes rendered as a PDF and archived with the reports: the meeting, its agenda
 * prepared for its date, the decisions, the actions handed out in it and those still
 * open, with the states on the meeting's date.
 */
@Component
@Transactional(readOnly = true)
public class MinutesDocument {

	/** The template that renders the minutes as an A4 page. */
	public static final String TEMPLATE = "steering/minutes";

	private final Meetings meetings;

	private final MeetingMinutes meetingMinutes;

	private final ActionItems actionItems;

	private final Engagements engagements;

	private final Accounts accounts;

	private final java.time.Clock clock;

	MinutesDocument(Meetings meetings, MeetingMinutes meetingMinutes, ActionItems actionItems, Engagements engagements,
			Accounts accounts, java.time.Clock clock) {
		this.clock = clock;
		this.meetings = meetings;
		this.meetingMinutes = meetingMinutes;
		this.actionItems = actionItems;
		this.engagements = engagements;
		this.accounts = accounts;
	}

	/** The model of the minutes of a meeting the user can see. */
	public Map<String, Object> model(Long id, Long meetingId, CurrentUser user, Locale locale) {
		Parties parties = this.engagements.parties(id, user.access());
		MeetingView meeting = this.meetings.meeting(id, meetingId, user.access());
		List<Member> members = this.accounts.membersOf(List.of(parties.clientId(), parties.partnerId()));
		Map<String, String> names = new LinkedHashMap<>();
		members.forEach((m) -> names.put(m.username(), m.displayName()));
		LocalDate date = meeting.startsAt().toLocalDate();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("parties", parties);
		model.put("meeting", meeting);
		AgendaView agenda = this.meetingMinutes.agenda(id, meetingId, user.access(), locale);
		List<MeetingMinutes.DecisionView> decisions = this.meetingMinutes.decisions(id, meetingId, user.access());
		List<ActionRow> actions = this.actionItems.actionsOf(id, meetingId, user.access())
			.stream()
			.map((a) -> ActionRow.of(a, date))
			.toList();
		model.put("agenda", agenda);
		model.put("decisions", decisions);
		model.put("actions", actions);
		// What came from each point, shown under it.
		Map<Long, String> pointTitles = new LinkedHashMap<>();
		agenda.points().forEach((p) -> pointTitles.put(p.id(), p.title()));
		model.put("pointTitles", pointTitles);
		model.put("pointDecisions",
				decisions.stream()
					.filter((d) -> pointTitles.containsKey(d.pointId()))
					.collect(Collectors.groupingBy(MeetingMinutes.DecisionView::pointId)));
		model.put("pointActions",
				actions.stream()
					.filter((a) -> pointTitles.containsKey(a.pointId()))
					.collect(Collectors.groupingBy(ActionRow::pointId)));
		model.put("openActions",
				this.actionItems.actions(id, user.access())
					.stream()
					.filter((a) -> !a.isDone())
					.map((a) -> ActionRow.of(a, date))
					.toList());
		model.put("members", members);
		model.put("names", names);
		model.put("readerSide", parties.sideOf(user.getOrganisationId()));
		model.put("started", meeting.hasStarted(this.clock.instant()));
		model.put("attendeeNames", meeting.attendees().stream().map((u) -> names.getOrDefault(u, u)).toList());
		return model;
	}

}
