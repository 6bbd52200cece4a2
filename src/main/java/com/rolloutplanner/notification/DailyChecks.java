package com.rolloutplanner.notification;

import com.rolloutplanner.subscription.NotificationKind;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.rolloutplanner.due.DueState;
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.mail.ScheduledRuns;
import com.rolloutplanner.pulse.Pulses;
import com.rolloutplanner.roadmap.RoadmapItem;
import com.rolloutplanner.roadmap.Roadmaps;
import com.rolloutplanner.action.ActionItem;
import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.steering.MeetingView;
import com.rolloutplanner.meeting.Meetings;
import com.rolloutplanner.waiting.WaitingQuery;

/**
 * What the calendar brings, checked once a day from {@value #HOUR}:00 across every
 * instance: actions and roadmap items that became overdue in the last
 * {@value #LOOK_BACK_DAYS} days (a day the check did not run is caught up), signatures of
 * the charter and the gates coming due within {@value DueState#SOON_DAYS} days that a
 * side still owes, minutes of meetings held in those days that wait for a side, the pulse
 * months opened in those days, and the agendas of meetings two working days ahead. Each
 * reaches each recipient once.
 */
@Component
class DailyChecks {

	static final int HOUR = 6;

	static final int LOOK_BACK_DAYS = 7;

	/** At most this many items of each kind a day: the check stays bounded. */
	static final int LIMIT = 2000;

	private final Notifier notifier;

	private final Meetings meetings;

	private final ActionItems actionItems;

	private final Roadmaps roadmaps;

	private final ScheduledRuns runs;

	private final WaitingQuery waiting;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Pulses pulses;

	private final org.springframework.context.ApplicationEventPublisher events;

