package com.rolloutplanner.account;

/**
 * A user as others see them; the mail address (or {@code null}) is for invitations such
 * as a calendar's attendees.
 */
public record Member(String username, String displayName, Long organisationId, String organisationName, String email) {
}
