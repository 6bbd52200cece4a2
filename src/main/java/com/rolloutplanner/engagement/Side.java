package com.rolloutplanner.engagement;

/** The two parties of an engagement. */
public enum Side {

	CLIENT, PARTNER

}
