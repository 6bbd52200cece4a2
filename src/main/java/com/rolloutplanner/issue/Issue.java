package com.rolloutplanner.issue;

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
 * An issue one side raised for a side to answer: its response is due under the promise in
 * force when it was raised; the first response stops the clock; a resolved issue keeps
 * its times.
 */
@Entity
@Table(name = "engagement_issue")
public class Issue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long engagementId;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private IssueSeverity severity;

	@Enumerated(EnumType.STRING)
	private Side raisedSide;

	private String raisedUsername;

	private String raisedBy;

	@Enumerated(EnumType.STRING)
	private Side ownerSide;

	private Instant raisedAt;

	private Instant responseDue;

	private Instant executiveDue;

	private String response;

	private String respondedBy;

	private Instant respondedAt;

	private String resolution;

	private String resolvedBy;

	private Instant resolvedAt;

	@Enumerated(EnumType.STRING)
	private EscalationTier notifiedTier = EscalationTier.OPERATIONAL;

	@Version
	private long version;

	protected Issue() {
	}

	Issue(Long engagementId, String title, String description, IssueSeverity severity, Side raisedSide,
			String raisedUsername, String raisedBy, Side ownerSide, Instant raisedAt, Instant responseDue,
			Instant executiveDue) {
		this.engagementId = engagementId;
		this.title = title;
		this.description = description;
		this.severity = severity;
		this.raisedSide = raisedSide;
		this.raisedUsername = raisedUsername;
		this.raisedBy = raisedBy;
		this.ownerSide = ownerSide;
		this.raisedAt = raisedAt;
		this.responseDue = responseDue;
		this.executiveDue = executiveDue;
	}

	void respond(String text, String by, Instant at) {
		this.response = text;
		this.respondedBy = by;
		this.respondedAt = at;
	}

	void resolve(String text, String by, Instant at) {
		this.resolution = text;
		this.resolvedBy = by;
		this.resolvedAt = at;
	}

	/**
	 * Whom the issue is in front of at the moment: the clock stops at the first response,
	 * or when the issue was resolved without one.
	 */
	public EscalationTier tier(Instant now) {
		Instant clock = now;
		if (this.respondedAt != null && this.respondedAt.isBefore(clock)) {
			clock = this.respondedAt;
		}
		if (this.resolvedAt != null && this.resolvedAt.isBefore(clock)) {
			clock = this.resolvedAt;
		}
		return EscalationTier.at(this.responseDue, this.executiveDue, clock);
	}

	/** Whether the owner side still owes its response. */
	public boolean awaitingResponse() {
		return this.respondedAt == null && this.resolvedAt == null;
	}

	public boolean isOpen() {
		return this.resolvedAt == null;
	}

	/** Marks the tier as told; {@code false} when it was told already. */
	boolean told(EscalationTier tier) {
		if (tier.compareTo(this.notifiedTier) <= 0) {
			return false;
		}
		this.notifiedTier = tier;
		return true;
	}

	public Long getId() {
		return this.id;
	}

	public Long getEngagementId() {
		return this.engagementId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public IssueSeverity getSeverity() {
		return this.severity;
	}

	public Side getRaisedSide() {
		return this.raisedSide;
	}

	public String getRaisedUsername() {
		return this.raisedUsername;
	}

	public String getRaisedBy() {
		return this.raisedBy;
	}

	public Side getOwnerSide() {
		return this.ownerSide;
	}

	public Instant getRaisedAt() {
		return this.raisedAt;
	}

	public Instant getResponseDue() {
		return this.responseDue;
	}

	public Instant getExecutiveDue() {
		return this.executiveDue;
	}

	public String getResponse() {
		return this.response;
	}

	public String getRespondedBy() {
		return this.respondedBy;
	}

	public Instant getRespondedAt() {
		return this.respondedAt;
	}

	public String getResolution() {
		return this.resolution;
	}

	public String getResolvedBy() {
		return this.resolvedBy;
	}

	public Instant getResolvedAt() {
		return this.resolvedAt;
	}

	public EscalationTier getNotifiedTier() {
		return this.notifiedTier;
	}

	public long getVersion() {
		return this.version;
	}

}
