package com.rolloutplanner.account;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this username: refused without checking the password. */
public class LoginThrottledException extends AuthenticationException {

	public LoginThrottledException(String username) {
		super("Too many failed logins for " + username);
	}

}