	DailyChecks(Notifier notifier, Meetings meetings, ActionItems actionItems, Roadmaps roadmaps, ScheduledRuns runs,
			WaitingQuery waiting, TransactionTemplate transactions, Clock clock, Pulses pulses,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.pulses = pulses;
		this.waiting = waiting;
		this.notifier = notifier;
		this.meetings = meetings;
		this.actionItems = actionItems;
		this.roadmaps = roadmaps;
		this.runs = runs;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Runs today's checks unless another instance (or an earlier tick) has: the claim and
	 * the mails commit together.
	 * @return whether this call ran them
	 */
	boolean runIfDue() {
		Instant now = this.clock.instant();
		ZonedDateTime local = now.atZone(this.clock.getZone());
		if (local.toLocalTime().isBefore(LocalTime.of(HOUR, 0))) {
			return false;
		}
		LocalDate today = local.toLocalDate();
		Boolean ran = this.transactions.execute((status) -> {
			if (!this.runs.claim("daily-checks", today.toString(), now)) {
				return false;
			}
			run(today);
			return true;
		});
		return Boolean.TRUE.equals(ran);
	}

	void run(LocalDate today) {
		LocalDate from = today.minusDays(LOOK_BACK_DAYS);
		// An engagement with several items due is read once per run.
		java.util.Map<Long, java.util.Optional<com.rolloutplanner.engagement.Parties>> read = new java.util.HashMap<>();
		java.util.function.Function<Long, java.util.Optional<com.rolloutplanner.engagement.Parties>> parties = (
				id) -> read.computeIfAbsent(id, this.notifier::parties);
		for (ActionItem action : this.actionItems.openActionsDueBetween(from, today, LIMIT)) {
			// Told to the organisations' other tools (webhooks) after the run commits.
			this.events.publishEvent(new ActionOverdue(action.getEngagementId(), action.getId(), action.getTitle(),
					action.getDueDate(), action.getOwnerSide().name()));
			parties.apply(action.getEngagementId())
				.ifPresent((p) -> this.notifier.notify(
						new Notice(NotificationKind.OVERDUE, p.engagementId(), p.name(),
								Text.of("mail.overdue.action.subject", p.name(), action.getTitle()),
								List.of(Text.of("mail.overdue.action.line", p.name(), action.getTitle(),
										action.getDueDate())),
								"/engagements/" + p.engagementId() + "/actions#action-" + action.getId(),
								"overdue:action:" + action.getId() + ":" + action.getDueDate()),
						this.notifier.owners(p, action.getOwnerSide(), action.getOwnerUsername()), null));
		}
		for (RoadmapItem item : this.roadmaps.openItemsDueBetween(from, today, LIMIT)) {
			Object title = (item.getTextKey() != null) ? Text.of(item.getTextKey() + ".title") : item.getTitle();
			parties.apply(item.getEngagementId())
				.ifPresent(
						(p) -> this.notifier.notify(
								new Notice(NotificationKind.OVERDUE, p.engagementId(), p.name(),
										Text.of("mail.overdue.roadmap.subject", p.name(), title),
										List.of(Text.of("mail.overdue.roadmap.line", p.name(), title,
												item.getDueDate())),
										"/engagements/" + p.engagementId() + "/roadmap",
										"overdue:roadmap:" + item.getId() + ":" + item.getDueDate()),
								this.notifier.owners(p, item.getOwnerSide(), null), null));
		}
		for (WaitingQuery.DueSignature due : this.waiting.signaturesDue(today, today.plusDays(DueState.SOON_DAYS + 1),
				LIMIT)) {
			parties.apply(due.engagementId()).ifPresent((p) -> {
				Text what = Text.of(due.titleKey());
				String anchor = due.titleKey().startsWith("gate.") ? "gate-" + due.titleKey().substring(5) : "charter";
				for (Side side : List.of(Side.CLIENT, Side.PARTNER)) {
					boolean missing = (side == Side.CLIENT) ? due.clientMissing() : due.partnerMissing();
					if (missing) {
						this.notifier
							.notify(new Notice(NotificationKind.SIGN_OFF_WAITING, p.engagementId(), p.name(),
									Text.of("mail.signOff.due.subject", p.name(), what, due.dueDate()),
									List.of(Text.of("mail.signOff.due.line", p.name(), what, due.dueDate())),
									"/engagements/" + p.engagementId() + "/gates#" + anchor, "due:" + due.engagementId()
											+ ":" + due.titleKey() + ":" + due.dueDate() + ":" + side),
									this.notifier.side(p, side), null);
					}
				}
			});
		}
		// Minutes that wait for a side (MinutesWaiting) of meetings started since the
		// first day looked back at. Each side is told once: here, or, when the other side
		// approved first, at that moment.
		Instant now = this.clock.instant();
		for (MeetingView held : this.meetings.startedBetween(from.atStartOfDay(this.clock.getZone()).toInstant(), now,
				LIMIT)) {
			Text kind = Text.of("meeting.kind." + held.kind());
			for (Side side : Side.values()) {
				boolean otherApproved = ((side == Side.CLIENT) ? held.partnerApprovedAt()
						: held.clientApprovedAt()) != null;
				if (!held.waitsFor(side, now) || otherApproved) {
					continue;
				}
				parties.apply(held.engagementId())
					.ifPresent(
							(p) -> this.notifier.notify(
									new Notice(NotificationKind.SIGN_OFF_WAITING, p.engagementId(), p.name(),
											Text.of("mail.signOff.minutes.subject", p.name(), kind, held.startsAt()),
											List.of(Text.of("mail.signOff.held.line", p.name(), kind, held.startsAt())),
											"/engagements/" + p.engagementId() + "/meetings/" + held.id()
													+ "#approvals",
											"held:" + held.id() + ":" + held.startsAt()),
									this.notifier.side(p, side), null));
			}
		}
		// Pulse months opened in the days looked back at: both sides' managers may
		// answer.
		for (Pulses.Opened opened : this.pulses.openedBetween(from.plusDays(1), today, LIMIT)) {
			parties.apply(opened.engagementId())
				.ifPresent(
						(p) -> this.notifier.notify(
								new Notice(NotificationKind.PULSE_OPEN, p.engagementId(), p.name(),
										Text.of("mail.pulse.subject", p.name(), opened.month()),
										List.of(Text.of("mail.pulse.line", p.name(), opened.month())),
										"/engagements/" + p.engagementId() + "/cooperation?month=" + opened.month()
												+ "#answer",
										"pulse:" + p.engagementId() + ":" + opened.month()),
								this.notifier.bothSides(p), null));
		}
		LocalDate until = workingDaysAfter(today, 2).plusDays(1);
		for (MeetingView meeting : this.meetings.startingBetween(today.plusDays(1).atStartOfDay(), until.atStartOfDay(),
				LIMIT)) {
			Text kind = Text.of("meeting.kind." + meeting.kind());
			parties.apply(meeting.engagementId())
				.ifPresent((p) -> this.notifier.notify(
						new Notice(NotificationKind.AGENDA_READY, p.engagementId(), p.name(),
								Text.of("mail.agenda.subject", p.name(), kind, meeting.startsAt()),
								List.of(Text.of("mail.agenda.line", p.name(), kind, meeting.startsAt(),
										(meeting.place() != null) ? meeting.place() : "")),
								"/engagements/" + p.engagementId() + "/meetings/" + meeting.id(),
								"agenda:" + meeting.id() + ":" + meeting.startsAt()),
						this.notifier.bothSides(p), null));
		}
	}

	/** The day that is {@code days} working days (Monday to Friday) after the date. */
	static LocalDate workingDaysAfter(LocalDate date, int days) {
		LocalDate day = date;
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return day;
	}

}
