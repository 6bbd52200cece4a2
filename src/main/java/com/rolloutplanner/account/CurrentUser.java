package com.rolloutplanner.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user, as kept in the session. */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Long id;

	private final String username;

	private final String displayName;

	private String passwordHash;

	private final Long organisationId;

	private final String organisationName;

	private final Role role;

	private final boolean active;

	private final boolean mustChangePassword;

	public CurrentUser(Long id, String username, String displayName, String passwordHash, Long organisationId,
			String organisationName, Role role, boolean active, boolean mustChangePassword) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.organisationId = organisationId;
		this.organisationName = organisationName;
		this.role = role;
		this.active = active;
		this.mustChangePassword = mustChangePassword;
	}

	/** What this user may see and change. */
	public Access access() {
		return (this.role == Role.ADMIN) ? Access.toEverything() : Access.organisation(this.organisationId);
	}

	public Long getId() {
		return this.id;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getOrganisationName() {
		return this.organisationName;
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	/** How the user is named in histories and sign-offs. */
	public String signature() {
		return this.displayName + " (" + this.organisationName + ")";
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	public CurrentUser withPasswordChanged() {
		return new CurrentUser(this.id, this.username, this.displayName, null, this.organisationId,
				this.organisationName, this.role, this.active, false);
	}

}
