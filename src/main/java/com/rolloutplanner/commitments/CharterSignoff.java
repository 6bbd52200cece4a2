package com.rolloutplanner.commitments;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import com.rolloutplanner.engagement.Side;

/**
 * One side's acknowledgement of the phase model: "we expect quality and efficiency to
 * drop in months 0–3 and will not judge the partnership by them".
 */
@Entity
class CharterSignoff {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long engagementId;

	@Enumerated(EnumType.STRING)
	private Side side;

	private String signedBy;

	private Instant signedAt;

	protected CharterSignoff() {
	}

	CharterSignoff(Long engagementId, Side side, String signedBy, Instant signedAt) {
		this.engagementId = engagementId;
		this.side = side;
		this.signedBy = signedBy;
		this.signedAt = signedAt;
	}

	Long getEngagementId() {
		return this.engagementId;
	}

	Side getSide() {
		return this.side;
	}

	String getSignedBy() {
		return this.signedBy;
	}

	Instant getSignedAt() {
		return this.signedAt;
	}

}
