package com.rolloutplanner.account;

/**
 * Whether an organisation's users may sign in with a password: an organisation whose own
 * identity provider signs its people in may turn passwords off. Implemented where the
 * providers are kept.
 */
public interface PasswordSignIn {

	boolean allowed(Long organisationId);

}
