package com.rolloutplanner.throttle;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.PasswordSignIn;
import com.rolloutplanner.account.ProviderSignInRequiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks passwords against the accounts, behind the login throttle: a locked username
 * (from this address) or address is refused before its password is checked.
 */
public class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginThrottle throttle;

	private final PasswordSignIn passwordSignIn;

	public ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
			PasswordSignIn passwordSignIn) {
		super(users);
		setPasswordEncoder(encoder);
		this.throttle = throttle;
		this.passwordSignIn = passwordSignIn;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		try (LoginThrottle.Attempt attempt = this.throttle.begin(authentication.getName(), address)) {
			Authentication result;
			try {
				result = super.authenticate(authentication);
			}
			catch (BadCredentialsException ex) {
				this.throttle.failed(attempt);
				throw ex;
			}
			// Checked once the password was right, so that the refusal says nothing of
			// others.
			if (result.getPrincipal() instanceof CurrentUser user
					&& !this.passwordSignIn.allowed(user.getOrganisationId())) {
				throw new ProviderSignInRequiredException();
			}
			this.throttle.succeeded(attempt);
			return result;
		}
	}

}
