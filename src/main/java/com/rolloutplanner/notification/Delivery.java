package com.rolloutplanner.notification;

/** How a user wants a kind of notification. */
public enum Delivery {

	OFF, IMMEDIATE, DIGEST

}
