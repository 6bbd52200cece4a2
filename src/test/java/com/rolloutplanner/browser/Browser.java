package com.rolloutplanner.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven through Selenium, with no download at run time.
 * Without Chromium the browser tests skip with a message, unless
 * {@code rollout.browser.required} is set (as in CI), where they fail instead.
 */
final class Browser implements AutoCloseable {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final Path home;

	private Browser(ChromeDriver driver, Path home) {
		this.driver = driver;
		this.home = home;
	}

	/** Skips (or fails, where required) when this machine has no Chromium. */
	static void assumeAvailable() {
		boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!present && Boolean.getBoolean("rollout.browser.required")) {
			throw new AssertionError("Browser tests are required but /usr/bin/chromium or /usr/bin/chromedriver "
					+ "is missing (apt-get install chromium chromium-driver)");
		}
		assumeTrue(present,
				"Skipped: no Chromium here (apt-get install chromium chromium-driver to run the " + "browser tests)");
	}

	static Browser open(String language) {
		assumeAvailable();
		try {
			Path home = Files.createTempDirectory(Path.of("target"), "chromium-");
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
				.usingAnyFreePort()
				.withEnvironment(Map.of("XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_CACHE_HOME",
						home.resolve("cache").toString(), "HOME", home.toString()))
				.build();
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-default-apps",
					"--disable-extensions", "--disable-sync", "--no-first-run", "--window-size=1280,900",
					"--lang=" + language, "--user-data-dir=" + home.resolve("profile"));
			options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
			return new Browser(driver, home);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/** Saves a full-height screenshot under target/screenshots. */
	void screenshot(String name) {
		try {
			Path folder = Path.of(System.getProperty("rollout.screenshots", "target/screenshots"));
			Files.createDirectories(folder);
			Object height = this.driver.executeScript("return document.documentElement.scrollHeight");
			int pageHeight = Math.min(6000, Math.max(900, ((Number) height).intValue()));
			this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, pageHeight));
			Files.write(folder.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
			this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The parts of the page wider than their box (with the first part of them that sticks
	 * out), except a field's own text, a visually hidden label, text cut on purpose with
	 * an ellipsis, and a named region that scrolls and that the keyboard reaches.
	 */
	private static final String PARTS_WIDER_THAN_THEIR_BOX = """
			const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			    + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
			const cut = [];
			for (const e of document.querySelectorAll('body *')) {
			  const style = getComputedStyle(e);
			  const region = e.tabIndex >= 0 && e.getAttribute('role') === 'region'
			      && (e.hasAttribute('aria-label') || e.hasAttribute('aria-labelledby'));
			  if (style.overflowX !== 'visible' && style.display !== 'none' && style.textOverflow !== 'ellipsis'
			      && !['INPUT', 'TEXTAREA', 'SELECT'].includes(e.tagName) && !e.closest('.visually-hidden')
			      && !region && e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1) {
			    const right = e.getBoundingClientRect().right;
			    const wide = [...e.querySelectorAll('*')].find((c) => c.getBoundingClientRect().right > right + 1);
			    cut.push(name(e) + ' (' + e.scrollWidth + ' px in ' + e.clientWidth + (wide ? ', ' + name(wide) : '') + ')');
			  }
			}
			return cut;""";

	/** The width of a phone the pages must fit: 390 by 844 CSS pixels. */
	static final int PHONE_WIDTH = 390;

	/**
	 * Shows the current page as on a phone (390 by 844, a touch screen honouring the
	 * viewport meta tag), saves a screenshot of its first screen, and returns how wide
	 * the page is there (wider than {@link #PHONE_WIDTH} means it scrolls sideways) and
	 * which of its parts are wider than their box without being a named region that the
	 * keyboard reaches and scrolls (so they are cut, or scroll for a finger only).
	 */
	OnAPhone onAPhone(String name) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		try {
			Object width = this.driver.executeScript("return document.documentElement.scrollWidth");
			Object header = this.driver.executeScript(
					"var h = document.querySelector('header.topbar'); return h ? h.getBoundingClientRect().height : 0");
			@SuppressWarnings("unchecked")
			List<String> sideways = (List<String>) this.driver.executeScript(TABLES_SCROLLING_SIDEWAYS);
			@SuppressWarnings("unchecked")
			List<String> small = (List<String>) this.driver.executeScript(CHART_WORDS_TOO_SMALL);
			@SuppressWarnings("unchecked")
			List<String> cut = (List<String>) this.driver.executeScript(PARTS_WIDER_THAN_THEIR_BOX);
			Path folder = Path.of(System.getProperty("rollout.screenshots", "target/screenshots"));
			Files.createDirectories(folder);
			Files.write(folder.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
			return new OnAPhone(((Number) width).intValue(), cut, ((Number) header).doubleValue(), sideways, small);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/**
	 * How wide a page is on a phone, which of its parts are wider than their box, how
	 * tall its header is, and which of its tables scroll sideways in their box.
	 */
	record OnAPhone(int width, List<String> cut, double headerHeight, List<String> tablesScrollingSideways,
			List<String> chartWordsTooSmall) {
	}

	/** The smallest size a chart's words may be drawn at on a phone, in CSS pixels. */
	static final double SMALLEST_CHART_WORDS = 11;

	/** The words of charts drawn smaller than {@link #SMALLEST_CHART_WORDS}. */
	private static final String CHART_WORDS_TOO_SMALL = """
			var found = [];
			document.querySelectorAll('svg[viewBox] text').forEach(function (t) {
			  var svg = t.ownerSVGElement;
			  var box = svg.getBoundingClientRect();
			  if (box.width === 0 || getComputedStyle(t).display === 'none' || t.getBoundingClientRect().width === 0) {
			    return;
			  }
			  var size = parseFloat(getComputedStyle(t).fontSize) * box.width / svg.viewBox.baseVal.width;
			  if (size < %s - 0.05) {
			    found.push('"' + t.textContent.trim() + '" at ' + size.toFixed(1) + ' px');
			  }
			});
			return found.slice(0, 5);""".formatted(SMALLEST_CHART_WORDS);

	/**
	 * The tables that are wider than the box they scroll in, named by their caption or
	 * class.
	 */
	private static final String TABLES_SCROLLING_SIDEWAYS = """
			var found = [];
			document.querySelectorAll('table').forEach(function (t) {
			  var box = t.parentElement;
			  if (box && box.scrollWidth > box.clientWidth + 1) {
			    var caption = t.querySelector('caption');
			    found.push((caption ? caption.textContent.trim() : '') + ' [' + t.className + ']');
			  }
			});
			return found;""";

	/**
	 * Prints the page as a user would from the print dialog with its defaults: the page
	 * size, margins, running footer and page numbers of the page's own {@code @page}
	 * rules, backgrounds included. Returns the PDF.
	 */
	byte[] print() {
		Map<String, Object> printed = this.driver.executeCdpCommand("Page.printToPDF",
				Map.of("preferCSSPageSize", true, "printBackground", true));
		String pdf = (String) printed.get("data");
		byte[] bytes = Base64.getDecoder().decode(pdf);
		assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		return bytes;
	}

	@Override
	public void close() {
		this.driver.quit();
		try (var files = Files.walk(this.home)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary folder under target/ is harmless
		}
	}

}
