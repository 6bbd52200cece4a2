package com.rolloutplanner.share.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A read-only link to an engagement's roadmap page for people without an account. Only
 * the SHA-256 hash of its token is stored; the token itself is shown once.
 */
@Entity
class ShareLink {

	static final int MAX_LABEL = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long engagementId;

	private String label;

	private String tokenHash;

	private LocalDate expiresOn;

	private String createdBy;

	private Instant createdAt;

	private Instant revokedAt;

	private int openCount;

	private Instant lastOpenedAt;

	/** Whether the guests see the business case without its amounts. */
	private boolean hideAmounts;

	/** Who created the link, told when it is opened for the first time. */
	private String createdByUsername;

	protected ShareLink() {
	}

	ShareLink(Long engagementId, String label, String tokenHash, LocalDate expiresOn, String createdBy,
			Instant createdAt, boolean hideAmounts, String createdByUsername) {
		this.hideAmounts = hideAmounts;
		this.createdByUsername = createdByUsername;
		this.engagementId = engagementId;
		this.label = label.strip();
		this.tokenHash = tokenHash;
		this.expiresOn = expiresOn;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** Whether the link opens on this day: not revoked, and not past its expiry date. */
	boolean isUsableOn(LocalDate today) {
		return this.revokedAt == null && (this.expiresOn == null || !today.isAfter(this.expiresOn));
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	String getCreatedByUsername() {
		return this.createdByUsername;
	}

	Long getId() {
		return this.id;
	}

	boolean isHideAmounts() {
		return this.hideAmounts;
	}

	Long getEngagementId() {
		return this.engagementId;
	}

	String getLabel() {
		return this.label;
	}

	String getTokenHash() {
		return this.tokenHash;
	}

	LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getRevokedAt() {
		return this.revokedAt;
	}

	int getOpenCount() {
		return this.openCount;
	}

	Instant getLastOpenedAt() {
		return this.lastOpenedAt;
	}

}
