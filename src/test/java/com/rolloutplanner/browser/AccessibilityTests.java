package com.rolloutplanner.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.minutes.MeetingMinutes;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Contacts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.roadmap.Roadmaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * axe-core with the WCAG 2.1 A and AA rules finds no violation on any page, in English
 * and in Finnish, and no page, nor any part of one, is wider than a 390 px phone, where
 * its header is one row and its tables are lists of cards (none scrolls sideways); each
 * page is also saved as a screenshot under target/screenshots, at desktop width and as a
 * phone's first screen.
 */
class AccessibilityTests extends BrowserTestSupport {

	/** The most a page's header may take of a phone's height: one row. */
	private static final double MAX_PHONE_HEADER = 64;

	@Autowired
	Accounts accounts;

	@Autowired
	Contacts contacts;

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

	@Autowired
	com.rolloutplanner.businesscase.BusinessCases businessCases;

	@Autowired
	com.rolloutplanner.commitments.Commitments commitments;

	String axe;

	@BeforeEach
	void loadAxe() throws IOException {
		Path script = Path.of(System.getProperty("rollout.axe", "src/test/js/node_modules/axe-core/axe.min.js"));
		if (!Files.exists(script) && Boolean.getBoolean("rollout.browser.required")) {
			throw new AssertionError("axe-core is required but missing: run npm ci in src/test/js");
		}
		assumeTrue(Files.exists(script), "Skipped: axe-core is not installed (cd src/test/js && npm ci)");
		this.axe = Files.readString(script);
		BrowserTestData.ensureUsers(this.accounts, this.organisations);
	}

	@Autowired
	com.rolloutplanner.meeting.Meetings meetings;

	@Autowired
	MeetingMinutes meetingMinutes;

	@Autowired
	ActionItems actionItems;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	Long meetingId;

	Long kpiId;

	Long proposalId;

	@Autowired
	com.rolloutplanner.servicelevel.ServiceLevels serviceLevels;

	@Autowired
	com.rolloutplanner.pulse.Pulses pulses;

	@Autowired
	com.rolloutplanner.issue.Issues issues;

	@Autowired
	java.time.Clock clock;

	Long issueId;

	Long riskId;

	Long changeId;

	@Autowired
	com.rolloutplanner.risk.Risks risks;

	@Autowired
	com.rolloutplanner.changerequest.ChangeRequests changeRequests;

	@Autowired
	com.rolloutplanner.onboarding.Invitations invitations;

	@Autowired
	com.rolloutplanner.webhook.Webhooks webhooks;

	@Autowired
	com.rolloutplanner.webhook.WebhookDispatcher webhookDispatcher;

	String webhookPage;

	@Autowired
	com.rolloutplanner.onboarding.PasswordResets passwordResets;

