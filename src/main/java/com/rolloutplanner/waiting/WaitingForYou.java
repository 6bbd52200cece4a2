package com.rolloutplanner.waiting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import com.rolloutplanner.due.DueState;
import com.rolloutplanner.listing.ListingState;
import com.rolloutplanner.waiting.Waiting.Item;
import com.rolloutplanner.waiting.Waiting.NextMeeting;

/**
 * What waits for the reader's side across their engagements: gates and the charter to
 * sign, minutes to approve, actions owned by them or their side, last month's KPI actuals
 * missing, open critical flags; overdue first. Two queries, whatever the number of
 * engagements; the first {@value #LIMIT} are listed and the rest counted.
 */
@Component
public class WaitingForYou {

	/** At most this many things are listed; the rest are counted. */
	static final int LIMIT = 12;

	private final WaitingQuery query;

	WaitingForYou(WaitingQuery query) {
		this.query = query;
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
	public record Waiting(List<Entry> entries, int total, NextMeeting nextMeeting) {

		public static final Waiting NOTHING = new Waiting(List.of(), 0, null);

		public boolean isEmpty() {
			return this.total == 0;
		}

		public int more() {
			return this.total - this.entries.size();
		}

		public String nextMeetingEngagement() {
			return (this.nextMeeting != null) ? this.nextMeeting.engagementName() : null;
		}

	}

	/**
	 * What waits for the organisation of the state (read already for the request), the
	 * first {@value #LIMIT} listed.
	 */
	public Waiting of(ListingState state, String username, LocalDate today, LocalDateTime now) {
		return waiting(this.query.of(state, username, today, now, LIMIT), today);
	}

	/**
	 * One page of everything that waits for the organisation of the state, in the same
	 * order as the dashboard's first few; a page beyond the last is the last.
	 * @param page the page, from 1
	 */
	public Waiting page(ListingState state, String username, LocalDate today, LocalDateTime now, int page, int size) {
		com.rolloutplanner.waiting.Waiting found = this.query.page(state, username, today, now, (page - 1) * size,
				size);
		if (found.items().isEmpty() && page > 1) {
			int total = this.query.of(state, username, today, now, 1).total();
			int last = Math.max(1, (total + size - 1) / size);
			found = this.query.page(state, username, today, now, (last - 1) * size, size);
		}
		return waiting(found, today);
	}

	/** What waits, the first {@code limit} of it listed (the weekly digest's list). */
	public Waiting of(Long organisationId, String username, LocalDate today, LocalDateTime now, int limit) {
		return waiting(this.query.of(organisationId, username, today, now, limit), today);
	}

	private static Waiting waiting(com.rolloutplanner.waiting.Waiting found, LocalDate today) {
		return new Waiting(found.items().stream().map((item) -> entry(item, today)).toList(), found.total(),
				found.nextMeeting());
	}

	private static Entry entry(Item item, LocalDate today) {
		Long id = item.engagementId();
		String engagement = "/engagements/" + id;
		DueState state = item.dated() ? DueState.of(item.dueDate(), false, today) : null;
		return switch (item.kind()) {
			case SIGN -> new Entry(id, item.engagementName(), "waiting.sign", null, item.titleKey(), null,
					item.dueDate(), state, engagement + "/gates#" + anchor(item.titleKey()));
			case MINUTES -> new Entry(id, item.engagementName(), "waiting.minutes", null, item.titleKey(), null,
					item.dueDate(), null, engagement + "/meetings/" + item.targetId() + "#approvals");
			case ACTION ->
				new Entry(id, item.engagementName(), "waiting.action", item.title(), null, null, item.dueDate(), state,
						(item.meetingId() != null)
								? engagement + "/meetings/" + item.meetingId() + "#action-" + item.targetId()
								: engagement + "/meetings#action-" + item.targetId());
			case KPI_ACTUAL -> new Entry(id, item.engagementName(), "waiting.kpi", item.title(), null, null, null, null,
					engagement + "/kpis");
			case ISSUE ->
				new Entry(id, item.engagementName(), "waiting.issue", item.title(), null, null, item.dueDate(),
						item.late() ? DueState.OVERDUE : state, engagement + "/issues/" + item.targetId() + "#respond");
			case PULSE -> new Entry(id, item.engagementName(), "waiting.pulse", null, "waiting.pulse.month",
					item.count(), null, null, engagement + "/cooperation?month=" + item.count() + "#answer");
			case FLAGS -> new Entry(id, item.engagementName(), "waiting.flags", null, "waiting.flags.count",
					item.count(), null, null, engagement);
		};
	}

	/** The charter's anchor, or a gate's. */
	private static String anchor(String titleKey) {
		return titleKey.startsWith("gate.") ? "gate-" + titleKey.substring("gate.".length()) : "charter";
	}

}
