package com.rolloutplanner.account;

import com.rolloutplanner.organisation.Organisations;

/** Users for the full tests, created once per database. */
public final class TestUsers {

	public static final String PASSWORD = "a long test password";

	private TestUsers() {
	}

	public static void ensure(Accounts accounts, Organisations organisations, String username, String displayName,
			String organisation, Role role) {
		if (!accounts.exists(username)) {
			accounts.createWithPassword(username, displayName, organisations.findOrAdd(organisation), role, PASSWORD);
		}
	}

	/**
	 * A manager of the organisation (created when missing, named "Pia" and the username),
	 * signed in as the pages see them.
	 */
	public static CurrentUser manager(Accounts accounts, Organisations organisations,
			org.springframework.security.core.userdetails.UserDetailsService users, String username,
			String organisation) {
		ensure(accounts, organisations, username, "Pia " + username, organisation, Role.MANAGER);
		return (CurrentUser) users.loadUserByUsername(username);
	}

}
