package com.rolloutplanner.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Contacts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.signin.IdentityProviders;
import com.rolloutplanner.signin.MockOpenIdProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through an organisation's provider in a real browser: from the login page,
 * by the work address, to the provider and back onto the dashboard, signed in.
 */
class ProviderBrowserTests extends BrowserTestSupport {

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

	@Test
	void aManagerSignsInThroughTheirOrganisationsProviderFromTheLoginPage() throws Exception {
		String run = Long.toString(System.nanoTime(), 36);
		String domain = "browser" + run + ".example";
		try (MockOpenIdProvider provider = new MockOpenIdProvider()) {
			CurrentUser user = TestUsers.manager(this.accounts, this.organisations, this.users, "brenda." + run,
					"Browser Org " + run);
			this.contacts.changeContact(user.getId(),
					new Contacts.Contact("brenda@" + domain, "en", "Europe/Helsinki"));
			this.providers.save(user.getOrganisationId(), provider.issuer(), MockOpenIdProvider.CLIENT_ID,
					MockOpenIdProvider.CLIENT_SECRET, domain, true, false, "test");
			provider.next(MockOpenIdProvider.Identity.of("browser-subject-" + run, "brenda@" + domain));

			try (Browser browser = Browser.open("en")) {
				WebDriver driver = browser.driver();
				driver.get(url("/login"));
				clickAndWait(driver, By.linkText("Sign in with your organisation's account"));
				driver.findElement(By.id("provider-email")).sendKeys("brenda@" + domain);
				clickAndWait(driver, By.cssSelector("main form button[type=submit]"));
				clickAndWait(driver, By.partialLinkText("Sign in with Browser Org " + run));
				new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
					.until((d) -> d.getCurrentUrl().equals(url("/")));
				assertThat(driver.findElement(By.cssSelector(".who-name")).getText()).isEqualTo(user.getDisplayName());
			}
		}
	}

}
