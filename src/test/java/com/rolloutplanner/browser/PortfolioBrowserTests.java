package com.rolloutplanner.browser;

import java.io.IOException;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio in a real browser: 25 lanes printed from the browser's print dialog on at
 * most two A4 pages in landscape; on a phone, each lane's strip scrolls sideways in its
 * own region while the page itself does not.
 */
class PortfolioBrowserTests extends BrowserTestSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Engagements engagements;

	@Autowired
	UserDetailsService users;

	@Test
	void twentyFiveLanesPrintOnTwoLandscapePagesAndAPhoneScrollsEachStripAlone() throws IOException {
		String suffix = Long.toString(System.nanoTime(), 36);
		CurrentUser client = TestUsers.manager(this.accounts, this.organisations, this.users, "pfb.c." + suffix,
				"PFB Client " + suffix);
		Organisation clientOrganisation = this.organisations.find(client.getOrganisationId()).orElseThrow();
		Organisation partner = this.organisations.findOrAdd("PFB Partner " + suffix);
		for (int i = 0; i < 27; i++) {
			this.engagements.create(EngagementBuilder.anEngagement()
				.name("Printed lane " + i + " of a rather long engagement name " + suffix)
				.between(clientOrganisation, partner)
				.goLive(LocalDate.of(2025, 3, 1).plusDays(i * 19L))
				.contract(ContractModel.PARTNERSHIP, 36)
				.terms(), "Test");
		}
		try (Browser browser = Browser.open("en")) {
			WebDriver driver = browser.driver();
			logIn(driver, client.getUsername());
			driver.get(url("/portfolio"));
			assertThat(driver.findElements(By.cssSelector(".lane-strip[role=region]"))).hasSize(25);
			byte[] pdf = browser.print();
			java.nio.file.Files.write(java.nio.file.Path
				.of(System.getProperty("rollout.screenshots", "target/screenshots"), "portfolio-printed.pdf"), pdf);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(document.getNumberOfPages()).isBetween(1, 2);
				var size = document.getPage(0).getMediaBox();
				assertThat(size.getWidth()).as("landscape").isGreaterThan(size.getHeight());
				assertThat(new PDFTextStripper().getText(document)).contains("Portfolio", "1–25 of 27 journeys");
			}

			Browser.OnAPhone phone = browser.onAPhone("portfolio-phone");
			assertThat(phone.width()).as("the page does not scroll sideways").isLessThanOrEqualTo(Browser.PHONE_WIDTH);
			assertThat(phone.cut()).isEmpty();
			assertThat(phone.chartWordsTooSmall()).isEmpty();
		}
	}

}
