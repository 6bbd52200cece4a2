package com.rolloutplanner.onboarding;

import java.time.Instant;

import com.rolloutplanner.account.Role;

/** An invitation as its page lists it. */
public record InvitationView(Long id, Long organisationId, String organisationName, String email, Role role,
		String language, String invitedBy, Instant createdAt, Instant sentAt, Instant expiresAt, int timesSent,
		State state, Instant finishedAt, String username) {

	/** Where an invitation stands. */
	public enum State {

		PENDING, ACCEPTED, WITHDRAWN

	}

	/** Whether its link no longer holds although nobody accepted or withdrew it. */
	public boolean expired(Instant now) {
		return this.state == State.PENDING && !this.expiresAt.isAfter(now);
	}

}
