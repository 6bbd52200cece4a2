package com.rolloutplanner.organisation;

/**
 * What happens to organisations, published in the transaction of the change; an actor
 * {@code null} is the product itself (demo data, first start).
 */
public final class OrganisationEvents {

	private OrganisationEvents() {
	}

	public record OrganisationCreated(String name, String actor) {
	}

	public record OrganisationRenamed(Long id, String from, String to, String actor) {
	}

}
