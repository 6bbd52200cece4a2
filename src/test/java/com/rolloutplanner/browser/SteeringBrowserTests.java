package com.rolloutplanner.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

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

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steering cadence as its people live it: the client schedules the recommended
 * meetings, prepares the next one, records a decision and an action and approves the
 * minutes; the partner finds what waits for them, approves in Finnish and sees the action
 * carried to the following agenda; the minutes print.
 */
class SteeringBrowserTests extends BrowserTestSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Engagements engagements;

	Long id;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.accounts, this.organisations, "steerweb.client", "Selma Client",
				"Steering Browser Client", Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "steerweb.partner", "Pertti Partner",
				"Steering Browser Partner", Role.MANAGER);
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Steering journey " + System.nanoTime() % 100000)
				.between(this.organisations.findOrAdd("Steering Browser Client"),
						this.organisations.findOrAdd("Steering Browser Partner"))
				.goLive(LocalDate.of(2026, 10, 1))
				.contract(ContractModel.PARTNERSHIP, 36)
				.terms(), "Test")
			.getId();
	}

	@Test
	void aSteeringGroupPreparesDecidesHandsOutAnActionAndApprovesTheMinutesOnBothSides() throws Exception {
		String meetingUrl;
		try (Browser browser = Browser.open("en")) {
			WebDriver driver = browser.driver();
			logIn(driver, "steerweb.client");
			driver.get(url("/engagements/" + this.id + "/meetings"));
			clickAndWait(driver, By.cssSelector(".cadence form button"));
			assertThat(text(driver)).contains("meetings scheduled", "Joint operational review", "Steering group");
			browser.screenshot("steering-1-cadence-en");

			clickAndWait(driver, By.cssSelector(".meetings-table tbody tr:first-child a"));
			meetingUrl = driver.getCurrentUrl().replaceAll("#.*", "");
			assertThat(text(driver)).contains("Agenda", "Where the journey stands", "Start-up, month 2 of the journey",
					"Sign-offs still missing", "Terms annex: neither side has signed");

			driver.findElement(By.id("text")).sendKeys("Keep the weekly joint review until the start-up exit");
			driver.findElement(By.id("decidedBy")).sendKeys("Steering group");
			clickAndWait(driver, By.xpath("//button[text()='Record the decision']"));
			assertThat(text(driver)).contains("The decision was recorded.",
					"Keep the weekly joint review until the start-up exit");

			driver.findElement(By.id("title")).sendKeys("Publish the holiday staffing plan");
			new Select(driver.findElement(By.id("ownerSide"))).selectByValue("PARTNER");
			clickAndWait(driver, By.xpath("//button[text()='Add the action']"));
			assertThat(text(driver)).contains("The action was added.", "Publish the holiday staffing plan");

			assertThat(driver.findElement(By.id("approvals")).getText())
				.contains("The minutes can be approved once the meeting has started");
			assertThat(driver.findElements(By.xpath("//button[text()='Approve the minutes for the client']")))
				.isEmpty();

			// The meeting is held a day earlier than planned: once it has started, the
			// minutes can be approved.
			driver.get(meetingUrl + "/edit");
			((org.openqa.selenium.JavascriptExecutor) driver)
				.executeScript("document.getElementById('date').value = '2026-11-26';");
			clickAndWait(driver, By.cssSelector("main form button[type=submit]"));
			clickAndWait(driver, By.xpath("//button[text()='Approve the minutes for the client']"));
			assertThat(text(driver)).contains("Your side approved the minutes.");
			browser.screenshot("steering-2-meeting-en");
		}
		try (Browser browser = Browser.open("fi")) {
			WebDriver driver = browser.driver();
			logIn(driver, "steerweb.partner");
			driver.get(url("/?lang=fi"));
			WebElement waiting = driver.findElement(By.cssSelector(".waiting"));
			assertThat(waiting.getText()).contains("Odottaa osapuoltasi", "Publish the holiday staffing plan",
					"Seuraava kokous");
			browser.screenshot("steering-3-waiting-fi");

			clickAndWait(driver, By.linkText("Publish the holiday staffing plan"));
			assertThat(driver.getCurrentUrl()).startsWith(meetingUrl);
			clickAndWait(driver, By.xpath("//button[text()='Hyväksy pöytäkirja kumppanin puolesta']"));
			assertThat(text(driver)).contains("Osapuolesi hyväksyi pöytäkirjan.");
			assertThat(driver.findElement(By.id("approvals")).getText()).doesNotContain("Ei vielä hyväksynyt");
			browser.screenshot("steering-4-approved-fi");

			driver.get(url("/engagements/" + this.id + "/meetings?lang=fi"));
			clickAndWait(driver, By.cssSelector(".meetings-table tbody tr:first-child a"));
			assertThat(text(driver)).contains("Aiempien kokousten avoimet toimenpiteet",
					"Publish the holiday staffing plan (Kumppani)");
			browser.screenshot("steering-5-next-agenda-fi");

			driver.get(meetingUrl + "/minutes?lang=fi");
			assertThat(text(driver)).contains("Pöytäkirja", "Keep the weekly joint review until the start-up exit",
					"Publish the holiday staffing plan");
			browser.screenshot("steering-6-minutes-fi");
			byte[] pdf = browser.print();
			Path folder = Path.of(System.getProperty("rollout.screenshots", "target/screenshots"));
			Files.createDirectories(folder);
			Files.write(folder.resolve("steering-6-minutes-printed.pdf"), pdf);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(document.getNumberOfPages()).isBetween(1, 2);
				assertThat(new PDFTextStripper().getText(document)).contains("Keep the weekly joint review");
			}
		}
	}

}
