package com.rolloutplanner.browser;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.TestUsers;

/** The real application on a random port, for tests in a real browser. */
@RolloutIntegrationTest
abstract class BrowserTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@BeforeAll
	static void requireChromium() {
		Browser.assumeAvailable();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void logIn(WebDriver driver, String username) {
		driver.get(url("/login"));
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
		clickAndWait(driver, By.cssSelector("main form button[type=submit]"));
	}

	/**
	 * Clicks something that loads a new page, and waits until the new page has loaded.
	 */
	static void clickAndWait(WebDriver driver, By target) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		wait.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		WebElement page = driver.findElement(By.tagName("html"));
		wait.until(ExpectedConditions.elementToBeClickable(target)).click();
		wait.until((d) -> isGone(page));
		wait.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/**
	 * Whether the element belongs to a page that was left. While the next page loads,
	 * Chromium may answer with "node does not belong to the document" instead of a stale
	 * element: both mean the old page is gone.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException ex) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			return ex.getMessage() != null && ex.getMessage().contains("does not belong to the document");
		}
	}

	static String text(WebDriver driver) {
		return driver.findElement(By.tagName("body")).getText();
	}

}
