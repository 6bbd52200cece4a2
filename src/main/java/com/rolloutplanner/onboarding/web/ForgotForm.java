package com.rolloutplanner.onboarding.web;

/** The address someone asks a link to choose a new password for. */
public class ForgotForm {

	private String email = "";

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email.strip() : "";
	}

}
