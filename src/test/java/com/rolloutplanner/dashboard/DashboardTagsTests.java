package com.rolloutplanner.dashboard;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.system.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The dashboard read again unchanged is answered with 304 and not rendered; anything it
 * shows that changed (an engagement, the minute, the language, the session) renders it
 * anew.
 */
@RolloutIntegrationTest
class DashboardTagsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Engagements engagements;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestClock clock;

	CurrentUser manager;

	String suffix;

	MockHttpSession session = new MockHttpSession();

	@BeforeEach
	void createAManagerWithAnEngagement() {
		this.suffix = Long.toString(System.nanoTime());
		TestUsers.ensure(this.accounts, this.organisations, "tag.client." + this.suffix, "Tiina Tag",
				"Tag Client " + this.suffix, Role.MANAGER);
		this.manager = (CurrentUser) this.users.loadUserByUsername("tag.client." + this.suffix);
		add("Tagged " + this.suffix);
	}

	@Test
	void aDashboardReadAgainUnchangedIsNotModifiedAndAnyChangeRendersItAnew() {
		MvcTestResult first = read(null, "en");
		assertThat(first).hasStatusOk().bodyText().contains("Tagged " + this.suffix);
		String tag = first.getResponse().getHeader("ETag");
		assertThat(tag).startsWith("W/\"");
		assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-cache");

		MvcTestResult again = read(tag, "en");
		assertThat(again).hasStatus(304);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();

		assertThat(read(tag, "fi")).as("another language").hasStatusOk();
		this.session = new MockHttpSession();
		assertThat(read(tag, "en")).as("another session, whose token the forms carry").hasStatusOk();
		String inSession = read(null, "en").getResponse().getHeader("ETag");
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(1)));
		assertThat(read(inSession, "en")).as("a minute later").hasStatusOk();
		String later = read(null, "en").getResponse().getHeader("ETag");
		add("Added " + this.suffix);
		assertThat(read(later, "en")).as("an engagement added")
			.hasStatusOk()
			.bodyText()
			.contains("Added " + this.suffix);
	}

	private MvcTestResult read(String tag, String lang) {
		var request = this.mvc.get().uri("/?lang=" + lang).session(this.session).with(user(this.manager));
		if (tag != null) {
			request.header("If-None-Match", tag);
		}
		return request.exchange();
	}

	private void add(String name) {
		this.engagements.create(EngagementBuilder.anEngagement()
			.name(name)
			.between(this.organisations.findOrAdd("Tag Client " + this.suffix),
					this.organisations.findOrAdd("Tag Partner " + this.suffix))
			.goLive(LocalDate.of(2026, 10, 1))
			.terms(), "Test");
	}

}
