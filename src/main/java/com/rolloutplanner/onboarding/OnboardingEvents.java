package com.rolloutplanner.onboarding;

/** What happens to invitations, published in the transaction of the change. */
public final class OnboardingEvents {

	private OnboardingEvents() {
	}

	/** Someone invited an address to join an organisation (or sent the mail again). */
	public record InvitationSent(String email, String organisationName, com.rolloutplanner.account.Role role,
			boolean again, String actor) {
	}

	/** Someone withdrew a waiting invitation. */
	public record InvitationWithdrawn(String email, String organisationName, String actor) {
	}

	/** The invited person chose a username and a password: the user exists. */
	public record InvitationAccepted(String email, String organisationName, String username, String invitedBy,
			String actor) {
	}

}