	@Test
	void everyPageHasNoWcagViolationsAndFitsAPhoneInBothLanguages() {
		Long id = BrowserTestData.fullEngagement("Accessible journey", this.engagements, this.organisations,
				this.roadmaps, this.kpis, this.users);
		BrowserTestData.businessCase(id, this.businessCases, this.users);
		CurrentUser client = (CurrentUser) this.users.loadUserByUsername("web.client");
		// the partner is told that the terms annex waits for them: a mail for the outbox
		// pages
		this.contacts.changeContact("web.partner",
				new Contacts.Contact("web.partner@example.com", "fi", "Europe/Helsinki"));
		this.commitments.signAnnex(id, client);
		this.pulses.answer(id, 1, java.util.Map.of(com.rolloutplanner.pulse.Statement.TRUST, 4,
				com.rolloutplanner.pulse.Statement.EARLY_PROBLEMS, 3,
				com.rolloutplanner.pulse.Statement.COMMITMENTS_KEPT, 4,
				com.rolloutplanner.pulse.Statement.COMMUNICATION, 3, com.rolloutplanner.pulse.Statement.WORTH_IT, 4),
				"A good start", false, client);
		Long mailId = this.jdbc
			.queryForObject("select max(id) from mail_outbox where recipient = 'web.partner@example.com'", Long.class);
		// An invitation waiting on the list, and the links of its mail and of a reset
		// mail.
		String invited = "invited." + System.nanoTime() + "@example.com";
		this.invitations.invite(invited, null, com.rolloutplanner.account.Role.MANAGER, "en", client);
		String invitation = mailLink(invited, com.rolloutplanner.onboarding.Invitations.MAIL_KIND);
		this.passwordResets.request("web.partner@example.com", "accessibility");
		Long webhook = this.webhooks
			.register("http://127.0.0.1:9/accessibility", com.rolloutplanner.webhook.WebhookView.Format.TEAMS,
					List.of(com.rolloutplanner.webhook.WebhookEvent.ISSUE_RAISED,
							com.rolloutplanner.webhook.WebhookEvent.GATE_SIGNED),
					"fi", client)
			.id();
		this.webhooks.sendTest(webhook, client);
		this.webhookDispatcher.dispatch();
		this.webhookPage = "/webhooks/" + webhook;
		String reset = mailLink("web.partner@example.com", com.rolloutplanner.onboarding.PasswordResets.MAIL_KIND);
		Long meeting = this.meetings.schedule(id,
				new com.rolloutplanner.steering.Arrangement(com.rolloutplanner.steering.MeetingKind.STEERING_GROUP,
						java.time.LocalDateTime.of(2026, 11, 20, 13, 0), 60, "https://meet.example.com/a",
						"Guest Person", java.util.Set.of("web.client")),
				client);
		this.meetingMinutes.recordDecision(id, meeting, "Keep the weekly review", "Steering group", client);
		this.actionItems.addAction(id, meeting,
				new com.rolloutplanner.action.ActionItem.Task("Share the call recordings",
						com.rolloutplanner.roadmap.OwnerSide.CLIENT, null, java.time.LocalDate.of(2026, 11, 25), false),
				client.access(), client.signature());
		this.meetingId = meeting;
		// an issue the partner owes a response to, past its promise
		this.issueId = this.issues
			.raise(id, "Call-backs not made", "Customers were promised call-backs.",
					com.rolloutplanner.issue.IssueSeverity.CRITICAL, com.rolloutplanner.engagement.Side.PARTNER, client,
					java.time.Instant.now(this.clock).minus(java.time.Duration.ofHours(5)))
			.id();
		this.riskId = this.risks
			.add(id, new com.rolloutplanner.risk.RiskTerms("Agents leave during start-up", 4, 5,
					com.rolloutplanner.engagement.Side.PARTNER, "A buddy for each new agent",
					java.time.LocalDate.of(2026, 11, 20), null), client)
			.id();
		this.changeId = this.changeRequests
			.request(id,
					new com.rolloutplanner.changerequest.ChangeTerms(
							com.rolloutplanner.changerequest.ChangeArea.CHANNEL, "Chat on Saturdays",
							"Customers ask for it", "Two agents", "Next month", "Chat share up"),
					client)
			.id();
		// a service level proposed from the expected band and agreed, so that the credits
		// table has its rows
		this.kpiId = this.kpis.kpis(id, client.access()).get(0).getId();
		this.serviceLevels.agree(id, this.kpiId, com.rolloutplanner.servicelevel.ServiceLevels
			.propose(this.serviceLevels.level(id, this.kpiId, client.access()).definition()), null, client);
		// two partners' proposals for one service, to compare side by side
		for (String partner : List.of(BrowserTestData.PARTNER_ORG, BrowserTestData.OTHER_ORG)) {
			this.proposalId = this.engagements
				.propose(com.rolloutplanner.engagement.EngagementBuilder.anEngagement()
					.name("Accessible proposal " + partner)
					.between(this.organisations.findOrAdd(BrowserTestData.CLIENT_ORG),
							this.organisations.findOrAdd(partner))
					.goLive(java.time.LocalDate.of(2027, 6, 1))
					.service("Accessible service")
					.terms(), "Test")
				.getId();
		}
		List<String> violations = new ArrayList<>();
		int audited = 0;
		for (String language : List.of("en", "fi")) {
			try (Browser browser = Browser.open(language)) {
				WebDriver driver = browser.driver();
				driver.get(url("/login?lang=" + language));
				audited += audit(browser, "login", language, violations);
				driver.findElement(By.id("username")).sendKeys("wrong");
				driver.findElement(By.id("password")).sendKeys("wrong");
				clickAndWait(driver, By.cssSelector("main form button[type=submit]"));
				audited += audit(browser, "login-failed", language, violations);

				for (String anonymous : List.of("/password/forgot", "/password/forgot/sent", reset,
						"/password/reset?token=nothing", invitation, "/invitation?token=nothing", "/login/provider",
						"/login/provider?email=someone%40nowhere.example", "/login/provider/error?reason=invitation")) {
					driver.get(url(anonymous));
					audited += audit(browser, "anonymous" + anonymous.replaceAll("[?=].*", "").replace("/", "-"),
							language, violations);
				}
				driver.get(url("/password/forgot"));
				clickAndWait(driver, By.cssSelector("main form button[type=submit]"));
				audited += audit(browser, "forgot-errors", language, violations);

				logIn(driver, "web.client");
				String share = createShareLink(driver, id);
				for (Map.Entry<String, String> page : pages(id).entrySet()) {
					driver.get(url(page.getValue()));
					audited += audit(browser, page.getKey(), language, violations);
				}
				driver.get(url("/engagements/new"));
				clickAndWait(driver, By.cssSelector("main form button[type=submit]"));
				audited += audit(browser, "engagement-form-errors", language, violations);
				driver.get(url("/engagements/" + id + "/kpis"));
				driver.findElement(By.id("csv-text")).sendKeys("kpi,month,value\nNope,1,x");
				clickAndWait(driver, By.cssSelector("#import button[type=submit]"));
				audited += audit(browser, "kpi-import-errors", language, violations);
				driver.get(url("/engagements/999999"));
				audited += audit(browser, "error-404", language, violations);
				driver.get(url("/account/notifications"));
				driver.findElement(By.id("email")).clear();
				driver.findElement(By.id("email")).sendKeys("not an address");
				clickAndWait(driver, By.cssSelector("main form button.button[type=submit]"));
				audited += audit(browser, "mail-settings-errors", language, violations);
				driver.get(url("/invitations"));
				clickAndWait(driver, By.cssSelector("#invite button[type=submit]"));
				audited += audit(browser, "invitation-errors", language, violations);
				driver.get(url("/webhooks"));
				clickAndWait(driver, By.cssSelector("#register button[type=submit]"));
				audited += audit(browser, "webhook-errors", language, violations);
				driver.get(url("/unsubscribe?token=nothing"));
				audited += audit(browser, "unsubscribe-invalid", language, violations);

				logIn(driver, "web.admin");
				for (String admin : List.of("/admin/users", "/admin/organisations", "/admin/outbox",
						"/admin/notifications", "/admin/organisations/" + client.getOrganisationId() + "/provider",
						"/admin/outbox/" + mailId)) {
					driver.get(url(admin));
					audited += audit(browser, "admin" + admin.replace("/admin/", "-").replace("/", "-"), language,
							violations);
				}
				driver.get(url(share));
				audited += audit(browser, "share-public", language, violations);
				driver.get(url("/s/" + "x".repeat(43)));
				audited += audit(browser, "share-gone", language, violations);
			}
		}
		System.out.println("Accessibility: audited " + audited + " pages, " + violations.size() + " violations");
		assertThat(violations).as("WCAG 2.1 A/AA violations on " + audited + " pages").isEmpty();
	}

