package com.rolloutplanner.throttle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.system.FixedClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The login throttle under attack: parallel guesses check no more passwords than the
 * limit, a stranger's guesses lock nobody out from elsewhere, unknown usernames leave no
 * rows, and an administrator sees and lifts a lock.
 */
@RolloutIntegrationTest
class LoginThrottleTests {

	static final String LOCKED = "Too many failed attempts";

	static final String RUN = Long.toString(System.nanoTime(), 36);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	UserDetailsService users;

	@Autowired
	LoginThrottleRepository throttle;

	@Autowired
	Clock clock;

	String victim;

	@BeforeEach
	void setUp() {
		this.victim = "throttle.victim." + RUN;
		TestUsers.ensure(this.accounts, this.organisations, this.victim, "Ville Victim", "Throttle Org", Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "throttle.admin", "Anni Admin", "Throttle Org", Role.ADMIN);
	}

	@Test
	void parallelGuessesCheckNoMorePasswordsThanTheLimitAndLockOnlyTheirAddress() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<String> answers = new ArrayList<>();
		try {
			List<Callable<String>> guesses = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				String guess = "wrong password " + i;
				guesses.add(() -> api(this.victim, guess, "203.0.113.7").getResponse().getContentAsString());
			}
			for (Future<String> answer : pool.invokeAll(guesses)) {
				answers.add(answer.get());
			}
		}
		finally {
			pool.shutdownNow();
		}

		long refusedUnchecked = answers.stream().filter((body) -> body.contains(LOCKED)).count();
		assertThat(40 - refusedUnchecked).as("passwords checked").isLessThanOrEqualTo(LoginThrottle.USER_LIMIT);
		assertThat(api(this.victim, TestUsers.PASSWORD, "203.0.113.7")).hasStatus(401).bodyText().contains(LOCKED);
		assertThat(api(this.victim, TestUsers.PASSWORD, "198.51.100.20")).hasStatusOk();
	}

	@Test
	void manyParallelRequestsWithTheRightPasswordAllSucceed() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> requests = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				requests.add(() -> api(this.victim, TestUsers.PASSWORD, "198.51.100.77").getResponse().getStatus());
			}
			for (Future<Integer> status : pool.invokeAll(requests)) {
				assertThat(status.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void unknownUsernamesCountAgainstTheAddressAndLeaveNoRowsOfTheirOwn() {
		for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
			assertThat(api("nobody." + i + "." + RUN, "guess", "192.0.2.99")).hasStatus(401);
		}

		assertThat(this.throttle.findById("user:nobody.0." + RUN + "@192.0.2.99")).isEmpty();
		assertThat(this.throttle.findById("address:192.0.2.99"))
			.hasValueSatisfying((entry) -> assertThat(entry.isLockedAt(FixedClock.clock().instant())).isTrue());
		assertThat(api(this.victim, TestUsers.PASSWORD, "192.0.2.99")).hasStatus(401).bodyText().contains(LOCKED);
		assertThat(api(this.victim, TestUsers.PASSWORD, "192.0.2.100")).hasStatusOk();
	}

	@Test
	void anAdministratorSeesALockAndLiftsIt() {
		String locked = "throttle.locked." + RUN;
		TestUsers.ensure(this.accounts, this.organisations, locked, "Leena Locked", "Throttle Org", Role.MANAGER);
		for (int i = 0; i < LoginThrottle.USER_LIMIT; i++) {
			api(locked, "wrong " + i, "203.0.113.50");
		}
		assertThat(api(locked, TestUsers.PASSWORD, "203.0.113.50")).hasStatus(401);

		assertThat(this.mvc.get().uri("/admin/users").with(user(this.users.loadUserByUsername("throttle.admin"))))
			.bodyText()
			.contains("Locked logins", locked, "from 203.0.113.50");
		assertThat(this.mvc.post()
			.uri("/admin/users/unlock")
			.param("username", locked)
			.with(csrf())
			.with(user(this.users.loadUserByUsername("throttle.admin")))).hasRedirectedUrl("/admin/users");

		assertThat(api(locked, TestUsers.PASSWORD, "203.0.113.50")).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/history").with(user(this.users.loadUserByUsername("throttle.admin"))))
			.bodyText()
			.contains("Logins unlocked: " + locked);
	}

	private MvcTestResult api(String username, String password, String address) {
		return this.mvc.get()
			.uri("/api/organisations")
			.with(httpBasic(username, password))
			.with(from(address))
			.exchange();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
