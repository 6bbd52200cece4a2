package com.rolloutplanner.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.rolloutplanner.account.EmailAddress;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.input.PlainText;

/** A new user, as an administrator enters it. */
public class UserForm {

	@NotBlank
	@Size(max = 100)
	@Pattern(regexp = "^[A-Za-z0-9._@-]*$")
	@PlainText
	private String username;

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String displayName;

	@Size(max = EmailAddress.MAX_LENGTH)
	@Pattern(regexp = "^$|" + EmailAddress.PATTERN, message = "{notifications.email.invalid}")
	private String email = "";

	@NotNull
	private Long organisationId;

	@NotNull
	private Role role = Role.MANAGER;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

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

}
