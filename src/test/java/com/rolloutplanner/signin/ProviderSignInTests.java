package com.rolloutplanner.signin;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Contacts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.signin.MockOpenIdProvider.Identity;
import com.rolloutplanner.web.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signing in through an organisation's own OpenID provider, for real: a provider on a
 * random port (discovery, keys, authorize, token with PKCE, user info), the whole
 * authorization code flow against the running application with an HTTP client following
 * each redirect, and what must be refused: a wrong nonce, an unverified address, an
 * address of another domain, a deactivated user, an unknown address without an
 * invitation, a provider that is down.
 */
@RolloutIntegrationTest
class ProviderSignInTests {

	static final String RUN = Long.toString(System.nanoTime(), 36);

	static MockOpenIdProvider provider;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Contacts contacts;

	@Autowired
	Organisations organisations;

	@Autowired
	UserDetailsService users;

	@Autowired
	IdentityProviders providers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	com.rolloutplanner.onboarding.Invitations invitations;

	@BeforeAll
	static void startProvider() throws Exception {
		provider = new MockOpenIdProvider();
	}

	@AfterAll
	static void stopProvider() {
		provider.close();
	}

	@Test
	void theFirstSignInLinksTheUserByAddressAndTheNextFindsThemByTheProvidersSubject() {
		String domain = "first" + RUN + ".example";
		Long organisation = organisationWithProvider("Signin Org " + RUN, domain, true, false);
		CurrentUser user = member("sanna." + RUN, "Sanna Sign-in", "Signin Org " + RUN, "sanna@" + domain);

		WebSession browser = new WebSession(this.port);
		HttpResponse<String> chooser = browser.get("/login/provider?email=sanna%40" + domain);
		assertThat(chooser.statusCode()).isEqualTo(200);
		assertThat(chooser.body()).contains("/oauth2/authorization/org-" + organisation);

		provider.next(Identity.of("subject-1-" + RUN, "Sanna@" + domain));
		assertThat(signIn(browser, organisation)).isEqualTo("/");
		assertThat(browser.get("/").body()).contains("Sanna Sign-in");
		assertThat(this.jdbc.queryForObject("select oidc_subject from user_account where id = ?", String.class,
				user.getId()))
			.isEqualTo("subject-1-" + RUN);

		// Later sign-ins match on the subject, not on the address the provider now sends.
		provider.next(Identity.of("subject-1-" + RUN, "renamed@" + domain));
		WebSession again = new WebSession(this.port);
		assertThat(signIn(again, organisation)).isEqualTo("/");
		assertThat(again.get("/").body()).contains("Sanna Sign-in");
		assertThat(this.jdbc.queryForList("select message_key from history_entry where actor like ?", String.class,
				"Sanna Sign-in%"))
			.contains("history.entry.identityLinked");
	}

	@Test
	void aWrongNonceAnUnverifiedAddressAnotherDomainAndADeactivatedUserAreRefusedWithAReason() {
		String domain = "refused" + RUN + ".example";
		Long organisation = organisationWithProvider("Refused Org " + RUN, domain, true, false);
		CurrentUser user = member("rauno." + RUN, "Rauno Refused", "Refused Org " + RUN, "rauno@" + domain);

		provider.next(Identity.of("subject-2-" + RUN, "rauno@" + domain).withWrongNonce());
		WebSession browser = new WebSession(this.port);
		assertThat(signIn(browser, organisation)).isEqualTo("/login/provider/error?reason=refused");
		assertThat(browser.get("/").statusCode()).as("not signed in").isEqualTo(302);
		assertThat(browser.get("/login/provider/error?reason=refused").body()).contains("You were not signed in");

		provider.next(Identity.of("subject-2-" + RUN, "rauno@" + domain).unverified());
		assertThat(signIn(new WebSession(this.port), organisation))
			.isEqualTo("/login/provider/error?reason=unverified");

		provider.next(Identity.of("subject-2-" + RUN, "rauno@elsewhere" + RUN + ".example"));
		assertThat(signIn(new WebSession(this.port), organisation)).isEqualTo("/login/provider/error?reason=domain");

		provider.next(Identity.of("subject-2-" + RUN, "nobody@" + domain));
		assertThat(signIn(new WebSession(this.port), organisation))
			.isEqualTo("/login/provider/error?reason=invitation");

		this.accounts.setActive(user.getId(), false, "test");
		provider.next(Identity.of("subject-2-" + RUN, "rauno@" + domain));
		assertThat(signIn(new WebSession(this.port), organisation)).isEqualTo("/login/provider/error?reason=disabled");
		assertThat(this.jdbc.queryForObject("select oidc_subject from user_account where id = ?", String.class,
				user.getId()))
			.isNull();
	}

