package com.rolloutplanner.due;

/** The kinds of things that fall due, in the order they are listed on the same day. */
public enum DueKind {

	GATE, CHARTER, ROADMAP_ITEM, ACTION, ISSUE_RESPONSE, RISK_REVIEW

}