	private Map<String, String> pages(Long id) {
		Map<String, String> pages = new java.util.LinkedHashMap<>();
		pages.put("dashboard", "/");
		pages.put("dashboard-phase-filter", "/?phase=START_UP");
		pages.put("dashboard-critical-filter", "/?flags=critical&sort=name&dir=desc");
		pages.put("engagement", "/engagements/" + id);
		pages.put("engagement-as-of", "/engagements/" + id + "?asOf=2027-05-01");
		pages.put("engagement-form", "/engagements/new");
		pages.put("engagement-edit", "/engagements/" + id + "/edit");
		pages.put("engagement-delete", "/engagements/" + id + "/delete");
		pages.put("proposal", "/engagements/" + this.proposalId);
		pages.put("proposals-compared", "/engagements/" + this.proposalId + "/proposals");
		pages.put("dashboard-in-negotiation", "/?phase=PROPOSAL");
		pages.put("portfolio", "/portfolio");
		pages.put("portfolio-grouped", "/portfolio?group=client&sort=attention");
		pages.put("month-in-every-journey", "/portfolio/month/1");
		pages.put("roadmap", "/engagements/" + id + "/roadmap");
		pages.put("gates", "/engagements/" + id + "/gates");
		pages.put("kpis", "/engagements/" + id + "/kpis");
		pages.put("business-case", "/engagements/" + id + "/business-case");
		pages.put("service-credits", "/engagements/" + id + "/service-credits");
		pages.put("cooperation", "/engagements/" + id + "/cooperation");
		pages.put("issues", "/engagements/" + id + "/issues");
		pages.put("issue", "/engagements/" + id + "/issues/" + this.issueId);
		pages.put("risks", "/engagements/" + id + "/risks");
		pages.put("risk", "/engagements/" + id + "/risks/" + this.riskId);
		pages.put("changes", "/engagements/" + id + "/changes?state=all");
		pages.put("change", "/engagements/" + id + "/changes/" + this.changeId);
		pages.put("service-level", "/engagements/" + id + "/kpis/" + this.kpiId + "/service-level");
		pages.put("history", "/engagements/" + id + "/history");
		pages.put("shared-roadmap", "/engagements/" + id + "/shared");
		pages.put("share-links", "/engagements/" + id + "/share");
		pages.put("report", "/engagements/" + id + "/report");
		pages.put("terms-annex", "/engagements/" + id + "/annex");
		// Signed by the client: the versions; the proposal's waits for the client.
		pages.put("terms-annex-to-sign", "/engagements/" + this.proposalId + "/annex");
		pages.put("report-archive", "/engagements/" + id + "/reports");
		pages.put("password", "/account/password");
		pages.put("meetings", "/engagements/" + id + "/meetings");
		pages.put("meeting", "/engagements/" + id + "/meetings/" + this.meetingId);
		pages.put("meeting-edit", "/engagements/" + id + "/meetings/" + this.meetingId + "/edit");
		pages.put("meeting-minutes", "/engagements/" + id + "/meetings/" + this.meetingId + "/minutes");
		pages.put("decisions", "/engagements/" + id + "/decisions");
		pages.put("calendar-feeds", "/account/calendar");
		pages.put("api-tokens", "/account/tokens");
		pages.put("mail-settings", "/account/notifications");
		pages.put("invitations", "/invitations");
		pages.put("webhooks", "/webhooks");
		pages.put("webhook", this.webhookPage);
		return pages;
	}

