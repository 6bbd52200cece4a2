package com.rolloutplanner.changerequest;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.rolloutplanner.engagement.Side;

/**
 * A change one side asks for, its expected effect on cost, time and the KPIs, and the
 * meeting decision that approved or rejected it.
 */
@Entity
@Table(name = "change_request")
class ChangeRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long engagementId;

	@Enumerated(EnumType.STRING)
	private ChangeArea area;

	private String title;

	private String description;

	private String costEffect;

	private String timeEffect;

	private String kpiEffect;

	@Enumerated(EnumType.STRING)
	private Side requestedSide;

	private String requestedBy;

	private Instant requestedAt;

	@Enumerated(EnumType.STRING)
	private ChangeStatus status = ChangeStatus.PROPOSED;

	private Long decisionId;

	private String decidedBy;

	private Instant decidedAt;

	@Version
	private long version;

	protected ChangeRequest() {
	}

	ChangeRequest(Long engagementId, ChangeTerms terms, Side requestedSide, String requestedBy, Instant requestedAt) {
		this.engagementId = engagementId;
		this.area = terms.area();
		this.title = terms.title();
		this.description = terms.description();
		this.costEffect = terms.costEffect();
		this.timeEffect = terms.timeEffect();
		this.kpiEffect = terms.kpiEffect();
		this.requestedSide = requestedSide;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	void decide(boolean approved, Long decision, String by, Instant at) {
		this.status = approved ? ChangeStatus.APPROVED : ChangeStatus.REJECTED;
		this.decisionId = decision;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	ChangeTerms terms() {
		return new ChangeTerms(this.area, this.title, this.description, this.costEffect, this.timeEffect,
				this.kpiEffect);
	}

	Long getId() {
		return this.id;
	}

	Long getEngagementId() {
		return this.engagementId;
	}

	Side getRequestedSide() {
		return this.requestedSide;
	}

	String getRequestedBy() {
		return this.requestedBy;
	}

	Instant getRequestedAt() {
		return this.requestedAt;
	}

	ChangeStatus getStatus() {
		return this.status;
	}

	Long getDecisionId() {
		return this.decisionId;
	}

	String getDecidedBy() {
		return this.decidedBy;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

}
