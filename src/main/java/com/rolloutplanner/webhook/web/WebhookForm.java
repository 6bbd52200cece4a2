package com.rolloutplanner.webhook.web;

import java.util.EnumSet;
import java.util.Set;

import com.rolloutplanner.webhook.WebhookEvent;
import com.rolloutplanner.webhook.WebhookView.Format;

/** A webhook as a manager types it. */
public class WebhookForm {

	private String url = "";

	private Format format = Format.JSON;

	private Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);

	private String language = "fi";

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = (url != null) ? url.strip() : "";
	}

	public Format getFormat() {
		return this.format;
	}

	public void setFormat(Format format) {
		this.format = format;
	}

	public Set<WebhookEvent> getEvents() {
		return this.events;
	}

	public void setEvents(Set<WebhookEvent> events) {
		this.events = (events != null) ? events : EnumSet.noneOf(WebhookEvent.class);
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
