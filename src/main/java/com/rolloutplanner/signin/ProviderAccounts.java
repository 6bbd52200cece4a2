package com.rolloutplanner.signin;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.ProviderIdentities;
import com.rolloutplanner.organisation.Organisations;

/**
 * Who gets in through an organisation's provider: the user who signed in with the same
 * identity (issuer and subject) before; at a first sign-in, the user of the organisation
 * whose confirmed address is the one the provider verified, of a domain the provider
 * vouches for, linked to the identity from then on; an unknown address of such a domain
 * only when the organisation lets people join, as a manager. Deactivated users are
 * refused. Each refusal is an error whose code the failure page words.
 */
@Component
public class ProviderAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/** The codes of the refusals, as the failure page words them. */
	public static final String UNVERIFIED = "unverified";

	public static final String DOMAIN = "domain";

	public static final String NO_INVITATION = "invitation";

	public static final String DISABLED = "disabled";

	public static final String OTHER_ORGANISATION = "otherOrganisation";

	public static final String NO_PROVIDER = "provider";

	private final OidcUserService vouching = new OidcUserService();

	private final IdentityProviders providers;

	private final Accounts accounts;

	private final Organisations organisations;

	private final InvitedAccounts invitations;

	private final ProviderIdentities identities;

	ProviderAccounts(IdentityProviders providers, Accounts accounts, Organisations organisations,
			InvitedAccounts invitations, ProviderIdentities identities) {
		this.identities = identities;
		this.providers = providers;
		this.accounts = accounts;
		this.organisations = organisations;
		this.invitations = invitations;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser vouched = this.vouching.loadUser(request);
		Long organisationId = OrganisationClients.organisationOf(request.getClientRegistration().getRegistrationId())
			.orElseThrow(() -> refused(NO_PROVIDER));
		IdentityProviders.Provider provider = this.providers.of(organisationId).orElseThrow(() -> refused(NO_PROVIDER));
		String issuer = vouched.getIssuer().toString();
		String subject = vouched.getSubject();
		CurrentUser user = this.identities.byIdentity(issuer, subject)
			.map((known) -> sameOrganisation(known, organisationId))
			.orElseGet(() -> firstSignIn(vouched, provider, issuer, subject));
		if (!user.isEnabled()) {
			throw refused(DISABLED);
		}
		return new SignedIn(vouched, user);
	}

	private CurrentUser firstSignIn(OidcUser vouched, IdentityProviders.Provider provider, String issuer,
			String subject) {
		String address = vouched.getEmail();
		if (address == null || !Boolean.TRUE.equals(vouched.getEmailVerified())) {
			throw refused(UNVERIFIED);
		}
		String domain = address.substring(address.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
		if (!provider.domains().contains(domain)) {
			throw refused(DOMAIN);
		}
		Optional<CurrentUser> linked = this.identities.linkIdentity(provider.organisationId(), address, issuer,
				subject);
		if (linked.isPresent()) {
			return linked.get();
		}
		Optional<CurrentUser> invited = this.invitations.acceptThroughProvider(provider.organisationId(), address,
				vouched.getFullName(), issuer, subject);
		if (invited.isPresent()) {
			return invited.get();
		}
		if (!provider.selfJoin() || this.accounts.addressTaken(address)) {
			throw refused(NO_INVITATION);
		}
		return this.identities.joinThroughProvider(
				this.organisations.find(provider.organisationId()).orElseThrow(() -> refused(NO_PROVIDER)), address,
				vouched.getFullName(), issuer, subject, LocaleContextHolder.getLocale());
	}

	private static CurrentUser sameOrganisation(CurrentUser known, Long organisationId) {
		if (!known.getOrganisationId().equals(organisationId)) {
			throw refused(OTHER_ORGANISATION);
		}
		return known;
	}

	static OAuth2AuthenticationException refused(String code) {
		return new OAuth2AuthenticationException(new OAuth2Error(code), code);
	}

}
