package com.rolloutplanner.calendar.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A personal calendar feed: whose it is and the hash of its token. */
@Entity
class CalendarFeed {

	static final int MAX_LABEL = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String label;

	private String tokenHash;

	private Instant createdAt;

	private Instant revokedAt;

	private Instant lastUsedAt;

	protected CalendarFeed() {
	}

	CalendarFeed(String username, String label, String tokenHash, Instant createdAt) {
		this.username = username;
		this.label = label;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	void revoke(Instant at) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
		}
	}

	void used(Instant at) {
		this.lastUsedAt = at;
	}

	boolean isActive() {
		return this.revokedAt == null;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getLabel() {
		return this.label;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getRevokedAt() {
		return this.revokedAt;
	}

	Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

}
