package com.rolloutplanner.change;

/**
 * A change to an organisation that every engagement of it shows (its name): the lists
 * write those engagements' rows again.
 */
public interface OrganisationChange {

	/** The organisation the change concerns. */
	Long organisationId();

}
