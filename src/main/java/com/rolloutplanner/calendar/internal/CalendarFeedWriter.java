package com.rolloutplanner.calendar.internal;

import com.rolloutplanner.account.Member;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Attendee;
import biweekly.property.DateStart;
import biweekly.util.ICalDate;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.due.Deadlines;
import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.steering.MeetingView;
import com.rolloutplanner.meeting.Meetings;

/**
 * The calendar of a user as iCalendar (RFC 5545): the meetings of the engagements they
 * can see, with attendees and a link to the agenda, at their wall-clock time in the
 * meeting's time zone; and the gates, the charter, roadmap items and actions still open,
 * as all-day events on their due dates. Every event has a stable UID, so a calendar app
 * replaces it when it changes instead of adding another.
 */
@Component
class CalendarFeedWriter {

	static final String DOMAIN = "@rollout-planner";

	private final Engagements engagements;

	private final Meetings meetings;

	private final Deadlines deadlines;

	private final Accounts accounts;

	private final MessageSource messages;

	CalendarFeedWriter(Engagements engagements, Meetings meetings, Deadlines deadlines, Accounts accounts,
			MessageSource messages) {
		this.engagements = engagements;
		this.meetings = meetings;
		this.deadlines = deadlines;
		this.accounts = accounts;
		this.messages = messages;
	}

	private record Visible(Long id, String name, LocalDate goLive, Long clientId, Long partnerId) {
	}

	String write(CurrentUser user, String baseUrl, Locale locale) {
		List<Visible> visible = this.engagements.readAll(user.access(), (e) -> new Visible(e.getId(), e.getName(),
				e.getGoLiveDate(), e.getClient().getId(), e.getPartner().getId()));
		Map<Long, Visible> byId = new HashMap<>();
		Map<Long, LocalDate> goLives = new HashMap<>();
		List<Long> organisations = new ArrayList<>();
		for (Visible v : visible) {
			byId.put(v.id(), v);
			goLives.put(v.id(), v.goLive());
			organisations.add(v.clientId());
			organisations.add(v.partnerId());
		}
		Map<String, Member> members = new HashMap<>();
		if (!organisations.isEmpty()) {
			this.accounts.membersOf(organisations).forEach((m) -> members.put(m.username(), m));
		}
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Rollout Planner//Steering calendar//EN");
		calendar.setName(text(locale, "calendar.name", user.getDisplayName()));
		Map<String, TimezoneAssignment> zones = new HashMap<>();
		for (MeetingView meeting : this.meetings.meetingsOf(byId.keySet())) {
			Visible engagement = byId.get(meeting.engagementId());
			VEvent event = new VEvent();
			event.setUid("meeting-" + meeting.id() + DOMAIN);
			event.setSummary(text(locale, "calendar.meeting", text(locale, "meeting.kind." + meeting.kind()),
					engagement.name()));
			ZoneId zone = ZoneId.of(meeting.timeZone());
			DateStart start = event.setDateStart(Date.from(meeting.startsAt().atZone(zone).toInstant()));
			event.setDateEnd(
					Date.from(meeting.startsAt().plusMinutes(meeting.durationMinutes()).atZone(zone).toInstant()));
			TimezoneAssignment assignment = zones.computeIfAbsent(meeting.timeZone(),
					(id) -> Timezones.assignment(zone));
			calendar.getTimezoneInfo().setTimezone(start, assignment);
			calendar.getTimezoneInfo().setTimezone(event.getDateEnd(), assignment);
			String agenda = baseUrl + "/engagements/" + engagement.id() + "/meetings/" + meeting.id() + "#agenda";
			event.setUrl(agenda);
			if (meeting.place() != null) {
				event.setLocation(meeting.place());
			}
			event.setDescription(text(locale, "calendar.agenda", agenda));
			for (String username : meeting.attendees()) {
				event.addAttendee(attendee(username, members.get(username)));
			}
			calendar.addEvent(event);
		}
		this.deadlines.items(goLives).forEach((id, items) -> {
			for (DueItem item : items) {
				if (item.done() || item.ref() == null) {
					continue;
				}
				calendar.addEvent(dueEvent(item, byId.get(id), baseUrl, locale));
			}
		});
		return calendar.write();
	}

	/**
	 * An attendee: {@code mailto:} with the name as CN for a user with an address (what
	 * calendar apps show and invite), the name alone otherwise. biweekly quotes and
	 * escapes every parameter value as RFC 5545 and RFC 6868 say.
	 */
	static Attendee attendee(String username, Member member) {
		String name = parameterText((member != null) ? member.displayName() : username);
		String email = (member != null) ? member.email() : null;
		Attendee attendee = (email != null) ? new Attendee(name, email)
				: new Attendee(name, null, "urn:x-rollout-planner:user:" + username);
		attendee.setRole(biweekly.parameter.Role.ATTENDEE);
		return attendee;
	}

	/**
	 * A text as a parameter value (RFC 5545 3.2: quoted, and no double quote or line
	 * break inside): biweekly quotes a value with a comma, colon or semicolon; a double
	 * quote becomes a typographic one, which every calendar app shows as it is (RFC
	 * 6868's caret escapes are not read by all of them), and a line break a space.
	 */
	static String parameterText(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean open = true;
		for (char c : text.toCharArray()) {
			if (c == '"') {
				out.append(open ? '\u201C' : '\u201D');
				open = !open;
			}
			else if (c == '\n' || c == '\r') {
				out.append(' ');
			}
			else if (!Character.isISOControl(c)) {
				out.append(c);
			}
		}
		return out.toString().replaceAll(" {2,}", " ").strip();
	}

	private VEvent dueEvent(DueItem item, Visible engagement, String baseUrl, Locale locale) {
		VEvent event = new VEvent();
		event.setUid(item.ref() + DOMAIN);
		String title = (item.title() != null) ? item.title() : text(locale, item.titleKey());
		event.setSummary(
				text(locale, "calendar.due", text(locale, "due.kind." + item.kind()), title, engagement.name()));
		if (item.dueAt() != null) {
			// Due at a moment (an issue's response): a timed event of a quarter hour.
			event.setDateStart(Date.from(item.dueAt().toInstant()));
			event.setDuration(biweekly.util.Duration.fromMillis(Duration.ofMinutes(15).toMillis()));
		}
		else {
			LocalDate day = item.dueDate();
			event.setDateStart(new DateStart(
					new ICalDate(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()), false)));
			event.setDuration(biweekly.util.Duration.fromMillis(Duration.ofDays(1).toMillis()));
		}
		event.setUrl(baseUrl + "/engagements/" + engagement.id() + path(item));
		return event;
	}

	private static String path(DueItem item) {
		return switch (item.kind()) {
			case GATE, CHARTER -> "/gates";
			case ROADMAP_ITEM -> "/roadmap";
			case ACTION -> "/meetings";
			case ISSUE_RESPONSE -> "/issues/" + item.ref().substring("issue-".length());
			case RISK_REVIEW -> "/risks/" + item.ref().substring("risk-".length());
		};
	}

	private String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
