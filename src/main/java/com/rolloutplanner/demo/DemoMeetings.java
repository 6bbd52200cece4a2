package com.rolloutplanner.demo;

import com.rolloutplanner.account.Member;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.minutes.MeetingMinutes;
import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.action.ActionItem;
import com.rolloutplanner.action.ActionItem.Task;
import com.rolloutplanner.steering.AgendaKind;
import com.rolloutplanner.agenda.AgendaView;
import com.rolloutplanner.steering.Arrangement;
import com.rolloutplanner.meeting.Cadence;
import com.rolloutplanner.steering.MeetingKind;
import com.rolloutplanner.meeting.Meetings;
import com.rolloutplanner.engagement.Engagements;

/**
 * Three meetings in the past of every demo engagement, eight, four and one week ago, in
 * the rhythm of the phase each fell in: notes, a decision and an action each that fit the
 * phase. The older minutes are approved by both sides, the last one only by the client;
 * the action of four weeks ago is still open and overdue. The next three months follow
 * the recommended cadence.
 */
@Component
class DemoMeetings {

	private static final int[] WEEKS_AGO = { 8, 4, 1 };

	private static final Map<Phase, String[]> MINUTES = Map.of(Phase.PRE_LAUNCH,
			new String[] { "Training plan and staffing reviewed; tools access is the open risk.",
					"Go-live date confirmed; the dip of the first three months is expected and agreed.",
					"Test the customer data access of every agent" },
			Phase.START_UP,
			new String[] { "Quality dipped as expected; handling times above the baseline while agents learn.",
					"Keep the weekly joint review through start-up; no judgement on month-one figures.",
					"Send the ten most common contact reasons with model answers" },
			Phase.LEARNING,
			new String[] { "Quality back near the old level; first efficiency ideas from the partner's team.",
					"Approve the partner's knowledge-base update process.",
					"Run a joint calibration of quality scoring" },
			Phase.ESTABLISHED,
			new String[] { "Goals within reach; the business case starts to pay back.",
					"Start planning the continuous-development backlog for the next year.",
					"Draft three development proposals with their expected value" },
			Phase.CONTINUOUS_DEVELOPMENT,
			new String[] { "Stable quality; the development backlog is the main topic.",
					"Prioritise the chatbot hand-over improvement for the next quarter.",
					"Estimate the effort of the chatbot hand-over improvement" });

	/**
	 * The engagements whose action of four weeks ago is still open: the ones in trouble.
	 */
	private static final Set<String> LATE = Set.of("Webshop chat pilot", "Billing back office", "Lumo webshop support");

	/** The decisions of the latest meeting that decide the demo's change requests. */
	static final Map<String, String> CHANGE_DECIDED = Map.of("Customer service Finland",
			"Weekend chat from next month approved; staffing with two agents on Saturdays.");

	private final Engagements engagements;

	private final Meetings meetings;

	private final MeetingMinutes meetingMinutes;

	private final ActionItems actionItems;

	private final Accounts accounts;

	private final java.time.ZoneId zone;

	DemoMeetings(Engagements engagements, Meetings meetings, MeetingMinutes meetingMinutes, ActionItems actionItems,
			Accounts accounts, java.time.Clock clock) {
		this.zone = clock.getZone();
		this.engagements = engagements;
		this.meetings = meetings;
		this.meetingMinutes = meetingMinutes;
		this.actionItems = actionItems;
		this.accounts = accounts;
	}

	void addTo(LocalDate today, Map<String, String> managers) {
		// The proposals still being negotiated have no steering meetings yet.
		this.engagements
			.readAll(Access.toEverything(),
					(e) -> e.getStage().isProposal() ? null
							: new Target(e.getId(), e.getName(), e.getGoLiveDate(), e.getClient(), e.getPartner()))
			.stream()
			.filter(java.util.Objects::nonNull)
			.forEach((target) -> addTo(target, today, managers));
	}

	private void addTo(Target target, LocalDate today, Map<String, String> managers) {
		CurrentUser client = manager(target.client(), managers);
		CurrentUser partner = manager(target.partner(), managers);
		Set<String> attendees = this.accounts.membersOf(List.of(target.client().getId(), target.partner().getId()))
			.stream()
			.map(Member::username)
			.collect(Collectors.toSet());
		for (int i = 0; i < WEEKS_AGO.length; i++) {
			LocalDate date = today.minusWeeks(WEEKS_AGO[i]);
			Phase phase = PhaseCalendar.place(target.goLive(), date).phase();
			List<Cadence.Rule> rules = Cadence.rules(phase);
			MeetingKind kind = rules.get(rules.size() - 1).kind();
			Long meeting = this.meetings.schedule(target.id(), new Arrangement(kind, date.atTime(LocalTime.of(10, 0)),
					60, "https://meet.example.com/" + target.id(), null, attendees), client);
			String[] minutes = MINUTES.get(phase);
			AgendaView agenda = this.meetingMinutes.agenda(target.id(), meeting, Access.toEverything(), Locale.ENGLISH);
			agenda.points()
				.stream()
				.filter((p) -> p.kind() == AgendaKind.PHASE)
				.findFirst()
				.ifPresent((p) -> this.meetingMinutes.recordNotes(target.id(), meeting, p.id(), minutes[0], false,
						partner));
			this.meetingMinutes.recordDecision(target.id(), meeting, minutes[1], "Steering group", client);
			if (i == WEEKS_AGO.length - 1 && CHANGE_DECIDED.containsKey(target.name())) {
				// The decision the demo's change request is decided by.
				this.meetingMinutes.recordDecision(target.id(), meeting, CHANGE_DECIDED.get(target.name()),
						"Steering group", client);
			}
			ActionItem action = this.actionItems.addAction(target.id(), meeting, new Task(minutes[2],
					(i == 1) ? OwnerSide.CLIENT : OwnerSide.PARTNER, null, date.plusWeeks(2), false),
					Access.toEverything(), "Demo data");
			if (i == 0 || (i == 1 && !LATE.contains(target.name()))) {
				this.actionItems.changeAction(target.id(), action.getId(), action.getVersion(),
						new Task(action.getTitle(), action.getOwnerSide(), null, action.getDueDate(), true),
						Access.toEverything(), "Demo data");
			}
			// Approved the days after the meeting, as minutes are.
			this.meetingMinutes.approve(target.id(), meeting, client,
					date.plusDays(1).atTime(9, 40).atZone(this.zone).toInstant());
			if (i < WEEKS_AGO.length - 1) {
				this.meetingMinutes.approve(target.id(), meeting, partner,
						date.plusDays(2).atTime(14, 15).atZone(this.zone).toInstant());
			}
		}
		this.meetings.scheduleCadence(target.id(), client);
	}

	private static CurrentUser manager(Organisation organisation, Map<String, String> managers) {
		return new CurrentUser(null, "demo", managers.getOrDefault(organisation.getName(), "Demo data"), null,
				organisation.getId(), organisation.getName(), Role.MANAGER, true, false);
	}

	private record Target(Long id, String name, LocalDate goLive, Organisation client, Organisation partner) {
	}

}
