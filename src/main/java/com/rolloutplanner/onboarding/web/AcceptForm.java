package com.rolloutplanner.onboarding.web;

/** The account an invited person creates from the invitation's link. */
public class AcceptForm {

	private String token = "";

	private String username = "";

	private String displayName = "";

	private String password;

	private String confirmPassword;

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = (token != null) ? token : "";
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = (username != null) ? username.strip() : "";
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = (displayName != null) ? displayName.strip() : "";
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
