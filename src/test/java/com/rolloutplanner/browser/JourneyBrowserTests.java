package com.rolloutplanner.browser;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.roadmap.Roadmaps;

import static org.assertj.core.api.Assertions.assertThat;

/** The journeys of the people who use the product, clicking and typing in Chromium. */
class JourneyBrowserTests extends BrowserTestSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Engagements engagements;

	@Autowired
	Roadmaps roadmaps;

	@Autowired
	Kpis kpis;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void setUp() {
		BrowserTestData.ensureUsers(this.accounts, this.organisations);
	}

	@Test
	void aClientManagerSeesCriticalFlagsOnAPilotAndSeesThemGoForAPartnership() {
		try (Browser browser = Browser.open("en")) {
			WebDriver driver = browser.driver();
			logIn(driver, "web.client");
			clickAndWait(driver, By.linkText("New engagement"));
			driver.findElement(By.id("name")).sendKeys("Journey pilot");
			new Select(driver.findElement(By.id("partnerOrganisationId")))
				.selectByVisibleText(BrowserTestData.PARTNER_ORG);
			type(driver, "goLiveDate", "");
			driver.findElement(By.id("goLiveDate")).sendKeys("11012026");
			new Select(driver.findElement(By.id("contractModel"))).selectByValue("PILOT");
			type(driver, "contractMonths", "4");
			driver.findElement(By.id("goals0.selected1")).click();
			type(driver, "goals0.targetMonth", "2");
			// Before anything is saved, the check under the form says what the typed
			// terms
			// mean (the script asks the server while the user types).
			new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
				.until((d) -> d.findElement(By.id("terms-check")).getText().contains("Commitment ends too early"));
			assertThat(driver.findElement(By.id("terms-check")).getText()).contains("Pilot or trial period", "Start-up",
					"Learning");
			assertThat(driver.getCurrentUrl()).endsWith("/engagements/new");
			clickAndWait(driver, By.cssSelector("main form button[type=submit]"));

			assertThat(text(driver)).contains("Journey pilot", "Pilot or trial period", "Commitment ends too early",
					"Goal expected too early", "Critical");
			browser.screenshot("journey-1-pilot-flagged");

			clickAndWait(driver, By.linkText("Edit"));
			new Select(driver.findElement(By.id("contractModel"))).selectByValue("PARTNERSHIP");
			type(driver, "contractMonths", "36");
			type(driver, "goals0.targetMonth", "9");
			type(driver, "onboardingHours", "300");
			type(driver, "learningPlan", "Weekly joint reviews through start-up");
			clickAndWait(driver, By.cssSelector("main form button[type=submit]"));

			assertThat(text(driver)).contains("The changes were saved.", "Ready for the journey")
				.doesNotContain("Pilot or trial period", "Commitment ends too early", "Goal expected too early");
			browser.screenshot("journey-1-partnership-clean");
		}
	}

	@Test
	void thePartnerFindsItOnTheDashboardAndAnUnrelatedManagerCannotReachIt() {
		Long id = BrowserTestData.fullEngagement("Partner journey", this.engagements, this.organisations, this.roadmaps,
				this.kpis, this.users);
		try (Browser browser = Browser.open("en")) {
			WebDriver driver = browser.driver();
			logIn(driver, "web.partner");
			WebElement row = driver.findElement(By.xpath("//tr[.//a[text()='Partner journey']]"));
			assertThat(row.getText()).contains("Start-up", "Journey month 2");
			browser.screenshot("journey-2-partner-dashboard");
		}
		try (Browser browser = Browser.open("en")) {
			WebDriver driver = browser.driver();
			logIn(driver, "web.other");
			driver.get(url("/engagements/" + id));
			assertThat(text(driver)).contains("Page not found").doesNotContain("Partner journey");
			browser.screenshot("journey-2-unrelated-404");
		}
	}

	@Test
	void aShareLinkOpensForAnyoneUntilItIsRevoked() {
		Long id = BrowserTestData.fullEngagement("Shared journey", this.engagements, this.organisations, this.roadmaps,
				this.kpis, this.users);
		String link;
		try (Browser manager = Browser.open("en")) {
			WebDriver driver = manager.driver();
			logIn(driver, "web.client");
			driver.get(url("/engagements/" + id + "/share"));
			driver.findElement(By.id("label")).sendKeys("Steering group");
			clickAndWait(driver, By.cssSelector("form.card button[type=submit]"));
			link = driver.findElement(By.cssSelector(".new-link code")).getText();
			manager.screenshot("journey-3-share-links");

			try (Browser guest = Browser.open("en")) {
				guest.driver().get(link);
				assertThat(text(guest.driver())).contains("Shared journey", "Read-only view", "Start-up")
					.doesNotContain("Log out", "Wilma Client");
				assertThat(guest.driver().findElements(By.tagName("form"))).isEmpty();
				guest.screenshot("journey-3-shared-page");
			}

			// Revoking asks first: the question names the link, the button inside revokes
			// it.
			driver.findElement(By.cssSelector("summary[aria-label='Revoke: Steering group']")).click();
			assertThat(text(driver)).contains("Revoke the link “Steering group”?");
			manager.screenshot("journey-3-revoke-confirm");
			clickAndWait(driver, By.xpath("//button[normalize-space()='Yes, revoke the link']"));
			assertThat(text(driver)).contains("The link was revoked");
		}
		try (Browser guest = Browser.open("en")) {
			guest.driver().get(link);
			assertThat(text(guest.driver())).contains("This link is not available").doesNotContain("Shared journey");
			guest.screenshot("journey-3-revoked");
		}
	}

	@Test
	void theReportPrintsToAtMostTwoPagesWithTheNameAndThePhase() throws IOException {
		Long id = BrowserTestData.fullEngagement("Printed journey", this.engagements, this.organisations, this.roadmaps,
				this.kpis, this.users);
		try (Browser browser = Browser.open("en")) {
			logIn(browser.driver(), "web.client");
			browser.driver().get(url("/engagements/" + id + "/report"));
			browser.screenshot("journey-4-report");
			byte[] pdf = browser.print();
			java.nio.file.Files.write(java.nio.file.Path
				.of(System.getProperty("rollout.screenshots", "target/screenshots"), "journey-4-report-printed.pdf"),
					pdf);

			try (PDDocument document = Loader.loadPDF(pdf)) {
				int pages = document.getNumberOfPages();
				assertThat(pages).isBetween(1, 2);
				assertThat(new PDFTextStripper().getText(document)).contains("Printed journey", "Start-up",
						"Printed journey · state on", pages + " / " + pages, "Goals");
			}
		}
	}

	@Test
	void switchingToFinnishChangesTheTextsAndKeepsThemAfterNavigation() {
		Long id = BrowserTestData.fullEngagement("Finnish journey", this.engagements, this.organisations, this.roadmaps,
				this.kpis, this.users);
		try (Browser browser = Browser.open("en")) {
			WebDriver driver = browser.driver();
			logIn(driver, "web.client");
			assertThat(text(driver)).contains("Engagements", "Dashboard");

			clickAndWait(driver, By.linkText("Suomi"));
			assertThat(text(driver)).contains("Ulkoistukset", "Yleisnäkymä");

			clickAndWait(driver, By.linkText("Finnish journey"));
			assertThat(text(driver)).contains("Käynnistysjakso", "Pikavoittotarkistus");
			clickAndWait(driver, By.linkText("Mittarit"));
			assertThat(text(driver)).contains("Odotettu notkahdus");
			browser.screenshot("journey-5-finnish-kpis");
			assertThat(id).isNotNull();
		}
	}

	@Test
	void badInputShowsTheErrorsAtTheFieldsAndKeepsWhatWasTyped() {
		try (Browser browser = Browser.open("en")) {
			WebDriver driver = browser.driver();
			logIn(driver, "web.client");
			driver.get(url("/engagements/new"));
			type(driver, "contractMonths", "300");
			type(driver, "onboardingHours", "many");
			type(driver, "description", "Text that must survive");
			clickAndWait(driver, By.cssSelector("main form button[type=submit]"));

			assertThat(driver.findElement(By.id("name-error")).getText()).isEqualTo("Fill this in.");
			assertThat(driver.findElement(By.id("contractMonths-error")).getText())
				.isEqualTo("Use a number of at most 240.");
			assertThat(driver.findElement(By.id("onboardingHours-error")).getText()).isEqualTo("Enter a whole number.");
			assertThat(driver.findElement(By.id("onboardingHours")).getAttribute("value")).isEqualTo("many");
			assertThat(driver.findElement(By.id("contractMonths")).getAttribute("value")).isEqualTo("300");
			assertThat(driver.findElement(By.id("description")).getAttribute("value"))
				.isEqualTo("Text that must survive");
			assertThat(text(driver)).contains("Please check the following");
			browser.screenshot("journey-6-form-errors");
		}
	}

	private static void type(WebDriver driver, String id, String value) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

}
