package com.rolloutplanner.subscription;

/** How a user wants a kind of notification. */
public enum Delivery {

	OFF, IMMEDIATE, DIGEST

}
