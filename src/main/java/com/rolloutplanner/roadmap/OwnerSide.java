package com.rolloutplanner.roadmap;

/** Who carries a roadmap item. */
public enum OwnerSide {

	CLIENT, PARTNER, JOINT

}
