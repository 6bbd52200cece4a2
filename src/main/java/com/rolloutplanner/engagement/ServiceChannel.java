package com.rolloutplanner.engagement;

/** A channel through which the outsourced customer service is delivered. */
public enum ServiceChannel {

	PHONE, EMAIL, CHAT, SOCIAL_MEDIA, BACK_OFFICE

}
