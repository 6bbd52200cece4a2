package com.rolloutplanner.account;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.web.AdminUsersController;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The administrators' pages: organisations and users, with what they refuse. */
@RolloutIntegrationTest
class AdministrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	UserDetailsService users;

	@Autowired
	UserAccountRepository repository;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.accounts, this.organisations, "adm.admin", "Alma Admin", "Admin Org", Role.ADMIN);
	}

	@Test
	void anAdministratorAddsAndRenamesOrganisationsWithUniqueNames() {
		assertThat(post("/admin/organisations").param("name", "  Kotka   Care  "))
			.hasRedirectedUrl("/admin/organisations")
			.flash()
			.containsEntry("flashMessage", "organisation.created");
		Organisation kotka = this.organisations.all()
			.stream()
			.filter((o) -> o.getName().equals("Kotka Care"))
			.findFirst()
			.orElseThrow();

		assertThat(post("/admin/organisations").param("name", "KOTKA care")).hasStatusOk()
			.bodyText()
			.contains("An organisation with this name already exists.");
		assertThat(post("/admin/organisations").param("name", "")).hasStatusOk().bodyText().contains("Fill this in.");

		assertThat(post("/admin/organisations/" + kotka.getId() + "/rename").param("name", "Kotka Care Oy"))
			.hasRedirectedUrl("/admin/organisations");
		assertThat(this.organisations.find(kotka.getId()).orElseThrow().getName()).isEqualTo("Kotka Care Oy");
		assertThat(post("/admin/organisations/" + kotka.getId() + "/rename").param("name", "admin org")).hasStatusOk()
			.bodyText()
			.contains("An organisation with this name already exists.");
		assertThat(get("/admin/organisations")).hasStatusOk().bodyText().contains("Kotka Care Oy");
		assertThat(get("/admin/organisations/999999/rename")).hasStatus(404);
	}

	@Test
	void anAdministratorCreatesAUserWhoGetsAOneTimePasswordShownOnce() {
		Organisation org = this.organisations.findOrAdd("Admin Org");
		MvcTestResult created = post("/admin/users").param("username", "new.manager")
			.param("displayName", "Niina New")
			.param("organisationId", org.getId().toString())
			.param("role", "MANAGER")
			.param("email", " niina.new@example.com ")
			.exchange();

		assertThat(created).hasRedirectedUrl("/admin/users");
		AdminUsersController.OneTimePassword oneTime = (AdminUsersController.OneTimePassword) created.getMvcResult()
			.getFlashMap()
			.get("oneTimePassword");
		assertThat(oneTime.username()).isEqualTo("new.manager");
		assertThat(oneTime.password()).hasSize(16);
		UserAccount stored = this.repository.findAllWithOrganisation()
			.stream()
			.filter((u) -> u.getUsername().equals("new.manager"))
			.findFirst()
			.orElseThrow();
		assertThat(stored.isMustChangePassword()).isTrue();
		// The address typed on the form waits for its confirmation from the mail sent to
		// it.
		assertThat(stored.getEmail()).isNull();
		assertThat(stored.getPendingEmail()).isEqualTo("niina.new@example.com");
		assertThat(this.jdbc.queryForList("select html_body from mail_outbox where recipient = ? and kind = ?",
				String.class, "niina.new@example.com", "ADDRESS_CONFIRMATION"))
			.singleElement()
			.asString()
			.contains("/account/email/confirm?token=");
		assertThat(stored.getPasswordHash()).doesNotContain(oneTime.password());

		assertThat(post("/admin/users").param("username", "NEW.manager")
			.param("displayName", "Twin")
			.param("organisationId", org.getId().toString())
			.param("role", "MANAGER")).hasStatusOk().bodyText().contains("This username is already in use.");
		assertThat(post("/admin/users").param("username", "someone")
			.param("displayName", "Nobody's")
			.param("organisationId", "999999")
			.param("role", "MANAGER")).hasStatusOk().bodyText().contains("Choose an organisation");
	}

	@Test
	void anAdministratorResetsDeactivatesAndReactivatesButNeverThemselves() throws Exception {
		TestUsers.ensure(this.accounts, this.organisations, "adm.target", "Tuuli Target", "Admin Org", Role.MANAGER);
		Long target = idOf("adm.target");

		MvcTestResult reset = post("/admin/users/" + target + "/reset-password").exchange();
		assertThat(reset).hasRedirectedUrl("/admin/users");
		assertThat(reset.getMvcResult().getFlashMap().get("oneTimePassword")).isNotNull();
		assertThat(account("adm.target").isMustChangePassword()).isTrue();

		assertThat(post("/admin/users/" + target + "/deactivate")).flash()
			.containsEntry("flashMessage", "user.deactivated");
		assertThat(account("adm.target").isActive()).isFalse();
		assertThat(post("/admin/users/" + target + "/reactivate")).flash()
			.containsEntry("flashMessage", "user.reactivated");
		assertThat(account("adm.target").isActive()).isTrue();

		// The page asks before deactivating someone and offers no way to deactivate
		// oneself.
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
				get("/admin/users?lang=en").getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(page.select("tr:contains(adm.target) details.confirm form[action$=/deactivate]")).hasSize(1);
		assertThat(page.select("tr:contains(adm.target) details.confirm p").text())
			.startsWith("Deactivate adm.target?");
		assertThat(page.select("tr:contains(adm.admin) form[action$=/deactivate]")).isEmpty();
		assertThat(post("/admin/users/" + idOf("adm.admin") + "/deactivate")).flash()
			.containsEntry("flashMessage", "user.cannotDeactivateSelf");
		assertThat(account("adm.admin").isActive()).isTrue();
		assertThat(post("/admin/users/999999/deactivate")).hasStatus(404);
	}

	@Test
	void theUserListShowsEveryoneWithTheirState() {
		TestUsers.ensure(this.accounts, this.organisations, "adm.listed", "Liisa Listed", "Admin Org", Role.MANAGER);

		assertThat(get("/admin/users")).hasStatusOk()
			.bodyText()
			.contains("adm.listed", "Liisa Listed", "Admin Org", "Manager", "Active");
		assertThat(get("/admin/users?lang=fi")).bodyText().contains("Käyttäjät", "adm.listed");
	}

	private Long idOf(String username) {
		return account(username).getId();
	}

	private UserAccount account(String username) {
		return this.repository.findAllWithOrganisation()
			.stream()
			.filter((u) -> u.getUsername().equals(username))
			.findFirst()
			.orElseThrow();
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).with(user(admin())).exchange();
	}

	private MockMvcRequestBuilder post(String uri) {
		return this.mvc.post().uri(uri).with(csrf()).with(user(admin()));
	}

	private UserDetails admin() {
		return this.users.loadUserByUsername("adm.admin");
	}

}
