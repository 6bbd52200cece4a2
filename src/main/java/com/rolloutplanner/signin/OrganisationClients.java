package com.rolloutplanner.signin;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The clients of the organisations' providers, registered at run time from the rows an
 * administrator keeps: read by the organisation's id in the registration id
 * ({@code org-5}), found by the provider's discovery document, and kept while the row's
 * version stands (each instance compares it with the row, so a change on one is seen by
 * all). A provider that cannot be discovered has no registration now.
 */
@Component
public class OrganisationClients implements ClientRegistrationRepository {

	private static final Logger log = LoggerFactory.getLogger(OrganisationClients.class);

	private final IdentityProviders providers;

	private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

	OrganisationClients(IdentityProviders providers) {
		this.providers = providers;
	}

	private record Kept(long version, ClientRegistration registration) {
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		return organisationOf(registrationId).flatMap(this::registration).orElse(null);
	}

	/** The registration of an organisation's provider, when it has one that answers. */
	public Optional<ClientRegistration> registration(Long organisationId) {
		Optional<IdentityProviders.Provider> provider = this.providers.of(organisationId);
		if (provider.isEmpty()) {
			this.kept.remove(organisationId);
			return Optional.empty();
		}
		Kept known = this.kept.get(organisationId);
		if (known != null && known.version() == provider.get().version()) {
			return Optional.of(known.registration());
		}
		try {
			ClientRegistration registration = discovered(provider.get(), this.providers.secret(organisationId));
			this.kept.put(organisationId, new Kept(provider.get().version(), registration));
			return Optional.of(registration);
		}
		catch (RuntimeException ex) {
			log.warn("The identity provider of organisation {} at {} did not answer its discovery: {}", organisationId,
					provider.get().issuer(), ex.getMessage());
			this.kept.remove(organisationId);
			return Optional.empty();
		}
	}

	/**
	 * The registration from the provider's discovery document, read with timeouts (a
	 * provider that does not answer holds no request longer than {@link #TIMEOUT}); its
	 * issuer must be the one the administrator typed.
	 */
	@SuppressWarnings("unchecked")
	private ClientRegistration discovered(IdentityProviders.Provider provider, String secret) {
		String issuer = provider.issuer();
		Map<String, Object> metadata = DISCOVERY.get()
			.uri(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration")
			.retrieve()
			.body(Map.class);
		if (metadata == null || !issuer.equals(metadata.get("issuer"))) {
			throw new IllegalStateException("The discovery document names another issuer");
		}
		return ClientRegistration.withRegistrationId(provider.registrationId())
			.clientId(provider.clientId())
			.clientSecret(secret)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "email", "profile")
			.authorizationUri((String) metadata.get("authorization_endpoint"))
			.tokenUri((String) metadata.get("token_endpoint"))
			.jwkSetUri((String) metadata.get("jwks_uri"))
			.userInfoUri((String) metadata.get("userinfo_endpoint"))
			.userNameAttributeName("sub")
			.issuerUri(issuer)
			.providerConfigurationMetadata(metadata)
			.clientName(provider.organisationName())
			.build();
	}

	/** How long a provider may take to connect and to answer. */
	static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(5);

	/** A client that gives up on a provider after {@link #TIMEOUT}. */
	static org.springframework.web.client.RestClient.Builder withTimeouts() {
		var factory = new org.springframework.http.client.JdkClientHttpRequestFactory(
				java.net.http.HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
		factory.setReadTimeout(TIMEOUT);
		return org.springframework.web.client.RestClient.builder().requestFactory(factory);
	}

	private static final org.springframework.web.client.RestClient DISCOVERY = withTimeouts().build();

	/** The organisation's id in a registration id, if it is one. */
	static Optional<Long> organisationOf(String registrationId) {
		if (registrationId == null || !registrationId.matches("org-[0-9]{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(Long.valueOf(registrationId.substring(4)));
	}

}