	@Test
	void anInvitedAddressIsAcceptedAtItsFirstSignInThroughTheProviderWithTheInvitationsRole() {
		String domain = "invited" + RUN + ".example";
		Long organisation = organisationWithProvider("Invited Org " + RUN, domain, true, false);
		TestUsers.ensure(this.accounts, this.organisations, "invite.admin.p." + RUN, "Ilona Admin",
				"Invited Org " + RUN, Role.ADMIN);
		CurrentUser admin = (CurrentUser) this.users.loadUserByUsername("invite.admin.p." + RUN);
		this.invitations.invite("ville@" + domain, organisation, Role.ADMIN, "fi", admin);
		provider.next(Identity.of("subject-5-" + RUN, "ville@" + domain));
		assertThat(signIn(new WebSession(this.port), organisation)).isEqualTo("/");
		CurrentUser joined = (CurrentUser) this.users.loadUserByUsername("ville@" + domain);
		assertThat(joined.isAdmin()).isTrue();
		assertThat(this.jdbc.queryForObject("select state from invitation where email = ?", String.class,
				"ville@" + domain))
			.isEqualTo("ACCEPTED");
		// The identity is linked: the next sign-in finds the same user.
		assertThat(signIn(new WebSession(this.port), organisation)).isEqualTo("/");
		assertThat(this.jdbc.queryForObject("select count(*) from user_account where username like ?", Long.class,
				"ville@" + domain + "%"))
			.isEqualTo(1);
	}

	@Test
	void anUnknownAddressJoinsAsAManagerOnlyWhereTheOrganisationAllowsIt() {
		String domain = "join" + RUN + ".example";
		Long organisation = organisationWithProvider("Join Org " + RUN, domain, true, true);
		provider.next(Identity.of("subject-3-" + RUN, "jaana@" + domain));
		WebSession browser = new WebSession(this.port);
		assertThat(signIn(browser, organisation)).isEqualTo("/");
		CurrentUser joined = (CurrentUser) this.users.loadUserByUsername("jaana@" + domain);
		assertThat(joined.getOrganisationId()).isEqualTo(organisation);
		assertThat(joined.isAdmin()).isFalse();
		assertThat(this.contacts.contact(joined.getId()).email()).isEqualTo("jaana@" + domain);
	}

	@Test
	void aProviderThatIsDownOrAnswersWronglyGivesAPageThatSaysSoAndPasswordsCanBeTurnedOff() {
		String domain = "down" + RUN + ".example";
		Long organisation = this.organisations.findOrAdd("Down Org " + RUN).getId();
		this.providers.save(organisation, "http://127.0.0.1:9/realm", MockOpenIdProvider.CLIENT_ID,
				MockOpenIdProvider.CLIENT_SECRET, domain, false, false, "test");
		HttpResponse<String> chooser = new WebSession(this.port).get("/login/provider?email=someone%40" + domain);
		assertThat(chooser.statusCode()).isEqualTo(503);
		assertThat(chooser.body()).contains("does not answer just now");
		HttpResponse<String> direct = new WebSession(this.port).get("/oauth2/authorization/org-" + organisation);
		assertThat(direct.statusCode()).isEqualTo(503);
		assertThat(direct.body()).contains("did not answer");

		// Passwords are off for the organisation: the right password is refused, saying
		// why.
		member("dora." + RUN, "Dora Down", "Down Org " + RUN, "dora@" + domain);
		HttpResponse<String> login = new WebSession(this.port).post("/login", "/login",
				Map.of("username", "dora." + RUN, "password", TestUsers.PASSWORD));
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?provider");

		String answering = "token" + RUN + ".example";
		Long other = organisationWithProvider("Token Org " + RUN, answering, true, false);
		member("toni." + RUN, "Toni Token", "Token Org " + RUN, "toni@" + answering);
		provider.next(Identity.of("subject-4-" + RUN, "toni@" + answering).withFailingToken());
		assertThat(signIn(new WebSession(this.port), other)).isEqualTo("/login/provider/error?reason=unavailable");
	}

