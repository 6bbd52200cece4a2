package com.rolloutplanner.signin;

/** What administrators change of the organisations' providers. */
public final class SigninEvents {

	private SigninEvents() {
	}

	/** An organisation's provider was set or changed. */
	public record ProviderSaved(String organisationName, String issuer, boolean passwordSignIn, String actor) {
	}

	/** An organisation's provider was removed: its users sign in with passwords again. */
	public record ProviderRemoved(String organisationName, String actor) {
	}

}
