package com.rolloutplanner.steering;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.rolloutplanner.engagement.Side;

/**
 * Which minutes wait for a side's approval: from the moment the meeting starts (its
 * wall-clock start in its own time zone) until that side has approved them. One rule for
 * the meeting page (when the approve button appears and the server accepts it), the
 * dashboard's waiting list and digest (in SQL, {@link #sql}) and the mails that say
 * minutes wait.
 */
public final class MinutesWaiting {

	private MinutesWaiting() {
	}

	/** The moment a meeting starts. */
	public static Instant startMoment(LocalDateTime startsAt, String timeZone) {
		return startsAt.atZone(ZoneId.of(timeZone)).toInstant();
	}

	/** Whether the minutes can be approved at that moment: the meeting has started. */
	public static boolean open(Instant startMoment, Instant now) {
		return !now.isBefore(startMoment);
	}

	/** Whether the minutes wait for the side's approval at that moment. */
	public static boolean waitFor(Side side, Instant startMoment, Instant clientApprovedAt, Instant partnerApprovedAt,
			Instant now) {
		Instant approved = (side == Side.CLIENT) ? clientApprovedAt : partnerApprovedAt;
		return open(startMoment, now) && approved == null;
	}

	/**
	 * The same rule as a condition on a row of {@code meeting}: the meeting under the
	 * alias, the side as an SQL expression giving {@code 'CLIENT'} or {@code 'PARTNER'},
	 * and the moment as a named parameter.
	 */
	public static String sql(String meeting, String side, String momentParameter) {
		return "(" + meeting + ".starts_moment <= :" + momentParameter + " and ((" + side + " = 'CLIENT' and " + meeting
				+ ".client_approved_at is null) or (" + side + " = 'PARTNER' and " + meeting
				+ ".partner_approved_at is null)))";
	}

}