	@Test
	void anAdministratorSetsTheProviderWhoseSecretIsNeverShownAndBadInputIsSaidAtItsField() {
		TestUsers.ensure(this.accounts, this.organisations, "provider.admin." + RUN, "Pekka Provider",
				"Provider Admin Org " + RUN, Role.ADMIN);
		CurrentUser admin = (CurrentUser) this.users.loadUserByUsername("provider.admin." + RUN);
		Long organisation = this.organisations.findOrAdd("Provider Org " + RUN).getId();
		String page = "/admin/organisations/" + organisation + "/provider";
		assertThat(this.mvc.post()
			.uri(page)
			.param("issuer", "ftp://nowhere")
			.param("clientId", "")
			.param("clientSecret", "")
			.param("domains", "not a domain")
			.with(csrf())
			.with(user(admin))).bodyText()
			.contains("Type an http:// or https:// address without a query.", "Type the client secret.",
					"Name up to 20 domains such as example.fi");
		assertThat(this.providers.of(organisation)).isEmpty();

		assertThat(this.mvc.post()
			.uri(page)
			.param("issuer", provider.issuer())
			.param("clientId", MockOpenIdProvider.CLIENT_ID)
			.param("clientSecret", "a very secret secret")
			.param("domains", "admin" + RUN + ".example, @second" + RUN + ".example")
			.param("passwordSignIn", "true")
			.with(csrf())
			.with(user(admin))).hasRedirectedUrl(page);
		assertThat(this.providers.of(organisation).orElseThrow().domains()).containsExactly("admin" + RUN + ".example",
				"second" + RUN + ".example");
		assertThat(this.mvc.get().uri(page).with(user(admin))).bodyText()
			.contains(provider.issuer(), "/login/oauth2/code/org-" + organisation)
			.doesNotContain("a very secret secret");
		assertThat(this.jdbc.queryForObject("select client_secret from identity_provider where organisation_id = ?",
				String.class, organisation))
			.doesNotContain("secret");
		assertThat(new WebSession(this.port).get("/login/provider?email=someone%40admin" + RUN + ".example").body())
			.contains("/oauth2/authorization/org-" + organisation);

		// Removed: its addresses are asked to log in with a password again, and its
		// client is gone.
		assertThat(this.mvc.post().uri(page + "/remove").with(csrf()).with(user(admin))).hasRedirectedUrl(page);
		assertThat(this.providers.of(organisation)).isEmpty();
		assertThat(new WebSession(this.port).get("/login/provider?email=someone%40admin" + RUN + ".example").body())
			.doesNotContain("/oauth2/authorization/org-" + organisation)
			.contains("No organisation signs in addresses of this domain");
		assertThat(new WebSession(this.port).get("/oauth2/authorization/org-" + organisation).statusCode())
			.isNotEqualTo(302);
		assertThat(this.mvc.get().uri("/admin/history").with(user(admin))).bodyText()
			.contains("Identity provider of Provider Org " + RUN + " removed");
	}

	/** Follows the authorization code flow from the app to the provider and back. */
	private String signIn(WebSession browser, Long organisation) {
		HttpResponse<String> toProvider = browser.get("/oauth2/authorization/org-" + organisation);
		assertThat(toProvider.statusCode()).as(toProvider.body()).isEqualTo(302);
		String authorize = toProvider.headers().firstValue("Location").orElseThrow();
		assertThat(authorize).startsWith(provider.issuer() + "/authorize")
			.contains("code_challenge=", "code_challenge_method=S256", "nonce=");
		HttpResponse<String> back = browser.get(authorize);
		assertThat(back.statusCode()).isEqualTo(302);
		HttpResponse<String> landed = browser.get(back.headers().firstValue("Location").orElseThrow());
		assertThat(landed.statusCode()).isEqualTo(302);
		return landed.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	private Long organisationWithProvider(String name, String domain, boolean passwords, boolean selfJoin) {
		Long id = this.organisations.findOrAdd(name).getId();
		this.providers.save(id, provider.issuer(), MockOpenIdProvider.CLIENT_ID, MockOpenIdProvider.CLIENT_SECRET,
				domain, passwords, selfJoin, "test");
		return id;
	}

	private CurrentUser member(String username, String name, String organisation, String address) {
		TestUsers.ensure(this.accounts, this.organisations, username, name, organisation, Role.MANAGER);
		CurrentUser user = (CurrentUser) this.users.loadUserByUsername(username);
		this.contacts.changeContact(user.getId(), new Contacts.Contact(address, "en", "Europe/Helsinki"));
		return user;
	}

}
