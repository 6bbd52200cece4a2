package com.rolloutplanner.signin;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.ActiveAccountCheck;
import com.rolloutplanner.account.Contacts;
import com.rolloutplanner.account.CurrentUser;

/**
 * The sign-in through the organisations' providers, as the pages' security sets it up:
 * the authorization code flow with PKCE and a nonce, the clients of
 * {@link OrganisationClients}, the users of {@link ProviderAccounts}; once in, the
 * session holds the user as a password login would, and a refusal or a provider that
 * answers wrongly leads to a page that says why.
 */
@Component
public class ProviderLogin {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProviderLogin.class);

	/** The refusals the failure page words; anything else is said as "refused". */
	static final Set<String> WORDED = Set.of(ProviderAccounts.UNVERIFIED, ProviderAccounts.DOMAIN,
			ProviderAccounts.NO_INVITATION, ProviderAccounts.DISABLED, ProviderAccounts.OTHER_ORGANISATION,
			ProviderAccounts.NO_PROVIDER, "access_denied");

	/**
	 * Every reason the failure page words: the refusals, and what the sign-in itself
	 * found.
	 */
	public static final Set<String> REASONS = java.util.stream.Stream
		.concat(WORDED.stream(), Set.of("unavailable", "expired", "refused").stream())
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	private final OrganisationClients clients;

	private final ProviderAccounts users;

	private final Accounts accounts;

	private final Contacts contacts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	ProviderLogin(OrganisationClients clients, ProviderAccounts users, Accounts accounts, Contacts contacts) {
		this.clients = clients;
		this.users = users;
		this.accounts = accounts;
		this.contacts = contacts;
	}

	/**
	 * What checks the provider's answer: the code exchanged for tokens (with the PKCE
	 * verifier), the ID token's signature, issuer, audience, times and nonce, then
	 * {@link ProviderAccounts}. It is one of the providers of the application's one
	 * authentication manager.
	 */
	public AuthenticationProvider authenticationProvider() {
		RestClientAuthorizationCodeTokenResponseClient tokens = new RestClientAuthorizationCodeTokenResponseClient();
		tokens.setRestClient(OrganisationClients.withTimeouts().messageConverters((converters) -> {
			converters.clear();
			converters.add(new org.springframework.http.converter.FormHttpMessageConverter());
			converters.add(
					new org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter());
		})
			.defaultStatusHandler(new org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler())
			.build());
		return new OidcAuthorizationCodeAuthenticationProvider(tokens, this.users);
	}

	/** Adds the sign-in through providers to the pages' security. */
	public void configure(HttpSecurity http, LocaleResolver locales) throws Exception {
		http.oauth2Login((login) -> login.loginPage("/login")
			.clientRegistrationRepository(this.clients)
			.authorizedClientRepository(new NothingKept())
			.authorizationEndpoint((endpoint) -> endpoint.authorizationRequestResolver(resolver()))
			.userInfoEndpoint((info) -> info.oidcUserService(this.users))
			.successHandler((request, response, authentication) -> signedIn(request, response, authentication, locales))
			.failureHandler((request, response, exception) -> {
				log.info("A sign-in through a provider failed: {}", exception.getMessage());
				response.sendRedirect(request.getContextPath() + "/login/provider/error?reason=" + reason(exception));
			}));
	}

	private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
			LocaleResolver locales) throws java.io.IOException {
		CurrentUser user = ((SignedIn) authentication.getPrincipal()).user();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.contacts.languageAtFirstLogin(user.getUsername(), locales.resolveLocale(request));
		request.getSession().setAttribute(ActiveAccountCheck.SESSION_BEGAN, this.accounts.now());
		response.sendRedirect(request.getContextPath() + "/");
	}

	static String reason(Exception exception) {
		if (exception instanceof OAuth2AuthenticationException oauth) {
			String code = oauth.getError().getErrorCode();
			if (WORDED.contains(code)) {
				return code;
			}
			if (code.startsWith("invalid_token_response") || code.startsWith("invalid_user_info_response")
					|| code.equals("server_error") || code.equals("temporarily_unavailable")) {
				return "unavailable";
			}
			if (code.equals("authorization_request_not_found")) {
				return "expired";
			}
		}
		return "refused";
	}

	/**
	 * The authorization request of a registration with PKCE; none (the request goes on to
	 * the page that says the provider does not answer) when the registration cannot be
	 * had.
	 */
	private OAuth2AuthorizationRequestResolver resolver() {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(this.clients,
				"/oauth2/authorization");
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		return new OAuth2AuthorizationRequestResolver() {

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
				try {
					return resolver.resolve(request);
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
				try {
					return resolver.resolve(request, registrationId);
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}

		};
	}

	/**
	 * The provider's tokens are not kept: the product calls nothing of the provider
	 * later.
	 */
	private static final class NothingKept implements OAuth2AuthorizedClientRepository {

		@Override
		public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
				HttpServletResponse response) {
		}

	}

}
