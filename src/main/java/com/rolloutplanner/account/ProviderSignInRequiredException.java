package com.rolloutplanner.account;

import org.springframework.security.core.AuthenticationException;

/** The user's organisation signs its people in through its own provider only. */
public class ProviderSignInRequiredException extends AuthenticationException {

	public ProviderSignInRequiredException() {
		super("The organisation signs its users in through its identity provider");
	}

}
