package com.rolloutplanner.engagement;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One recorded change to an engagement: who, when, what, old value and new value. */
@Entity
class AuditEntry {

	static final int MAX_VALUE = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long engagementId;

	private Instant changedAt;

	private String actor;

	private String action;

	private String field;

	private String oldValue;

	private String newValue;

	protected AuditEntry() {
	}

	AuditEntry(Long engagementId, Instant changedAt, String actor, String action, String field, String oldValue,
			String newValue) {
		this.engagementId = engagementId;
		this.changedAt = changedAt;
		this.actor = actor;
		this.action = action;
		this.field = field;
		this.oldValue = clip(oldValue);
		this.newValue = clip(newValue);
	}

	private static String clip(String value) {
		return (value != null && value.length() > MAX_VALUE) ? value.substring(0, MAX_VALUE - 1) + "…" : value;
	}

	Instant getChangedAt() {
		return this.changedAt;
	}

	String getActor() {
		return this.actor;
	}

	String getAction() {
		return this.action;
	}

	String getField() {
		return this.field;
	}

	String getOldValue() {
		return this.oldValue;
	}

	String getNewValue() {
		return this.newValue;
	}

}
