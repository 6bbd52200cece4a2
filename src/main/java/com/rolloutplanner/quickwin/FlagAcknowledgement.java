package com.rolloutplanner.quickwin;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A manager's word that a flag is known and accepted, with the reason. It applies to the
 * same code and the same finding only: when the finding changes, the flag is new again.
 */
@Entity
class FlagAcknowledgement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long engagementId;

	@Enumerated(EnumType.STRING)
	private FlagCode code;

	private String finding;

	private String reason;

	private String acknowledgedBy;

	private Instant acknowledgedAt;

	protected FlagAcknowledgement() {
	}

	FlagAcknowledgement(Long engagementId, FlagCode code, String finding, String reason, String acknowledgedBy,
			Instant acknowledgedAt) {
		this.engagementId = engagementId;
		this.code = code;
		this.finding = finding;
		this.reason = reason;
		this.acknowledgedBy = acknowledgedBy;
		this.acknowledgedAt = acknowledgedAt;
	}

	Long getEngagementId() {
		return this.engagementId;
	}

	FlagCode getCode() {
		return this.code;
	}

	String getFinding() {
		return this.finding;
	}

	Acknowledgement toView() {
		return new Acknowledgement(this.reason, this.acknowledgedBy, this.acknowledgedAt);
	}

}
