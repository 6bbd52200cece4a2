package com.rolloutplanner.risk;

/** Where a risk stands. */
public enum RiskStatus {

	/** Still a risk: reviewed on its date. */
	OPEN,

	/** Mitigated: kept in view, no longer reviewed. */
	MITIGATED,

	/** Closed: it passed, or it happened and became an issue. */
	CLOSED

}
