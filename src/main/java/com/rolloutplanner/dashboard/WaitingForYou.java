package com.rolloutplanner.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.due.DueKind;
import com.rolloutplanner.due.DueState;
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.steering.ActionItem;
import com.rolloutplanner.steering.MeetingView;
import com.rolloutplanner.steering.Meetings;

/**
 * What waits for the reader's side across their engagements: gates and the charter to
 * sign, minutes to approve, actions owned by them or their side, last month's KPI actuals
 * missing, open critical flags; overdue first. One query per kind, whatever the number of
 * engagements.
 */
@Component
class WaitingForYou {

	/** At most this many things are listed; the rest are counted. */
	static final int LIMIT = 12;

	private final Commitments commitments;

	private final Meetings meetings;

	private final Kpis kpis;

	WaitingForYou(Commitments commitments, Meetings meetings, Kpis kpis) {
		this.commitments = commitments;
		this.meetings = meetings;
		this.kpis = kpis;
	}

	/** An engagement of the reader's organisation: its side there. */
	public record Party(Long id, String name, LocalDate goLive, Side side, long openCritical) {
	}

	/**
	 * One thing that waits: what ({@code kind}, a message key), about what (a user's text
	 * or a message key with an argument), by when and where to do it.
	 */
	public record Entry(Long engagementId, String engagementName, String kind, String title, String titleKey,
			Object titleArgument, LocalDate dueDate, DueState state, String link) {

		public boolean isOverdue() {
			return this.state == DueState.OVERDUE;
		}

	}

	/** What waits, the total, and the next meeting of any of the engagements. */
	public record Waiting(List<Entry> entries, int total, MeetingView nextMeeting, String nextMeetingEngagement) {

		public boolean isEmpty() {
			return this.total == 0;
		}

		public int more() {
			return this.total - this.entries.size();
		}

	}

	Waiting of(List<Party> parties, String username, LocalDate today, LocalDateTime now) {
		Map<Long, Party> byId = new java.util.HashMap<>();
		Map<Long, Side> sides = new java.util.HashMap<>();
		Map<Long, LocalDate> goLives = new java.util.HashMap<>();
		for (Party party : parties) {
			byId.put(party.id(), party);
			sides.put(party.id(), party.side());
			goLives.put(party.id(), party.goLive());
		}
		if (parties.isEmpty()) {
			return new Waiting(List.of(), 0, null, null);
		}
		List<Entry> entries = new ArrayList<>();
		this.commitments.awaitingSignature(goLives, sides, today).forEach((id, items) -> {
			for (DueItem item : items) {
				String anchor = (item.kind() == DueKind.CHARTER) ? "charter"
						: "gate-" + item.titleKey().substring("gate.".length());
				entries.add(new Entry(id, byId.get(id).name(), "waiting.sign", null, item.titleKey(), null,
						item.dueDate(), item.stateOn(today), "/engagements/" + id + "/gates#" + anchor));
			}
		});
		this.meetings.awaitingApproval(sides, now).forEach((id, list) -> {
			for (MeetingView meeting : list) {
				entries.add(new Entry(id, byId.get(id).name(), "waiting.minutes", null,
						"meeting.kind." + meeting.kind(), null, meeting.startsAt().toLocalDate(), null,
						"/engagements/" + id + "/meetings/" + meeting.id() + "#approvals"));
			}
		});
		this.meetings.openActionsFor(sides, username).forEach((id, list) -> {
			for (ActionItem action : list) {
				String link = (action.getMeetingId() != null)
						? "/engagements/" + id + "/meetings/" + action.getMeetingId() + "#action-" + action.getId()
						: "/engagements/" + id + "/meetings#action-" + action.getId();
				entries.add(new Entry(id, byId.get(id).name(), "waiting.action", action.getTitle(), null, null,
						action.getDueDate(), DueState.of(action.getDueDate(), false, today), link));
			}
		});
		this.kpis.missingActuals(goLives, today).forEach((id, names) -> {
			for (String name : names) {
				entries.add(new Entry(id, byId.get(id).name(), "waiting.kpi", name, null, null, null, null,
						"/engagements/" + id + "/kpis"));
			}
		});
		for (Party party : parties) {
			if (party.openCritical() > 0) {
				entries.add(new Entry(party.id(), party.name(), "waiting.flags", null, "waiting.flags.count",
						party.openCritical(), null, null, "/engagements/" + party.id()));
			}
		}
		entries.sort(Comparator.comparing((Entry e) -> !e.isOverdue())
			.thenComparing(Entry::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Entry::engagementName));
		Optional<Map.Entry<Long, MeetingView>> next = this.meetings.nextMeetings(sides.keySet(), now)
			.entrySet()
			.stream()
			.min(Comparator.comparing((Map.Entry<Long, MeetingView> e) -> e.getValue().startsAt()));
		return new Waiting(entries.subList(0, Math.min(LIMIT, entries.size())), entries.size(),
				next.map(Map.Entry::getValue).orElse(null), next.map((e) -> byId.get(e.getKey()).name()).orElse(null));
	}

}
