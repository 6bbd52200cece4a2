package com.rolloutplanner.steering;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** A meeting as shown: when, what kind, where, who, and the approvals of its minutes. */
public record MeetingView(Long id, long version, Long engagementId, MeetingKind kind, LocalDateTime startsAt,
		int durationMinutes, String timeZone, String place, String guests, List<String> attendees,
		String clientApprovedBy, Instant clientApprovedAt, String partnerApprovedBy, Instant partnerApprovedAt,
		Instant startsMoment) {

	/** Meetings held, decisions and actions done are listed this many at a time. */
	public static final int PAGE_SIZE = 20;

	public static MeetingView of(Meeting m) {
		return new MeetingView(m.getId(), m.getVersion(), m.getEngagementId(), m.getKind(), m.getStartsAt(),
				m.getDurationMinutes(), m.getTimeZone(), m.getPlace(), m.getGuests(),
				m.getAttendees().stream().sorted().toList(), m.getClientApprovedBy(), m.getClientApprovedAt(),
				m.getPartnerApprovedBy(), m.getPartnerApprovedAt(), m.getStartsMoment());
	}

	/**
	 * Whether the meeting has started by then: its minutes can be approved from then on,
	 * and until then nothing waits for approval.
	 */
	public boolean hasStarted(Instant at) {
		return MinutesWaiting.open(this.startsMoment, at);
	}

	/** Whether the minutes wait for the side's approval at that moment. */
	public boolean waitsFor(com.rolloutplanner.engagement.Side side, Instant at) {
		return MinutesWaiting.waitFor(side, this.startsMoment, this.clientApprovedAt, this.partnerApprovedAt, at);
	}

	public boolean isMinutesApproved() {
		return this.clientApprovedAt != null && this.partnerApprovedAt != null;
	}

	/** Whether the place is a link to a video call. */
	public boolean isVideoLink() {
		return this.place != null && (this.place.startsWith("https://") || this.place.startsWith("http://"));
	}

}
