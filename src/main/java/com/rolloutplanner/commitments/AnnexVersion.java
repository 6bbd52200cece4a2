package com.rolloutplanner.commitments;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.rolloutplanner.engagement.Side;

/**
 * One version of an engagement's terms annex: the fingerprint of the terms it shows
 * ({@link AnnexContent}) and each side's signature. Only the latest version of an
 * engagement can be in force, and only while the terms are still those it shows (not
 * {@code outdated}).
 */
@Entity
@Table(name = "terms_annex_version")
class AnnexVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long engagementId;

	private int number;

	/**
	 * {@code null} for a version carried over from the charter until the application
	 * starts ({@link AnnexAdoption}).
	 */
	private String contentHash;

	private boolean latest;

	private boolean outdated;

	private Instant createdAt;

	private String clientSignedBy;

	private Instant clientSignedAt;

	private String partnerSignedBy;

	private Instant partnerSignedAt;

	protected AnnexVersion() {
	}

	AnnexVersion(Long engagementId, int number, String contentHash, Instant createdAt) {
		this.engagementId = engagementId;
		this.number = number;
		this.contentHash = contentHash;
		this.createdAt = createdAt;
		this.latest = true;
	}

	/**
	 * Compares the version with the terms as they are now; a version carried over from
	 * the charter takes them as its own.
	 * @return whether the version has just become outdated
	 */
	boolean compareWith(String hash) {
		if (this.contentHash == null) {
			this.contentHash = hash;
			return false;
		}
		boolean wasOutdated = this.outdated;
		this.outdated = !this.contentHash.equals(hash);
		return this.outdated && !wasOutdated;
	}

	/** Whether the version shows these terms. */
	boolean shows(String hash) {
		return this.contentHash == null || this.contentHash.equals(hash);
	}

	void supersede() {
		this.latest = false;
	}

	void sign(Side side, String by, Instant at) {
		if (side == Side.CLIENT) {
			this.clientSignedBy = by;
			this.clientSignedAt = at;
		}
		else {
			this.partnerSignedBy = by;
			this.partnerSignedAt = at;
		}
	}

	boolean isSignedBy(Side side) {
		return ((side == Side.CLIENT) ? this.clientSignedAt : this.partnerSignedAt) != null;
	}

	boolean isComplete() {
		return this.clientSignedAt != null && this.partnerSignedAt != null;
	}

	/** Whether both sides signed it and the terms are still the ones it shows. */
	boolean isInForce() {
		return this.latest && !this.outdated && isComplete();
	}

	Commitments.Signature signature(Side side) {
		return (side == Side.CLIENT)
				? ((this.clientSignedAt != null) ? new Commitments.Signature(this.clientSignedBy, this.clientSignedAt)
						: null)
				: ((this.partnerSignedAt != null)
						? new Commitments.Signature(this.partnerSignedBy, this.partnerSignedAt) : null);
	}

	Long getEngagementId() {
		return this.engagementId;
	}

	int getNumber() {
		return this.number;
	}

	boolean isLatest() {
		return this.latest;
	}

	boolean isOutdated() {
		return this.outdated;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
