package com.rolloutplanner.onboarding.web;

import com.rolloutplanner.account.Role;

/** An invitation as a manager or an administrator types it. */
public class InvitationForm {

	private String email = "";

	private Long organisationId;

	private Role role = Role.MANAGER;

	private String language = "fi";

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email.strip() : "";
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
