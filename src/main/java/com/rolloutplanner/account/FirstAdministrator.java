package com.rolloutplanner.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.rolloutplanner.organisation.Organisations;

/**
 * On the first start of an empty installation, creates the first administrator from
 * {@code rollout.admin.username}, {@code rollout.admin.password} and
 * {@code rollout.admin.organisation} (for example the environment variables
 * {@code ROLLOUT_ADMIN_USERNAME}, ...). Does nothing once any user exists. Runs before
 * the server accepts requests.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final Organisations organisations;

	private final Environment environment;

	FirstAdministrator(Accounts accounts, Organisations organisations, Environment environment) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.environment = environment;
	}

	/**
	 * Before the server accepts its first request, so that nobody can log in too early.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		String username = this.environment.getProperty("rollout.admin.username");
		String password = this.environment.getProperty("rollout.admin.password");
		if (username == null || username.isBlank() || this.accounts.any()) {
			return;
		}
		String problem = PasswordPolicy.problem(username, password);
		if (problem != null) {
			throw new IllegalStateException("rollout.admin.password is not acceptable (" + problem + "): use at least "
					+ PasswordPolicy.MIN_LENGTH + " characters, not the username");
		}
		String organisation = this.environment.getProperty("rollout.admin.organisation", "Administration");
		this.accounts.createWithPassword(username, username, this.organisations.findOrAdd(organisation), Role.ADMIN,
				password);
		log.info("Created the first administrator '{}' in organisation '{}'", username, organisation);
	}

}
