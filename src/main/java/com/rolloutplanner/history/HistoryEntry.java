package com.rolloutplanner.history;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One recorded change: when, who, a message key and its typed arguments (as JSON), and
 * whether a steering group should notice it. Entries outlive the engagement they concern;
 * the engagement is {@code null} for changes to users and organisations.
 */
@Entity
class HistoryEntry {

	static final int MAX_NAME = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long engagementId;

	private String engagementName;

	private Instant occurredAt;

	private String actor;

	private String messageKey;

	private String arguments;

	private boolean marked;

	protected HistoryEntry() {
	}

	HistoryEntry(Long engagementId, String engagementName, Instant occurredAt, String actor, String messageKey,
			String arguments, boolean marked) {
		this.engagementId = engagementId;
		this.engagementName = (engagementName != null && engagementName.length() > MAX_NAME)
				? engagementName.substring(0, MAX_NAME) : engagementName;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.messageKey = messageKey;
		this.arguments = arguments;
		this.marked = marked;
	}

	Long getEngagementId() {
		return this.engagementId;
	}

	String getEngagementName() {
		return this.engagementName;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	String getActor() {
		return this.actor;
	}

	String getMessageKey() {
		return this.messageKey;
	}

	String getArguments() {
		return this.arguments;
	}

	boolean isMarked() {
		return this.marked;
	}

}
