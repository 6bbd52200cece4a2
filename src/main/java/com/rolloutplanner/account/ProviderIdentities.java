package com.rolloutplanner.account;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.AccountEvents.IdentityLinked;
import com.rolloutplanner.account.AccountEvents.UserCreated;
import com.rolloutplanner.organisation.Organisation;

/**
 * The identities users sign in with through their organisation's provider (issuer and
 * subject): found, linked at a first sign-in, or a new user made for one (by an
 * invitation, or where the organisation lets people join).
 */
@Service
@Transactional(readOnly = true)
public class ProviderIdentities {

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProviderIdentities(UserAccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The user who signed in through a provider with this identity before, as the pages
	 * see them (deactivated ones too: the caller refuses them).
	 */
	public Optional<CurrentUser> byIdentity(String issuer, String subject) {
		return this.accounts.findByIdentity(issuer, subject).map(UserAccount::toCurrentUser);
	}

	/**
	 * Links the identity a provider vouches for to the user of the organisation who
	 * confirmed this address and has no identity yet: their first sign-in through it.
	 * @return the user, or empty when none of the organisation has the address unlinked
	 */
	@Transactional
	public Optional<CurrentUser> linkIdentity(Long organisationId, String address, String issuer, String subject) {
		return this.accounts
			.findInOrganisationByEmail(organisationId, address.strip().toLowerCase(java.util.Locale.ROOT))
			.stream()
			.filter((u) -> !u.hasIdentity())
			.findFirst()
			.map((u) -> {
				if (!u.isActive()) {
					// Refused by the caller; a deactivated user is never linked.
					return u.toCurrentUser();
				}
				u.linkIdentity(issuer, subject);
				this.events.publishEvent(new IdentityLinked(u.getUsername(), issuer,
						u.getDisplayName() + " (" + u.getOrganisation().getName() + ")"));
				return u.toCurrentUser();
			});
	}

	/**
	 * Creates a manager who joined through their organisation's provider (which allows
	 * it): the username is the address (numbered when taken), the password unusable (they
	 * sign in through the provider), the address confirmed by the provider.
	 */
	@Transactional
	public CurrentUser joinThroughProvider(Organisation organisation, String address, String displayName, String issuer,
			String subject, java.util.Locale language) {
		return joinThroughProvider(organisation, Role.MANAGER, address, displayName, issuer, subject, language);
	}

	/**
	 * Creates a user of a role who came in through their organisation's provider (by an
	 * invitation, or where the organisation lets people join), the username the address.
	 */
	@Transactional
	public CurrentUser joinThroughProvider(Organisation organisation, Role role, String address, String displayName,
			String issuer, String subject, java.util.Locale language) {
		String base = address.strip().toLowerCase(java.util.Locale.ROOT);
		base = (base.length() > 90) ? base.substring(0, 90) : base;
		String username = base;
		for (int i = 2; this.accounts.existsByUsername(UserAccount.normalise(username)); i++) {
			username = base + "-" + i;
		}
		String name = (displayName == null || displayName.isBlank()) ? base : displayName.strip();
		name = (name.length() > 200) ? name.substring(0, 200) : name;
		UserAccount account = new UserAccount(username, name, this.encoder.encode(SecretTokens.newToken()),
				organisation, role, false, this.clock.instant());
		account.changeContact(address.strip(), Languages.of(language.getLanguage()).getLanguage(), null);
		account.linkIdentity(issuer, subject);
		this.accounts.save(account);
		this.events.publishEvent(new UserCreated(account.getUsername(), account.getDisplayName(),
				organisation.getName(), role, account.getDisplayName() + " (" + organisation.getName() + ")"));
		return account.toCurrentUser();
	}

}
