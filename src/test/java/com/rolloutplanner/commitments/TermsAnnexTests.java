package com.rolloutplanner.commitments;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.EngagementView;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Stage;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.quickwin.Flag;
import com.rolloutplanner.quickwin.QuickWinAssessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The terms annex as the two sides meet it: read and signed by one manager of each side
 * (the proposal becomes signed and the version is archived as a PDF), outdated by a later
 * change to the terms (and in force again when the terms come back), signed again as a
 * new version while the earlier one stays readable, invisible to anyone else, and signed
 * by both sides at the same moment into one version.
 */
@RolloutIntegrationTest
class TermsAnnexTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Engagements engagements;

	@Autowired
	Commitments commitments;

	@Autowired
	QuickWinAssessor assessor;

	@Autowired
	AnnexAdoption adoption;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	String suffix;

	CurrentUser client;

	CurrentUser partner;

	CurrentUser outsider;

	@BeforeEach
	void setUp() {
		this.suffix = Long.toString(System.nanoTime(), 36);
		this.client = manager("ta.client." + this.suffix, "TA Client " + this.suffix);
		this.partner = manager("ta.partner." + this.suffix, "TA Partner " + this.suffix);
		this.outsider = manager("ta.other." + this.suffix, "TA Other " + this.suffix);
	}

	@Test
	void bothSidesSignTheAnnexAChangeNeedsANewVersionAndEarlierVersionsStayReadable() throws IOException {
		Long id = propose();
		String annex = "/engagements/" + id + "/annex";

		// Nobody has signed: version 1 waits for both, and the client may sign it.
		assertThat(page(annex, this.client)).contains("Signatures · Version 1", "Sign the terms annex for the client",
				"Neither side has signed a version yet.");
		assertThat(page(annex, this.partner)).contains("Sign the terms annex for the partner")
			.doesNotContain("Sign the terms annex for the client");

		// The client signs on the annex page, the partner on the gates page.
		assertThat(post(annex + "/sign", this.client)).hasRedirectedUrl(annex + "#signatures");
		assertThat(stage(id)).isEqualTo(Stage.PROPOSAL);
		assertThat(page(annex, this.partner)).contains("Signed by Pia ta.client." + this.suffix,
				"Waiting for signatures", "Sign the terms annex for the partner");
		assertThat(page("/engagements/" + id + "/gates", this.partner)).contains("Version 1 of the terms annex",
				"/engagements/" + id + "/annex/sign?back=gates");
		assertThat(post(annex + "/sign?back=gates", this.partner))
			.hasRedirectedUrl("/engagements/" + id + "/gates#charter");

		// Signed by both: the proposal is signed, version 1 is in force and archived.
		assertThat(stage(id)).isEqualTo(Stage.SIGNED);
		assertThat(this.commitments.annex(id, this.client).isComplete()).isTrue();
		assertThat(page(annex, this.client)).contains("In force", "PDF as signed")
			.doesNotContain("Sign the terms annex for the client");
		assertThat(page("/engagements/" + id + "/reports", this.client)).contains("Terms annex, version 1");
		String first = pdfText(archived(id, 1));
		assertThat(first).contains("Signed by Pia ta.client." + this.suffix, "Signed by Pia ta.partner." + this.suffix);
		assertThat(historyKeys(id)).contains("history.entry.annexSigned", "history.entry.proposalSigned");

		// A change to what the annex shows (a flag acknowledged) outdates version 1.
		Flag flag = flags(id).get(0);
		assertThat(acknowledge(id, flag, "Agreed in the negotiation.")).hasStatus3xxRedirection();
		AnnexViewAssert.of(this.commitments.annex(id, this.client)).isVersion(2).signedBefore(1).signedByNobody();
		assertThat(page(annex, this.client)).contains("Outdated: the terms changed",
				"Version 1 was signed by both sides; the terms have changed since, and version 2 needs both signatures.",
				"Signatures · Version 2", "Sign the terms annex for the client");
		assertThat(historyKeys(id)).contains("history.entry.annexOutdated");

		// Withdrawn again, the terms are those signed: version 1 is in force again.
		assertThat(withdraw(id, flag)).hasStatus3xxRedirection();
		AnnexViewAssert.of(this.commitments.annex(id, this.client)).isVersion(1).signedBefore(null).signedByBoth();

		// Acknowledged again and signed by the client: version 2, which the partner must
		// sign; version 1 is replaced and its PDF is still there.
		acknowledge(id, flag, "Agreed in the negotiation.");
		post(annex + "/sign", this.client);
		AnnexViewAssert.of(this.commitments.annex(id, this.partner)).isVersion(2).signedBefore(1).signedByClientOnly();
		assertThat(page(annex, this.partner)).contains("Replaced by a later version", "Waiting for signatures",
				"Sign the terms annex for the partner");
		assertThat(pdfText(archived(id, 1))).doesNotContain("Agreed in the negotiation.");
		post(annex + "/sign", this.partner);
		AnnexViewAssert.of(this.commitments.annex(id, this.client)).isVersion(2).signedBefore(null).signedByBoth();
		assertThat(pdfText(archived(id, 2))).contains("Agreed in the negotiation.");
		assertThat(this.commitments.annexVersions(id, this.client.access()))
			.extracting(Commitments.AnnexVersionView::number, Commitments.AnnexVersionView::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "IN_FORCE"),
					org.assertj.core.groups.Tuple.tuple(1, "SUPERSEDED"));

		// Anyone else finds neither the annex nor anything to sign.
		assertThat(get(annex, this.outsider)).hasStatus(404);
		assertThat(post(annex + "/sign", this.outsider)).hasStatus(404);
		assertThat(get("/engagements/" + id + "/reports/" + archived(id, 1) + ".pdf", this.outsider)).hasStatus(404);
	}

	@Test
	void aCharterSignedBeforeTheUpgradeIsVersionOneOfTheTermsAsTheyWereAtTheStart() {
		Long id = propose();
		// As the upgrade left it: the charter's signatures as version 1, no fingerprint.
		this.jdbc
			.sql("insert into terms_annex_version (engagement_id, number, latest, outdated, created_at, "
					+ "client_signed_by, client_signed_at, partner_signed_by, partner_signed_at) "
					+ "values (?, 1, true, false, ?, 'Kaisa', ?, 'Pekka', ?)")
			.params(id, java.sql.Timestamp.valueOf("2026-01-05 10:00:00"),
					java.sql.Timestamp.valueOf("2026-01-05 10:00:00"),
					java.sql.Timestamp.valueOf("2026-01-06 10:00:00"))
			.update();
		AnnexViewAssert.of(this.commitments.annex(id, this.client)).isVersion(1).signedByBoth();

		assertThat(this.adoption.adoptAll()).isPositive();
		assertThat(this.jdbc.sql("select content_hash from terms_annex_version where engagement_id = ?")
			.param(id)
			.query(String.class)
			.single()).hasSize(64);
		assertThat(page("/engagements/" + id + "/annex", this.client)).contains("In force",
				"No PDF: signed as the expectations charter");

		// The first change after the start outdates it like any other.
		acknowledge(id, flags(id).get(0), "Agreed after the upgrade.");
		AnnexViewAssert.of(this.commitments.annex(id, this.client)).isVersion(2).signedBefore(1).signedByNobody();
		assertThat(this.adoption.adoptAll()).isZero();
	}

	@Test
	void bothSidesSigningAtTheSameMomentSignOneVersion() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				Long id = propose();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> answers = new ArrayList<>();
				for (CurrentUser who : List.of(this.client, this.partner)) {
					answers.add(pool.submit(() -> {
						start.await();
						return post("/engagements/" + id + "/annex/sign", who).getResponse().getStatus();
					}));
				}
				start.countDown();
				for (Future<Integer> answer : answers) {
					assertThat(answer.get()).isEqualTo(302);
				}
				assertThat(this.commitments.annexVersions(id, this.client.access())).as("round %d", round)
					.extracting(Commitments.AnnexVersionView::number, Commitments.AnnexVersionView::state)
					.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "IN_FORCE"));
				assertThat(stage(id)).isEqualTo(Stage.SIGNED);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** What a reader is shown of the annex to sign. */
	private record AnnexViewAssert(Commitments.AnnexView view) {

		static AnnexViewAssert of(Commitments.AnnexView view) {
			return new AnnexViewAssert(view);
		}

		AnnexViewAssert isVersion(int number) {
			assertThat(this.view.number()).isEqualTo(number);
			return this;
		}

		AnnexViewAssert signedBefore(Integer number) {
			assertThat(this.view.signedBefore()).isEqualTo(number);
			return this;
		}

		void signedByNobody() {
			assertThat(this.view.state()).isEqualTo("NONE");
		}

		void signedByClientOnly() {
			assertThat(this.view.state()).isEqualTo("CLIENT_ONLY");
		}

		void signedByBoth() {
			assertThat(this.view.state()).isEqualTo("BOTH");
		}

	}

	private Long propose() {
		MvcTestResult result = this.mvc.post()
			.uri("/engagements/new")
			.with(csrf())
			.with(user(this.client))
			.param("name", "Annex offer " + Long.toString(System.nanoTime(), 36))
			.param("clientOrganisationId", this.client.getOrganisationId().toString())
			.param("partnerOrganisationId", this.partner.getOrganisationId().toString())
			.param("goLiveDate", "2030-09-01")
			.param("contractModel", "PILOT")
			.param("contractMonths", "6")
			.param("onboardingHours", "0")
			.param("service", "Annexed service " + this.suffix)
			.param("proposal", "true")
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private List<Flag> flags(Long id) {
		return this.engagements
			.read(id, this.client.access(), (e) -> EngagementView.of(e, LocalDate.of(2030, 1, 1), this.assessor))
			.assessment()
			.flags()
			.stream()
			.map(com.rolloutplanner.quickwin.AssessedFlag::flag)
			.toList();
	}

	private MvcTestResult acknowledge(Long id, Flag flag, String reason) {
		return this.mvc.post()
			.uri("/engagements/" + id + "/flags/acknowledge")
			.with(csrf())
			.with(user(this.client))
			.param("code", flag.code().name())
			.param("finding", flag.finding())
			.param("reason", reason)
			.exchange();
	}

	private MvcTestResult withdraw(Long id, Flag flag) {
		return this.mvc.post()
			.uri("/engagements/" + id + "/flags/withdraw")
			.with(csrf())
			.with(user(this.client))
			.param("code", flag.code().name())
			.param("finding", flag.finding())
			.exchange();
	}

	private Long archived(Long id, int version) {
		return this.jdbc.sql("select id from archived_report where engagement_id = ? and annex_version = ?")
			.params(id, version)
			.query(Long.class)
			.single();
	}

	private String pdfText(Long reportId) throws IOException {
		byte[] pdf = this.jdbc.sql("select pdf from archived_report where id = ?")
			.param(reportId)
			.query(byte[].class)
			.single();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private Stage stage(Long id) {
		return this.engagements.read(id, this.client.access(), Engagement::getStage);
	}

	private List<String> historyKeys(Long id) {
		return this.jdbc.sql("select message_key from history_entry where engagement_id = ?")
			.param(id)
			.query(String.class)
			.list();
	}

	private CurrentUser manager(String username, String organisation) {
		return TestUsers.manager(this.accounts, this.organisations, this.users, username, organisation);
	}

	private String page(String uri, CurrentUser who) {
		MvcTestResult result = get(uri, who);
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MvcTestResult get(String uri, CurrentUser who) {
		return this.mvc.get().uri(uri).with(user(who)).exchange();
	}

	private MvcTestResult post(String uri, CurrentUser who) {
		return this.mvc.post().uri(uri).with(csrf()).with(user(who)).exchange();
	}

}
