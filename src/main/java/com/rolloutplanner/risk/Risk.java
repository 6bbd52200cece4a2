package com.rolloutplanner.risk;

import java.time.Instant;
import java.time.LocalDate;

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
 * A risk of an engagement: how likely and how bad, who owns it, how it is mitigated and
 * when it is reviewed next; once it happened, the issue it became.
 */
@Entity
@Table(name = "engagement_risk")
class Risk {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long engagementId;

	private String title;

	private int likelihood;

	private int impact;

	@Enumerated(EnumType.STRING)
	private Side ownerSide;

	private String mitigation;

	private LocalDate reviewDate;

	@Enumerated(EnumType.STRING)
	private RiskStatus status = RiskStatus.OPEN;

	private Long issueId;

	private String createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected Risk() {
	}

	Risk(Long engagementId, RiskTerms terms, String createdBy, Instant createdAt) {
		this.engagementId = engagementId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		apply(terms);
	}

	/** Takes the terms; the status only when given. */
	void apply(RiskTerms terms) {
		this.title = terms.title();
		this.likelihood = terms.likelihood();
		this.impact = terms.impact();
		this.ownerSide = terms.ownerSide();
		this.mitigation = terms.mitigation();
		this.reviewDate = terms.reviewDate();
		if (terms.status() != null) {
			this.status = terms.status();
		}
	}

	RiskTerms terms() {
		return new RiskTerms(this.title, this.likelihood, this.impact, this.ownerSide, this.mitigation, this.reviewDate,
				this.status);
	}

	/** It happened: closed, and the issue it became. */
	void happened(Long issue) {
		this.issueId = issue;
		this.status = RiskStatus.CLOSED;
	}

	Long getId() {
		return this.id;
	}

	Long getEngagementId() {
		return this.engagementId;
	}

	Long getIssueId() {
		return this.issueId;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	long getVersion() {
		return this.version;
	}

}
