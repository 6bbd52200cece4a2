package com.rolloutplanner.onboarding.web;

/** A new password chosen with the link of a reset mail, typed twice. */
public class NewPasswordForm {

	private String token = "";

	private String password;

	private String confirmPassword;

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = (token != null) ? token : "";
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
