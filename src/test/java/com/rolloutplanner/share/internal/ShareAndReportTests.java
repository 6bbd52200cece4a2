package com.rolloutplanner.share.internal;

import com.rolloutplanner.minutes.MeetingMinutes;
import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.SecretTokens;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Share links for people without an account, and the phase report with its PDF and
 * archive.
 */
@RolloutIntegrationTest
class ShareAndReportTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Engagements engagements;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	ShareLinkRepository links;

	@Autowired
	com.rolloutplanner.businesscase.BusinessCases businessCases;

	@Autowired
	com.rolloutplanner.kpi.Kpis kpis;

	@Autowired
	com.rolloutplanner.meeting.Meetings meetings;

	@Autowired
	MeetingMinutes meetingMinutes;

	@Autowired
	Clock clock;

	CurrentUser manager;

	Long id;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.accounts, this.organisations, "share.client", "Sanna Share", "Share Client",
				Role.MANAGER);
		this.manager = (CurrentUser) this.users.loadUserByUsername("share.client");
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Shared service desk")
				.between(this.organisations.findOrAdd("Share Client"), this.organisations.findOrAdd("Share Partner"))
				.goLive(LocalDate.of(2026, 10, 15))
				.onboarding(400, 10_000L)
				.terms(), "Test")
			.getId();
	}

	@Test
	void aShareLinkOpensTheReadOnlyRoadmapAndCountsItsOpenings() {
		String link = createLink("Steering group", "");
		String path = link.substring(link.indexOf("/s/"));

		MvcTestResult opened = this.mvc.get().uri(path).exchange();

		assertThat(opened).hasStatusOk()
			.bodyText()
			.contains("Shared service desk", "Start-up", "noindex", "no-referrer")
			.doesNotContain("<form", "/edit", "Sanna Share", "Log out", "href=\"/engagements");
		assertThat(opened).headers()
			.hasValue("X-Robots-Tag", "noindex, nofollow")
			.hasValue("Referrer-Policy", "no-referrer");
		this.mvc.get().uri(path).exchange();
		assertThat(this.mvc.get().uri("/engagements/" + this.id + "/share").with(user(this.manager))).bodyText()
			.contains("Steering group", "2 times, last 27 Nov 2026");
	}

	@Test
	void aSharedPageOpenedAgainShowsEveryChangeInTheReadersLanguage() {
		String link = createLink("Steering group", "");
		String path = link.substring(link.indexOf("/s/"));
		assertThat(this.mvc.get().uri(path + "?lang=en")).bodyText()
			.contains("Shared service desk", "Share Partner", "Start-up")
			.doesNotContain("Extend the evening shift");

		Long meeting = this.meetings.schedule(this.id,
				new com.rolloutplanner.steering.Arrangement(com.rolloutplanner.steering.MeetingKind.STEERING_GROUP,
						java.time.LocalDateTime.of(2026, 11, 20, 13, 0), 60, null, null, java.util.Set.of()),
				this.manager);
		this.meetingMinutes.recordDecision(this.id, meeting, "Extend the evening shift", "Steering group",
				this.manager);
		assertThat(this.mvc.get().uri(path + "?lang=en")).bodyText().contains("Extend the evening shift");

		Long decision = this.meetingMinutes.decisions(this.id, meeting, this.manager.access()).get(0).id();
		this.meetingMinutes.removeDecision(this.id, meeting, decision, this.manager);
		this.organisations.rename(this.organisations.findOrAdd("Share Partner").getId(), "Share Partner Ab", "Test");
		assertThat(this.mvc.get().uri(path + "?lang=en")).bodyText()
			.contains("Share Partner Ab")
			.doesNotContain("Extend the evening shift");
		assertThat(this.mvc.get().uri(path + "?lang=fi")).bodyText()
			.contains("Shared service desk", "Käynnistysjakso")
			.doesNotContain(">Start-up<");

		Long linkId = this.links.findByEngagementIdOrderByCreatedAtDesc(this.id).get(0).getId();
		assertThat(this.mvc.post()
			.uri("/engagements/" + this.id + "/share/" + linkId + "/revoke")
			.with(csrf())
			.with(user(this.manager))).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri(path + "?lang=en")).hasStatus(404)
			.bodyText()
			.doesNotContain("Shared service desk");
	}

	@Test
	void onlyTheHashOfTheTokenIsStored() {
		String link = createLink("Board", "");
		String token = link.substring(link.indexOf("/s/") + 3);

		assertThat(this.links.findByTokenHash(SecretTokens.hash(token))).isPresent();
		assertThat(this.links.findByTokenHash(token)).isEmpty();
	}

	@Test
	void aRevokedLinkAnswersTheNeutralNotFound() {
		String link = createLink("Temporary", "");
		String path = link.substring(link.indexOf("/s/"));
		Long linkId = this.links.findByEngagementIdOrderByCreatedAtDesc(this.id).get(0).getId();

		assertThat(this.mvc.post()
			.uri("/engagements/" + this.id + "/share/" + linkId + "/revoke")
			.with(csrf())
			.with(user(this.manager))).hasStatus3xxRedirection();

		assertThat(this.mvc.get().uri(path)).hasStatus(404).bodyText().contains("This link is not available");
	}

	@Test
	void unknownAndExpiredLinksLookTheSame() throws IOException {
		String today = createLink("Today's meeting", "2026-11-27");
		assertThat(this.mvc.get().uri(today.substring(today.indexOf("/s/")))).hasStatusOk();
		String expiredToken = SecretTokens.newToken();
		this.links.save(new ShareLink(this.id, "Yesterday's meeting", SecretTokens.hash(expiredToken),
				LocalDate.of(2026, 11, 26), "Sanna Share", java.time.Instant.parse("2026-11-20T10:00:00Z"), false,
				null));

		MvcTestResult expired = this.mvc.get().uri("/s/" + expiredToken).exchange();
		MvcTestResult unknown = this.mvc.get().uri("/s/" + SecretTokens.newToken()).exchange();
		MvcTestResult malformed = this.mvc.get().uri("/s/nonsense").exchange();

		assertThat(expired).hasStatus(404);
		assertThat(unknown).hasStatus(404);
		assertThat(malformed).hasStatus(404);
		assertThat(page(expired)).contains("This link is not available")
			.doesNotContain("Shared service desk")
			.isEqualTo(page(unknown))
			.isEqualTo(page(malformed));
		assertThat(this.links.findByTokenHash(SecretTokens.hash(expiredToken)).orElseThrow().getOpenCount()).isZero();
	}

	/** The page without the token itself (its language links repeat the address). */
	private static String page(MvcTestResult result) throws IOException {
		return result.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
			.replaceAll("/s/[^?\"]+", "/s/TOKEN");
	}

	@Test
	void aLinkNeedsALabelAndAnExpiryNotInThePast() {
		assertThat(this.mvc.post()
			.uri("/engagements/" + this.id + "/share")
			.with(csrf())
			.with(user(this.manager))
			.param("label", " ")
			.param("expiresOn", "2020-01-01")).hasStatusOk()
			.bodyText()
			.contains("Give the link a label.", "Choose today or a later date.");
	}

	@Test
	void theReportShowsTheStateOnTheAsOfDate() {
		assertThat(this.mvc.get().uri("/engagements/" + this.id + "/report?asOf=2027-02-01").with(user(this.manager)))
			.hasStatusOk()
			.bodyText()
			.contains("Shared service desk", "Share Client", "Share Partner", "1 Feb 2027", "Learning",
					"Month 4 of the journey", "Gates and terms annex");
	}

	@Test
	void thePdfIsARealPdfWithTheNameAndThePhase() throws IOException {
		MvcTestResult result = this.mvc.get()
			.uri("/engagements/" + this.id + "/report.pdf?asOf=2026-11-27&lang=fi")
			.with(user(this.manager))
			.exchange();

		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Shared service desk", "Käynnistysjakso", "Pikavoittotarkistus");
			assertThat(document.getNumberOfPages()).isBetween(1, 2);
		}
	}

	@Test
	void aPdfAskedForAgainShowsEveryChangeAndIsNeverSentToAnotherOrganisation() throws IOException {
		String uri = "/engagements/" + this.id + "/report.pdf?asOf=2026-11-27";
		assertThat(pdfText(uri, this.manager)).contains("Shared service desk", "Share Partner")
			.doesNotContain("Backlog age");
		assertThat(pdfText(uri, this.manager)).contains("Shared service desk").doesNotContain("Backlog age");

		this.kpis.add(this.id,
				new com.rolloutplanner.kpi.Kpi.Settings("Backlog age", "h", com.rolloutplanner.kpi.KpiKind.EFFICIENCY,
						com.rolloutplanner.kpi.Direction.LOWER_IS_BETTER, java.math.BigDecimal.valueOf(24),
						java.math.BigDecimal.valueOf(12), 9, java.math.BigDecimal.TEN),
				this.manager);
		assertThat(pdfText(uri, this.manager)).contains("Backlog age");

		Long partner = this.organisations.findOrAdd("Share Partner").getId();
		this.organisations.rename(partner, "Share Partner Oy", "Test");
		assertThat(pdfText(uri, this.manager)).contains("Share Partner Oy");

		TestUsers.ensure(this.accounts, this.organisations, "share.other", "Olli Other", "Share Other", Role.MANAGER);
		CurrentUser other = (CurrentUser) this.users.loadUserByUsername("share.other");
		assertThat(this.mvc.get().uri(uri).with(user(other))).hasStatus(404);
	}

	@Test
	void aReportAskedForAgainShowsEveryChangeInTheReadersLanguageAndOnlyToItsOrganisations() {
		String uri = "/engagements/" + this.id + "/report?asOf=2026-11-27";
		assertThat(this.mvc.get().uri(uri + "&lang=en").with(user(this.manager))).hasStatusOk()
			.bodyText()
			.contains("Shared service desk", "Start-up", "name=\"_csrf\"")
			.doesNotContain("Backlog age");

		this.kpis.add(this.id,
				new com.rolloutplanner.kpi.Kpi.Settings("Backlog age", "h", com.rolloutplanner.kpi.KpiKind.EFFICIENCY,
						com.rolloutplanner.kpi.Direction.LOWER_IS_BETTER, java.math.BigDecimal.valueOf(24),
						java.math.BigDecimal.valueOf(12), 9, java.math.BigDecimal.TEN),
				this.manager);
		assertThat(this.mvc.get().uri(uri + "&lang=en").with(user(this.manager))).bodyText().contains("Backlog age");
		assertThat(this.mvc.get().uri(uri + "&lang=fi").with(user(this.manager))).bodyText()
			.contains("Backlog age", "Käynnistysjakso")
			.doesNotContain(">Start-up<");
		assertThat(this.mvc.get()
			.uri("/engagements/" + this.id + "/report?asOf=2027-05-01&lang=en")
			.with(user(this.manager))).bodyText().contains("1 May 2027").doesNotContain("27 Nov 2026");

		TestUsers.ensure(this.accounts, this.organisations, "share.other", "Olli Other", "Share Other", Role.MANAGER);
		CurrentUser other = (CurrentUser) this.users.loadUserByUsername("share.other");
		assertThat(this.mvc.get().uri(uri + "&lang=en").with(user(other))).hasStatus(404)
			.bodyText()
			.doesNotContain("Shared service desk");
	}

	@Test
	void aPdfAskedForAgainShowsTheMinutesAsTheyNowStand() throws IOException {
		Long meeting = this.meetings.schedule(this.id,
				new com.rolloutplanner.steering.Arrangement(com.rolloutplanner.steering.MeetingKind.STEERING_GROUP,
						java.time.LocalDateTime.of(2026, 11, 20, 13, 0), 60, null, null, java.util.Set.of()),
				this.manager);
		this.meetingMinutes.recordDecision(this.id, meeting, "Extend the evening shift", "Steering group",
				this.manager);
		String uri = "/engagements/" + this.id + "/report.pdf?asOf=2026-11-27";
		assertThat(pdfText(uri, this.manager)).contains("Extend the evening shift");

		Long decision = this.meetingMinutes.decisions(this.id, meeting, this.manager.access()).get(0).id();
		this.meetingMinutes.removeDecision(this.id, meeting, decision, this.manager);

		assertThat(pdfText(uri, this.manager)).doesNotContain("Extend the evening shift");
	}

	private String pdfText(String uri, CurrentUser reader) throws IOException {
		MvcTestResult result = this.mvc.get().uri(uri).with(user(reader)).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void anArchivedReportCanBeDownloadedAsItWas() throws IOException {
		assertThat(this.mvc.post()
			.uri("/engagements/" + this.id + "/report/archive?asOf=2026-11-27")
			.with(csrf())
			.with(user(this.manager))).hasRedirectedUrl("/engagements/" + this.id + "/reports");

		String archive = this.mvc.get()
			.uri("/engagements/" + this.id + "/reports")
			.with(user(this.manager))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(archive).contains("27 Nov 2026", "Sanna Share (Share Client)");
		String href = archive.substring(archive.indexOf("/engagements/" + this.id + "/reports/"));
		href = href.substring(0, href.indexOf('"'));

		MvcTestResult download = this.mvc.get().uri(href).with(user(this.manager)).exchange();
		assertThat(download).hasStatusOk().hasContentType("application/pdf");
		try (PDDocument document = Loader.loadPDF(download.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Shared service desk", "Start-up");
		}
	}

	@Test
	void aLinkMayHideTheAmountsOfTheBusinessCaseButNotItsPaybackMonths() throws Exception {
		java.math.BigDecimal thousand = new java.math.BigDecimal("1000.00");
		this.businessCases.save(this.id, null,
				new com.rolloutplanner.businesscase.BusinessCaseTerms("EUR", new java.math.BigDecimal("100000.00"),
						null, com.rolloutplanner.businesscase.CostModel.PER_PHASE, null, null,
						new java.math.BigDecimal("110000.00"), new java.math.BigDecimal("90000.00"),
						new java.math.BigDecimal("70000.00"), new java.math.BigDecimal("70000.00"),
						java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO),
				this.manager);
		String open = createLink("Steering group", "");
		MvcTestResult hidden = this.mvc.post()
			.uri("/engagements/" + this.id + "/share")
			.with(csrf())
			.with(user(this.manager))
			.param("label", "Guests of the board")
			.param("expiresOn", "")
			.param("hideAmounts", "true")
			.exchange();
		String hiddenLink = (String) hidden.getMvcResult().getFlashMap().get("newLink");

		assertThat(this.mvc.get().uri(open.substring(open.indexOf("/s/")))).bodyText()
			.contains("payback-svg", "month 7 (Established production)", "€200,000", "-€40,000");
		assertThat(this.mvc.get().uri(hiddenLink.substring(hiddenLink.indexOf("/s/")))).bodyText()
			.contains("payback-svg", "month 7 (Established production)", "The amounts are not shown on this link",
					"below zero")
			.doesNotContain("€");
		String drawn = paybackSvg(hiddenLink);
		assertThat(drawn).as("no grid of amounts").doesNotContain("chart-grid");

		// Twice the amounts, the same signs month by month: the hidden chart is the same
		// drawing, so that no amount can be read from it, whatever one knows.
		this.businessCases.save(this.id,
				this.businessCases.view(this.id, this.manager.access()).orElseThrow().version(),
				new com.rolloutplanner.businesscase.BusinessCaseTerms("EUR", new java.math.BigDecimal("200000.00"),
						null, com.rolloutplanner.businesscase.CostModel.PER_PHASE, null, null,
						new java.math.BigDecimal("220000.00"), new java.math.BigDecimal("180000.00"),
						new java.math.BigDecimal("140000.00"), new java.math.BigDecimal("140000.00"),
						// The onboarding budget of the terms (10,000) and as much again
						// in
						// transition costs: twice the investment
						java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO,
						thousand.multiply(java.math.BigDecimal.TEN)),
				this.manager);
		assertThat(paybackSvg(hiddenLink)).isEqualTo(drawn);
		assertThat(paybackSvg(open)).as("the open link shows the amounts").isNotEqualTo(drawn);
		assertThat(this.mvc.get().uri("/engagements/" + this.id + "/share").with(user(this.manager))).bodyText()
			.contains("amounts hidden");
		assertThat(this.mvc.get().uri("/engagements/" + this.id + "/report?asOf=2026-11-27").with(user(this.manager)))
			.bodyText()
			.contains("payback-svg", "month 7 (Established production)");
	}

	/**
	 * The payback chart's drawing on a shared page, without its title and description.
	 */
	private String paybackSvg(String link) throws Exception {
		String page = this.mvc.get()
			.uri(link.substring(link.indexOf("/s/")))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		java.util.regex.Matcher svg = java.util.regex.Pattern
			.compile("<svg[^>]*payback-svg.*?</svg>", java.util.regex.Pattern.DOTALL)
			.matcher(page);
		assertThat(svg.find()).isTrue();
		return svg.group().replaceAll("<title.*?</title>", "").replaceAll("<desc.*?</desc>", "");
	}

	private String createLink(String label, String expiresOn) {
		MvcTestResult created = this.mvc.post()
			.uri("/engagements/" + this.id + "/share")
			.with(csrf())
			.with(user(this.manager))
			.param("label", label)
			.param("expiresOn", expiresOn)
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		return (String) created.getMvcResult().getFlashMap().get("newLink");
	}

}
