package com.rolloutplanner.signin;

import java.io.Serial;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import com.rolloutplanner.account.CurrentUser;

/** Someone the provider vouched for, and the user of this product they are. */
public final class SignedIn extends DefaultOidcUser {

	@Serial
	private static final long serialVersionUID = 1L;

	private final CurrentUser user;

	SignedIn(OidcUser vouched, CurrentUser user) {
		super(user.getAuthorities(), vouched.getIdToken(), vouched.getUserInfo(), "sub");
		this.user = user;
	}

	public CurrentUser user() {
		return this.user;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedIn signedIn && super.equals(other) && this.user.equals(signedIn.user);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
