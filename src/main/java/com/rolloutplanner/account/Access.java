package com.rolloutplanner.account;

/**
 * What a user may see: an administrator everything, a manager the engagements in which
 * their organisation is the client or the partner.
 */
public record Access(Long organisationId, boolean all) {

	public static Access toEverything() {
		return new Access(null, true);
	}

	public static Access organisation(Long organisationId) {
		return new Access(organisationId, false);
	}

	public boolean allows(Long clientId, Long partnerId) {
		return this.all || (this.organisationId != null
				&& (this.organisationId.equals(clientId) || this.organisationId.equals(partnerId)));
	}

}