	private String mailLink(String recipient, String kind) {
		String html = this.jdbc.queryForObject(
				"select html_body from mail_outbox where recipient = ? and kind = ? order by id desc fetch first 1 rows only",
				String.class, recipient, kind);
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"https?://[^/\"]+([^\"]+)\"")
			.matcher(html);
		assertThat(link.find()).isTrue();
		return link.group(1).replace("&amp;", "&");
	}

	private String createShareLink(WebDriver driver, Long id) {
		driver.get(url("/engagements/" + id + "/share"));
		driver.findElement(By.id("label")).sendKeys("Accessibility check");
		clickAndWait(driver, By.cssSelector("form.card button[type=submit]"));
		String link = driver.findElement(By.cssSelector(".new-link code")).getText();
		return link.substring(link.indexOf("/s/"));
	}

	@SuppressWarnings("unchecked")
	private int audit(Browser browser, String page, String language, List<String> violations) {
		String shown = text(browser.driver());
		if (shown.contains("Something went wrong") || shown.contains("Jokin meni vikaan")
				|| (!page.startsWith("error") && !page.startsWith("share-gone")
						&& (shown.contains("Page not found") || shown.contains("Sivua ei löytynyt")))) {
			violations
				.add(language + " " + page + ": the page did not render (" + browser.driver().getCurrentUrl() + ")");
		}
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		js.executeScript(this.axe);
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
				  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' -> '
				      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
				  .catch(e => done(['axe failed: ' + e]));""");
		for (String violation : (List<String>) result) {
			violations.add(language + " " + page + ": " + violation);
		}
		browser.screenshot("a11y-" + language + "-" + page);
		Browser.OnAPhone phone = browser.onAPhone("phone-" + language + "-" + page);
		if (phone.width() > Browser.PHONE_WIDTH) {
			violations.add(language + " " + page + ": scrolls sideways on a " + Browser.PHONE_WIDTH + " px phone ("
					+ phone.width() + " px wide)");
		}
		if (phone.headerHeight() > MAX_PHONE_HEADER) {
			violations.add(language + " " + page + ": the header takes " + phone.headerHeight() + " px on a phone");
		}
		for (String words : phone.chartWordsTooSmall()) {
			violations.add(language + " " + page + ": a chart's words are too small on a phone: " + words);
		}
		for (String table : phone.tablesScrollingSideways()) {
			violations
				.add(language + " " + page + ": a table scrolls sideways on a phone instead of being cards: " + table);
		}
		for (String part : phone.cut()) {
			violations
				.add(language + " " + page + ": wider than its box on a " + Browser.PHONE_WIDTH + " px phone: " + part);
		}
		return 1;
	}

}
