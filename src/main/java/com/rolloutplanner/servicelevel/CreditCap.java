package com.rolloutplanner.servicelevel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** The cap of one engagement's monthly service credits, when the sides set one. */
@Entity
class CreditCap {

	@Id
	private Long engagementId;

	private int capPercent;

	@Version
	private long version;

	protected CreditCap() {
	}

	CreditCap(Long engagementId) {
		this.engagementId = engagementId;
		this.capPercent = ServiceCredits.DEFAULT_CAP_PERCENT;
	}

	int getCapPercent() {
		return this.capPercent;
	}

	void setCapPercent(int capPercent) {
		this.capPercent = capPercent;
	}

}
