package com.rolloutplanner.notification;

import com.rolloutplanner.subscription.NotificationKind;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
 * is handled once, and everyone it concerns gets one mail a day however many there are
 * ({@link DailyDelivery}).
 */
@Component
public class DailyChecks {

	static final int HOUR = 6;

	static final int LOOK_BACK_DAYS = 7;

	/** At most this many items of each kind a day: the check stays bounded. */
	static final int LIMIT = 2000;

	/** The name its runs are claimed under. */
	public static final String JOB = "daily-checks";

	private final Notifier notifier;

	private final Meetings meetings;

	private final ActionItems actionItems;

	private final Roadmaps roadmaps;

	private final ScheduledRuns runs;

	private final WaitingQuery waiting;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Pulses pulses;

	private final DailyDelivery delivery;

	DailyChecks(Notifier notifier, Meetings meetings, ActionItems actionItems, Roadmaps roadmaps, ScheduledRuns runs,
			WaitingQuery waiting, TransactionTemplate transactions, Clock clock, Pulses pulses,
			DailyDelivery delivery) {
		this.delivery = delivery;
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
	 * Runs today's checks unless another instance (or an earlier tick) has, or runs again
	 * those an instance claimed over an hour ago and never finished.
	 * @return whether this call ran them
	 */
	boolean runIfDue() {
		Instant now = this.clock.instant();
		ZonedDateTime local = now.atZone(this.clock.getZone());
		if (local.toLocalTime().isBefore(LocalTime.of(HOUR, 0))) {
			return false;
		}
		LocalDate today = local.toLocalDate();
		Boolean claimed = this.transactions.execute((status) -> this.runs.claimResumable(JOB, today.toString(), now,
				now.minus(java.time.Duration.ofHours(1))));
		if (!Boolean.TRUE.equals(claimed)) {
			return false;
		}
		run(today);
		this.transactions
			.executeWithoutResult((status) -> this.runs.finish(JOB, today.toString(), this.clock.instant()));
		return true;
	}

	/**
	 * Runs today's checks at once, whether or not they ran today: an administrator's run
	 * on demand (nothing is written twice).
	 */
	public Result runNow() {
		return check(LocalDate.now(this.clock));
	}

	/** What a run found and wrote: its notices (new or not) and the mails written. */
	public record Result(int notices, int mails) {
	}

	/**
	 * Runs the checks of the day; see {@link #check}. @return how many notices it found
	 */
	int run(LocalDate today) {
		return check(today).notices();
	}

	/**
	 * Runs the checks of the day: reads what is due with a query per kind and everyone it
	 * concerns with a query each ({@link Audience}), then delivers those not handled
	 * before, one mail per person ({@link DailyDelivery}); running it again writes
	 * nothing twice.
	 */
	Result check(LocalDate today) {
		LocalDate from = today.minusDays(LOOK_BACK_DAYS);
		Instant now = this.clock.instant();
		List<ActionItem> actions = this.actionItems.openActionsDueBetween(from, today, LIMIT);
		List<RoadmapItem> items = this.roadmaps.openItemsDueBetween(from, today, LIMIT);
		List<WaitingQuery.DueSignature> signatures = this.waiting.signaturesDue(today,
				today.plusDays(DueState.SOON_DAYS + 1), LIMIT);
		List<MeetingView> held = this.meetings.startedBetween(from.atStartOfDay(this.clock.getZone()).toInstant(), now,
				LIMIT);
		List<Pulses.Opened> opened = this.pulses.openedBetween(from.plusDays(1), today, LIMIT);
		LocalDate until = workingDaysAfter(today, 2).plusDays(1);
		List<MeetingView> upcoming = this.meetings.startingBetween(today.plusDays(1).atStartOfDay(),
				until.atStartOfDay(), LIMIT);
		java.util.Set<Long> ids = new java.util.HashSet<>();
		actions.forEach((a) -> ids.add(a.getEngagementId()));
		items.forEach((i) -> ids.add(i.getEngagementId()));
		signatures.forEach((d) -> ids.add(d.engagementId()));
		held.forEach((m) -> ids.add(m.engagementId()));
		opened.forEach((o) -> ids.add(o.engagementId()));
		upcoming.forEach((m) -> ids.add(m.engagementId()));
		Audience audience = this.notifier.audience(ids);
		List<DailyDelivery.Found> found = new ArrayList<>();
		actions.forEach((action) -> overdue(action, audience, found));
		items.forEach((item) -> overdue(item, audience, found));
		signatures.forEach((due) -> signatureDue(due, audience, found));
		held.forEach((meeting) -> minutesWaiting(meeting, now, audience, found));
		opened.forEach((month) -> pulseOpen(month, audience, found));
		upcoming.forEach((meeting) -> agendaReady(meeting, audience, found));
		int mails = this.delivery.deliver(found, audience, today);
		return new Result(found.size(), mails);
	}

	private void overdue(ActionItem action, Audience audience, List<DailyDelivery.Found> found) {
		audience.parties(action.getEngagementId())
			.ifPresent((p) -> found.add(new DailyDelivery.Found(
					new Notice(NotificationKind.OVERDUE, p.engagementId(), p.name(),
							Text.of("mail.overdue.action.subject", p.name(), action.getTitle()),
							List.of(Text.of("mail.overdue.action.line", p.name(), action.getTitle(),
									action.getDueDate())),
							"/engagements/" + p.engagementId() + "/actions#action-" + action.getId(),
							"overdue:action:" + action.getId() + ":" + action.getDueDate()),
					audience.owners(p, action.getOwnerSide(), action.getOwnerUsername()),
					// Told to the organisations' other tools (webhooks) once, after the
					// run's last transaction commits.
					new ActionOverdue(action.getEngagementId(), action.getId(), action.getTitle(), action.getDueDate(),
							action.getOwnerSide().name()))));
	}

	private void overdue(RoadmapItem item, Audience audience, List<DailyDelivery.Found> found) {
		Object title = (item.getTextKey() != null) ? Text.of(item.getTextKey() + ".title") : item.getTitle();
		audience.parties(item.getEngagementId())
			.ifPresent(
					(p) -> found
						.add(new DailyDelivery.Found(
								new Notice(NotificationKind.OVERDUE, p.engagementId(), p.name(),
										Text.of("mail.overdue.roadmap.subject", p.name(), title),
										List.of(Text.of("mail.overdue.roadmap.line", p.name(), title,
												item.getDueDate())),
										"/engagements/" + p.engagementId() + "/roadmap",
										"overdue:roadmap:" + item.getId() + ":" + item.getDueDate()),
								audience.owners(p, item.getOwnerSide(), null), null)));
	}

	private void signatureDue(WaitingQuery.DueSignature due, Audience audience, List<DailyDelivery.Found> found) {
		audience.parties(due.engagementId()).ifPresent((p) -> {
			Text what = Text.of(due.titleKey());
			String anchor = due.titleKey().startsWith("gate.") ? "gate-" + due.titleKey().substring(5) : "charter";
			for (Side side : List.of(Side.CLIENT, Side.PARTNER)) {
				boolean missing = (side == Side.CLIENT) ? due.clientMissing() : due.partnerMissing();
				if (missing) {
					found.add(new DailyDelivery.Found(
							new Notice(NotificationKind.SIGN_OFF_WAITING, p.engagementId(), p.name(),
									Text.of("mail.signOff.due.subject", p.name(), what, due.dueDate()),
									List.of(Text.of("mail.signOff.due.line", p.name(), what, due.dueDate())),
									"/engagements/" + p.engagementId() + "/gates#" + anchor, "due:" + due.engagementId()
											+ ":" + due.titleKey() + ":" + due.dueDate() + ":" + side),
							audience.side(p, side), null));
				}
			}
		});
	}

	/**
	 * Minutes that wait for a side (MinutesWaiting) of a meeting started since the first
	 * day looked back at. Each side is told once: here, or, when the other side approved
	 * first, at that moment.
	 */
	private void minutesWaiting(MeetingView held, Instant now, Audience audience, List<DailyDelivery.Found> found) {
		Text kind = Text.of("meeting.kind." + held.kind());
		for (Side side : Side.values()) {
			boolean otherApproved = ((side == Side.CLIENT) ? held.partnerApprovedAt()
					: held.clientApprovedAt()) != null;
			if (!held.waitsFor(side, now) || otherApproved) {
				continue;
			}
			audience.parties(held.engagementId())
				.ifPresent(
						(p) -> found
							.add(new DailyDelivery.Found(
									new Notice(NotificationKind.SIGN_OFF_WAITING, p.engagementId(), p.name(),
											Text.of("mail.signOff.minutes.subject", p.name(), kind, held.startsAt()),
											List.of(Text.of("mail.signOff.held.line", p.name(), kind, held.startsAt())),
											"/engagements/" + p.engagementId() + "/meetings/" + held.id()
													+ "#approvals",
											"held:" + held.id() + ":" + held.startsAt() + ":" + side),
									audience.side(p, side), null)));
		}
	}

	/**
	 * A pulse month opened in the days looked back at: both sides' managers may answer.
	 */
	private void pulseOpen(Pulses.Opened opened, Audience audience, List<DailyDelivery.Found> found) {
		audience.parties(opened.engagementId())
			.ifPresent(
					(p) -> found.add(new DailyDelivery.Found(
							new Notice(NotificationKind.PULSE_OPEN, p.engagementId(), p.name(),
									Text.of("mail.pulse.subject", p.name(), opened.month()),
									List.of(Text.of("mail.pulse.line", p.name(), opened.month())),
									"/engagements/" + p.engagementId() + "/cooperation?month=" + opened.month()
											+ "#answer",
									"pulse:" + p.engagementId() + ":" + opened.month()),
							audience.bothSides(p), null)));
	}

	private void agendaReady(MeetingView meeting, Audience audience, List<DailyDelivery.Found> found) {
		Text kind = Text.of("meeting.kind." + meeting.kind());
		audience.parties(meeting.engagementId())
			.ifPresent((p) -> found.add(
					new DailyDelivery.Found(
							new Notice(NotificationKind.AGENDA_READY, p.engagementId(), p.name(),
									Text.of("mail.agenda.subject", p.name(), kind, meeting.startsAt()),
									List.of(Text.of("mail.agenda.line", p.name(), kind, meeting.startsAt(),
											(meeting.place() != null) ? meeting.place() : "")),
									"/engagements/" + p.engagementId() + "/meetings/" + meeting.id(),
									"agenda:" + meeting.id() + ":" + meeting.startsAt()),
							audience.bothSides(p), null)));
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
