package com.rolloutplanner.webhook;

import java.time.Instant;

/** One delivery of an event to a webhook, as its log shows it. */
public record Delivery(Long id, String eventId, String eventType, String state, int attempts, Instant createdAt,
		Instant deliveredAt, Integer lastStatus, String lastError) {
}
