package com.rolloutplanner.commitments;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import com.rolloutplanner.engagement.Side;

/**
 * A gate of an engagement: passed only when one manager of each side has signed it off.
 * Editing the exit criteria undoes both sign-offs. Criteria {@code null} means the
 * product's recommended criteria, shown in the reader's language.
 */
@Entity
public class Gate {

	public static final int MAX_CRITERIA = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long engagementId;

	@Enumerated(EnumType.STRING)
	private GateType gateType;

	private String criteria;

	private String clientSignedBy;

	private Instant clientSignedAt;

	private String partnerSignedBy;

	private Instant partnerSignedAt;

	protected Gate() {
	}

	Gate(Long engagementId, GateType gateType) {
		this.engagementId = engagementId;
		this.gateType = gateType;
	}

	/**
	 * @return whether the criteria changed (and the sign-offs were undone)
	 */
	boolean changeCriteria(String newCriteria) {
		String normalised = (newCriteria == null || newCriteria.isBlank()) ? null : newCriteria.strip();
		if (java.util.Objects.equals(normalised, this.criteria)) {
			return false;
		}
		this.criteria = normalised;
		this.clientSignedBy = null;
		this.clientSignedAt = null;
		this.partnerSignedBy = null;
		this.partnerSignedAt = null;
		return true;
	}

	void signOff(Side side, String who, Instant at) {
		if (side == Side.CLIENT) {
			this.clientSignedBy = who;
			this.clientSignedAt = at;
		}
		else {
			this.partnerSignedBy = who;
			this.partnerSignedAt = at;
		}
	}

	boolean isSignedBy(Side side) {
		return (side == Side.CLIENT) ? this.clientSignedAt != null : this.partnerSignedAt != null;
	}

	boolean isPassed() {
		return this.clientSignedAt != null && this.partnerSignedAt != null;
	}

	Long getEngagementId() {
		return this.engagementId;
	}

	GateType getGateType() {
		return this.gateType;
	}

	String getCriteria() {
		return this.criteria;
	}

	String getClientSignedBy() {
		return this.clientSignedBy;
	}

	Instant getClientSignedAt() {
		return this.clientSignedAt;
	}

	String getPartnerSignedBy() {
		return this.partnerSignedBy;
	}

	Instant getPartnerSignedAt() {
		return this.partnerSignedAt;
	}

}
