package com.rolloutplanner.account;

/**
 * What happens to user accounts, published in the transaction of the change; an actor
 * {@code null} is the product itself (demo data, first start).
 */
public final class AccountEvents {

	private AccountEvents() {
	}

	public record UserCreated(String username, String displayName, String organisationName, Role role, String actor) {
	}

	public record UserActivityChanged(String username, boolean active, String actor) {
	}

	/**
	 * An administrator gave a user a one-time password; {@code tokensRevoked} when every
	 * API token of the user is to go with the old password.
	 */
	public record PasswordReset(Long userId, String username, boolean tokensRevoked, String actor) {
	}

	public record LoginUnlocked(String username, String actor) {
	}

	/** A user chose a new password from the link of a reset mail. */
	public record PasswordChosenFromMail(String username, String actor) {
	}

	/** A user signed in through their organisation's provider for the first time. */
	public record IdentityLinked(String username, String issuer, String actor) {
	}

	/**
	 * An administrator typed a user's address: it waits for its confirmation by a link
	 * mailed to it, and no other mail goes there until then.
	 */
	public record AddressEntered(Long userId, String address) {
	}

}
