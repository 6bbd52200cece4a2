package com.rolloutplanner.webhook;

import java.time.Instant;
import java.util.Set;

/** A webhook as its pages show it: never its secret. */
public record WebhookView(Long id, Long organisationId, String url, Format format, Set<WebhookEvent> events,
		String language, boolean enabled, Instant failingSince, Instant disabledAt, String createdBy,
		Instant createdAt) {

	/** How a webhook's deliveries are written. */
	public enum Format {

		/** The event as JSON, signed. */
		JSON,

		/**
		 * A Microsoft Teams (Workflows) message with an Adaptive Card, signed the same
		 * way.
		 */
		TEAMS

	}

}
