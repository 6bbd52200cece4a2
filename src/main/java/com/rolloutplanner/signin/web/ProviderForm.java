package com.rolloutplanner.signin.web;

/** An organisation's identity provider as an administrator types it. */
public class ProviderForm {

	private String issuer = "";

	private String clientId = "";

	private String clientSecret;

	private String domains = "";

	private boolean passwordSignIn = true;

	private boolean selfJoin;

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = (issuer != null) ? issuer.strip() : "";
	}

	public String getClientId() {
		return this.clientId;
	}

	public void setClientId(String clientId) {
		this.clientId = (clientId != null) ? clientId.strip() : "";
	}

	public String getClientSecret() {
		return this.clientSecret;
	}

	public void setClientSecret(String clientSecret) {
		this.clientSecret = clientSecret;
	}

	public String getDomains() {
		return this.domains;
	}

	public void setDomains(String domains) {
		this.domains = (domains != null) ? domains : "";
	}

	public boolean isPasswordSignIn() {
		return this.passwordSignIn;
	}

	public void setPasswordSignIn(boolean passwordSignIn) {
		this.passwordSignIn = passwordSignIn;
	}

	public boolean isSelfJoin() {
		return this.selfJoin;
	}

	public void setSelfJoin(boolean selfJoin) {
		this.selfJoin = selfJoin;
	}

}
