package com.rolloutplanner.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A company on either side of an engagement: the client or the outsourcing partner. */
@Entity
public class Organisation {

	public static final int MAX_NAME_LENGTH = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	protected Organisation() {
	}

	public Organisation(String name) {
		this.name = normalise(name);
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public void rename(String newName) {
		this.name = normalise(newName);
	}

	static String normalise(String name) {
		String trimmed = (name != null) ? name.strip().replaceAll("\\s+", " ") : "";
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("An organisation name must have 1-" + MAX_NAME_LENGTH + " characters");
		}
		return trimmed;
	}

}
