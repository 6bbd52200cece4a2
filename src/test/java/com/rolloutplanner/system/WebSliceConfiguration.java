package com.rolloutplanner.system;

import java.time.Clock;
import java.util.Map;

import org.mockito.Mockito;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Contacts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.LoginThrottle;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.quickwin.FlagMessages;

/**
 * What a {@code @WebMvcTest} of a page needs besides its controller: the real security
 * configuration, a fixed clock, the template helpers, and two users to act as
 * ({@code @WithUserDetails("client.manager")}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ ViewHelpers.class, com.rolloutplanner.due.DueWords.class, FlagMessages.class, SecurityConfiguration.class,
		MalformedForms.class, com.rolloutplanner.system.TimeSource.class,
		com.rolloutplanner.timeline.TimelineText.class })
public class WebSliceConfiguration {

	public static final Long AURORA = 1L;

	private static final Map<String, CurrentUser> USERS = Map.of("client.manager",
			new CurrentUser(10L, "client.manager", "Kaisa Client", "{noop}x", AURORA, "Aurora Energy", Role.MANAGER,
					true, false),
			"admin", new CurrentUser(11L, "admin", "Ada Admin", "{noop}x", 2L, "Nordic Contact Partners", Role.ADMIN,
					true, false));

	@Bean
	Clock clock() {
		return FixedClock.clock();
	}

	@Bean
	UserDetailsService userDetailsService() {
		return (username) -> {
			CurrentUser user = USERS.get(username);
			if (user == null) {
				throw new UsernameNotFoundException(username);
			}
			return new CurrentUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getPassword(),
					user.getOrganisationId(), user.getOrganisationName(), user.isAdmin() ? Role.ADMIN : Role.MANAGER,
					true, false);
		};
	}

	@Bean
	LoginThrottle loginThrottle() {
		return Mockito.mock(LoginThrottle.class);
	}

	/** The API chain asks it; page slices send no tokens. */
	@Bean
	com.rolloutplanner.account.ApiTokens apiTokens() {
		return Mockito.mock(com.rolloutplanner.account.ApiTokens.class);
	}

	/** Both users are active, and none of their sessions was ended. */
	@Bean
	Accounts accounts() {
		Accounts accounts = Mockito.mock(Accounts.class);
		Mockito.when(accounts.sessionState(Mockito.anyLong())).thenReturn(new Accounts.SessionState(true, null));
		Mockito.when(accounts.now()).thenAnswer((call) -> java.time.Instant.now());
		return accounts;
	}

	/** The language at a first login is not kept. */
	@Bean
	Contacts contacts() {
		return Mockito.mock(Contacts.class);
	}

}
