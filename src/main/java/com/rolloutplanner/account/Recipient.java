package com.rolloutplanner.account;

/**
 * Someone a mail may be sent to, with the language and time zone of their mails.
 */
public record Recipient(Long id, String username, String displayName, Long organisationId, String organisationName,
		String email, java.util.Locale language, java.time.ZoneId timeZone) {

	/** How the user signs changes: their name and organisation. */
	public String signature() {
		return this.displayName + " (" + this.organisationName + ")";
	}

}
