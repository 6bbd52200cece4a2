package com.rolloutplanner.mail;

import java.util.UUID;

import org.springframework.stereotype.Component;

/** The name this instance claims mails and jobs under. */
@Component
public class Instance {

	private final String name;

	Instance() {
		String host = System.getenv().getOrDefault("HOSTNAME", "instance");
		String id = UUID.randomUUID().toString().substring(0, 8);
		this.name = (host.length() > 80 ? host.substring(0, 80) : host) + "-" + id;
	}

	public String name() {
		return this.name;
	}

}
