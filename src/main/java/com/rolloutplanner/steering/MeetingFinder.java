package com.rolloutplanner.steering;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.change.EngagementLocks;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.system.StaleVersionException;

/**
 * A meeting as the services of steering find it to read or to change: behind the
 * engagement's own access check, and, to change, one change to an engagement after the
 * other.
 */
@Component
public class MeetingFinder {

	private final MeetingRepository meetings;

	private final Engagements engagements;

	private final EngagementLocks locks;

	public MeetingFinder(MeetingRepository meetings, Engagements engagements, EngagementLocks locks) {
		this.meetings = meetings;
		this.engagements = engagements;
		this.locks = locks;
	}

	/**
	 * The meeting to change: changes to one engagement are made one after the other, so
	 * that a second click reads what the first saved.
	 */
	public Meeting findForChange(Long engagementId, Long meetingId, Access access) {
		this.engagements.parties(engagementId, access);
		this.locks.lock(engagementId);
		return find(engagementId, meetingId, access);
	}

	public Meeting find(Long engagementId, Long meetingId, Access access) {
		this.engagements.parties(engagementId, access);
		return this.meetings.findByIdAndEngagementId(meetingId, engagementId)
			.orElseThrow(() -> new SteeringNotFoundException(meetingId));
	}

	/** Saves a changed meeting; one saved by someone else meanwhile is refused. */
	public void saveChecked(Meeting meeting) {
		try {
			this.meetings.saveAndFlush(meeting);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException("Meeting", meeting.getId());
		}
	}

}
