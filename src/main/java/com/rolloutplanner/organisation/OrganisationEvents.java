package com.rolloutplanner.organisation;

import com.rolloutplanner.change.OrganisationChange;

/**
 * What happens to organisations, published in the transaction of the change; an actor
 * {@code null} is the product itself (demo data, first start).
 */
public final class OrganisationEvents {

	private OrganisationEvents() {
	}

	public record OrganisationCreated(String name, String actor) {
	}

	public record OrganisationRenamed(Long id, String from, String to, String actor) implements OrganisationChange {

		@Override
		public Long organisationId() {
			return this.id;
		}

	}

}
