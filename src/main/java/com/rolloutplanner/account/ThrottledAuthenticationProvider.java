package com.rolloutplanner.account;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Checks passwords against the accounts, refusing usernames locked by the throttle. */
public class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginThrottle throttle;

	public ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
		super(users);
		setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		if (this.throttle.isLocked(username)) {
			throw new LoginThrottledException(username);
		}
		try {
			Authentication result = super.authenticate(authentication);
			this.throttle.recordSuccess(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(username);
			throw ex;
		}
	}

}
