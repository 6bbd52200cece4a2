package com.rolloutplanner.account;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.web.AdminUsersController;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Logging in: the throttle, the one-time password and the user's own password. */
@RolloutIntegrationTest
class LoginAndPasswordTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	/**
	 * Usernames new to every run, so that the tests also pass on a database kept between
	 * runs.
	 */
	static final String RUN = Long.toString(System.nanoTime(), 36);

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.accounts, this.organisations, "login.admin", "Lea Admin", "Login Org", Role.ADMIN);
	}

	@Test
	void aRightPasswordLogsIn() {
		TestUsers.ensure(this.accounts, this.organisations, "login.ok." + RUN, "Olli Ok", "Login Org", Role.MANAGER);

		assertThat(login("login.ok." + RUN, TestUsers.PASSWORD)).hasRedirectedUrl("/");
	}

	@Test
	void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
		assertThat(login("login.admin", "wrong password!")).hasRedirectedUrl("/login?error");
		assertThat(login("nobody.at.all", "wrong password!")).hasRedirectedUrl("/login?error");
	}

	@Test
	void fiveFailuresLockTheUsernameEvenForTheRightPassword() {
		TestUsers.ensure(this.accounts, this.organisations, "login.locked." + RUN, "Lotta Locked", "Login Org",
				Role.MANAGER);
		for (int i = 0; i < 5; i++) {
			assertThat(login("login.locked." + RUN, "wrong password " + i)).hasRedirectedUrl("/login?error");
		}

		assertThat(login("login.locked." + RUN, TestUsers.PASSWORD)).hasRedirectedUrl("/login?locked");
		assertThat(this.mvc.get().uri("/login?locked")).bodyText().contains("Try again in 15 minutes");
	}

	@Test
	void aSuccessResetsTheCount() {
		TestUsers.ensure(this.accounts, this.organisations, "login.reset." + RUN, "Riku Reset", "Login Org",
				Role.MANAGER);
		for (int i = 0; i < 4; i++) {
			login("login.reset." + RUN, "wrong password " + i);
		}
		assertThat(login("login.reset." + RUN, TestUsers.PASSWORD)).hasRedirectedUrl("/");

		for (int i = 0; i < 4; i++) {
			login("login.reset." + RUN, "wrong password " + i);
		}
		assertThat(login("login.reset." + RUN, TestUsers.PASSWORD)).hasRedirectedUrl("/");
	}

	@Test
	void aNewUserMustChooseTheirOwnPasswordAtTheFirstLogin() throws Exception {
		MvcTestResult created = this.mvc.post()
			.uri("/admin/users")
			.with(csrf())
			.with(user(this.users.loadUserByUsername("login.admin")))
			.param("username", "first.login." + RUN)
			.param("displayName", "Fiia First")
			.param("organisationId", this.organisations.findOrAdd("Login Org").getId().toString())
			.param("role", "MANAGER")
			.exchange();
		AdminUsersController.OneTimePassword oneTime = (AdminUsersController.OneTimePassword) created.getMvcResult()
			.getFlashMap()
			.get("oneTimePassword");
		assertThat(oneTime.password()).hasSize(16);

		MvcTestResult loggedIn = login("first.login." + RUN, oneTime.password());
		MockHttpSession session = (MockHttpSession) loggedIn.getRequest().getSession();
		assertThat(this.mvc.get().uri("/").session(session)).hasRedirectedUrl("/account/password");
		assertThat(this.mvc.get().uri("/admin/users").session(session)).hasStatus(403);

		assertThat(this.mvc.post()
			.uri("/account/password")
			.session(session)
			.with(csrf())
			.param("currentPassword", oneTime.password())
			.param("newPassword", "first.login." + RUN)
			.param("confirmPassword", "first.login." + RUN)).hasStatusOk()
			.bodyText()
			.contains("Use at least 12 characters.");
		assertThat(this.mvc.post()
			.uri("/account/password")
			.session(session)
			.with(csrf())
			.param("currentPassword", oneTime.password())
			.param("newPassword", "four random words here")
			.param("confirmPassword", "four random words here")).hasRedirectedUrl("/");

		assertThat(this.mvc.get().uri("/").session(session)).hasStatusOk();
		assertThat(login("first.login." + RUN, oneTime.password())).hasRedirectedUrl("/login?error");
		assertThat(login("first.login." + RUN, "four random words here")).hasRedirectedUrl("/");
	}

	@Test
	void thePasswordMayNotBeTheUsername() {
		assertThat(PasswordPolicy.problem("kaisa.client.x", "Kaisa.Client.X")).isEqualTo("password.sameAsUsername");
		assertThat(PasswordPolicy.problem("kaisa", "short")).isEqualTo("password.tooShort");
		assertThat(PasswordPolicy.problem("kaisa", "twelve chars")).isNull();
	}

	@Test
	void deactivatingAUserEndsTheirSessionAtTheNextRequest() {
		TestUsers.ensure(this.accounts, this.organisations, "login.ended." + RUN, "Eino Ended", "Login Org",
				Role.MANAGER);
		MvcTestResult loggedIn = login("login.ended." + RUN, TestUsers.PASSWORD);
		MockHttpSession session = (MockHttpSession) loggedIn.getRequest().getSession();
		assertThat(this.mvc.get().uri("/").session(session)).hasStatusOk();
		Long id = ((CurrentUser) this.users.loadUserByUsername("login.ended." + RUN)).getId();

		assertThat(this.mvc.post()
			.uri("/admin/users/" + id + "/deactivate")
			.with(csrf())
			.with(user(this.users.loadUserByUsername("login.admin")))).hasRedirectedUrl("/admin/users");

		assertThat(this.mvc.get().uri("/").session(session)).hasRedirectedUrl("/login?disabled");
		assertThat(session.isInvalid()).isTrue();
		assertThat(this.mvc.get().uri("/api/engagements").with(httpBasic("login.ended." + RUN, TestUsers.PASSWORD)))
			.hasStatus(401);
	}

	@Test
	void aDeactivatedUserCannotLogIn() {
		TestUsers.ensure(this.accounts, this.organisations, "login.gone." + RUN, "Gita Gone", "Login Org",
				Role.MANAGER);
		Long id = ((CurrentUser) this.users.loadUserByUsername("login.gone." + RUN)).getId();
		assertThat(this.mvc.post()
			.uri("/admin/users/" + id + "/deactivate")
			.with(csrf())
			.with(user(this.users.loadUserByUsername("login.admin")))).hasRedirectedUrl("/admin/users");

		assertThat(login("login.gone." + RUN, TestUsers.PASSWORD)).hasRedirectedUrl("/login?disabled");
	}

	private MvcTestResult login(String username, String password) {
		return this.mvc.perform(formLogin().user(username).password(password));
	}

}
