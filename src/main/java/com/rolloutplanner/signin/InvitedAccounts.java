package com.rolloutplanner.signin;

import java.util.Optional;

import com.rolloutplanner.account.CurrentUser;

/**
 * The port through which a first sign-in through a provider accepts an invitation waiting
 * for the verified address (implemented where the invitations are kept).
 */
public interface InvitedAccounts {

	/**
	 * The user made by accepting the invitation waiting for the address in the
	 * organisation, linked to the provider's identity; empty when none waits.
	 */
	Optional<CurrentUser> acceptThroughProvider(Long organisationId, String address, String displayName, String issuer,
			String subject);

}
