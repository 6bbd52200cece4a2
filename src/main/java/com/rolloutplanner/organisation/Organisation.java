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

	/**
	 * The name in lower case: unique in the database, so names differ in more than case.
	 */
	private String nameKey;

	protected Organisation() {
	}

	public Organisation(String name) {
		rename(name);
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public void rename(String newName) {
		this.name = normalise(newName);
		this.nameKey = this.name.toLowerCase(java.util.Locale.ROOT);
	}

	static String normalise(String name) {
		String trimmed = (name != null) ? name.strip().replaceAll("\\s+", " ") : "";
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("An organisation name must have 1-" + MAX_NAME_LENGTH + " characters");
		}
		return trimmed;
	}

}
