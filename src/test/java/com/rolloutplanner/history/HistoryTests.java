package com.rolloutplanner.history;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.commitments.GateType;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.GoalType;
import com.rolloutplanner.engagement.ServiceChannel;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.quickwin.FlagCode;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.roadmap.RoadmapItem;
import com.rolloutplanner.roadmap.Roadmaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every kind of change becomes a history entry that reads as a sentence in the reader's
 * language, with no enum names or raw values, and the record outlives the engagement.
 */
@RolloutIntegrationTest
class HistoryTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	UserDetailsService users;

	@Autowired
	Engagements engagements;

	@Autowired
	Kpis kpis;

	@Autowired
	Commitments commitments;

	@Autowired
	QuickWinAssessor assessor;

	@Autowired
	Roadmaps roadmaps;

	@Autowired
	Clock clock;

	CurrentUser client;

	CurrentUser partner;

	CurrentUser admin;

	Organisation clientOrg;

	Organisation partnerOrg;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.accounts, this.organisations, "hist.client", "Hilla Client", "History Client",
				Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "hist.partner", "Paavo Partner", "History Partner",
				Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "hist.admin", "Aino Admin", "History Client", Role.ADMIN);
		this.client = (CurrentUser) this.users.loadUserByUsername("hist.client");
		this.partner = (CurrentUser) this.users.loadUserByUsername("hist.partner");
		this.admin = (CurrentUser) this.users.loadUserByUsername("hist.admin");
		this.clientOrg = this.organisations.findOrAdd("History Client");
		this.partnerOrg = this.organisations.findOrAdd("History Partner");
	}

	@Test
	void everyKindOfChangeReadsAsASentenceInEnglishAndInFinnish() throws Exception {
		Long id = create("Contact centre Oulu");
		Engagement created = this.engagements.read(id, this.client.access(), (e) -> e);
		this.engagements.revise(id, created.getVersion(),
				EngagementBuilder.anEngagement()
					.name("Contact centre Oulu")
					.between(this.clientOrg, this.partnerOrg)
					.goLive(LocalDate.of(2026, 11, 1))
					.contract(ContractModel.FIXED_TERM, 6)
					.channels(ServiceChannel.PHONE, ServiceChannel.CHAT)
					.goal(GoalType.CUSTOMER_EXPERIENCE, 12, "NPS back to 45")
					.goal(GoalType.SCALABILITY, 12, null)
					.terms(),
				this.client.access(), this.client.signature());

		Kpi aht = this.kpis.add(id, new Kpi.Settings("Handling time", "s", KpiKind.EFFICIENCY,
				Direction.LOWER_IS_BETTER, BigDecimal.valueOf(300), BigDecimal.valueOf(270), 9, BigDecimal.valueOf(20)),
				this.client);
		this.kpis.change(id, aht.getId(), aht.getVersion(), new Kpi.Settings("Handling time", "s", KpiKind.EFFICIENCY,
				Direction.LOWER_IS_BETTER, BigDecimal.valueOf(300), BigDecimal.valueOf(285), 9, BigDecimal.valueOf(20)),
				this.client);
		this.kpis.record(id, aht.getId(), 1, new BigDecimal("331.5"), this.partner.access(), this.partner.signature());
		this.kpis.record(id, aht.getId(), 1, new BigDecimal("329"), this.partner.access(), this.partner.signature());
		this.kpis.importCsv(id, "kpi,month,value\nHandling time,2,320\n", this.partner, java.util.Locale.ENGLISH);

		this.commitments.changeCriteria(id, GateType.GO_LIVE, "Team trained", this.client);
		this.commitments.signGate(id, GateType.GO_LIVE, this.client);
		this.commitments.changeCriteria(id, GateType.GO_LIVE, "Team trained and staffed", this.partner);
		this.commitments.signAnnex(id, this.partner);
		this.assessor.acknowledge(id, this.client.access(), FlagCode.SHORT_COMMITMENT, findingOf(id),
				"Renewal agreed in principle", this.client.signature());
		this.assessor.withdraw(id, this.client.access(), FlagCode.SHORT_COMMITMENT, findingOf(id),
				this.client.signature());

		post("/engagements/" + id + "/roadmap", this.client, "title", "Joint calibration", "dueDate", "2026-12-15",
				"ownerSide", "JOINT", "status", "PLANNED");
		post("/engagements/" + id + "/roadmap", this.client, "title", "Obsolete workshop", "dueDate", "2026-12-20",
				"ownerSide", "CLIENT", "status", "PLANNED");
		List<RoadmapItem> items = this.roadmaps.items(id, this.client.access());
		RoadmapItem calibration = items.get(0);
		post("/engagements/" + id + "/roadmap/" + calibration.getId() + "/edit", this.partner, "title",
				"Joint calibration", "dueDate", "2026-12-15", "ownerSide", "PARTNER", "status", "DONE", "version",
				String.valueOf(calibration.getVersion()));
		post("/engagements/" + id + "/roadmap/" + items.get(1).getId() + "/delete", this.client);
		Kpi spare = this.kpis.add(id, new Kpi.Settings("Spare", "%", KpiKind.QUALITY, Direction.HIGHER_IS_BETTER,
				BigDecimal.valueOf(80), BigDecimal.valueOf(85), 9, BigDecimal.valueOf(10)), this.client);
		this.kpis.remove(id, spare.getId(), this.client);
		post("/engagements/" + id + "/share", this.client, "label", "Steering group", "expiresOn", "2027-01-31");
		post(revokeAction(id), this.client);
		post("/engagements/" + id + "/report/archive", this.client);

		List<String> english = history(id, "en");
		assertThat(english).contains("Engagement created: Contact centre Oulu",
				"Changed the contract model: Long-term partnership → Fixed term",
				"Changed the contract length in months: 36 → 6", "Changed the service channels: Phone → Phone, Chat",
				"Go-live moved 31 days later: 1 Oct 2026 → 1 Nov 2026",
				"Target moved later: Improving the customer experience, month 9 → month 12",
				"Goal added: Making customer service more scalable, target in month 12. (none)",
				"KPI added: Handling time", "KPI target lowered: Handling time, target: 270 → 285",
				"Actual recorded: Handling time, month 1: 331.5 s",
				"Actual replaced: Handling time, month 1: 329 s (was 331.5 s)", "Actuals imported from CSV: 1 values",
				"Exit criteria changed: Go-live go/no-go. the recommended criteria → Team trained",
				"Gate signed off: Go-live go/no-go, by the Client side",
				"Exit criteria changed and the sign-offs undone: Go-live go/no-go. Team trained → Team trained and staffed",
				"Terms annex version 1 signed by the Partner side",
				"Flag acknowledged: Commitment ends too early. Reason: Renewal agreed in principle",
				"Acknowledgement withdrawn: Commitment ends too early",
				"Roadmap item added: Joint calibration, due 15 Dec 2026",
				"Roadmap item Joint calibration, owner: Joint → Partner",
				"Roadmap item Joint calibration, status: Planned → Done", "Roadmap item deleted: Obsolete workshop",
				"KPI added: Spare", "KPI deleted with its actuals: Spare",
				"Share link created: Steering group, valid until 31 Jan 2027", "Share link revoked: Steering group",
				"Phase report of 27 Nov 2026 archived (English)");
		assertThat(String.join("\n", english)).doesNotContain("PARTNERSHIP", "FIXED_TERM", "LOWER_IS_BETTER", "GO_LIVE",
				"CLIENT", "PARTNER", "SHORT_COMMITMENT", "COST_REDUCTION", "history.", "2026-11-01");

		List<String> finnish = history(id, "fi");
		assertThat(finnish).contains("Ulkoistus luotu: Contact centre Oulu",
				"Muutettu sopimusmalli: Pitkäaikainen kumppanuus → Määräaikainen",
				"Käynnistys siirtyi 31 päivää myöhemmäksi: 1.10.2026 → 1.11.2026",
				"Toteuma kirjattu: Handling time, kuukausi 1: 331,5 s",
				"Portti hyväksytty: Käynnistyksen go/no-go, osapuoli Toimeksiantaja");
	}

	@Test
	void theMarkedEntriesAreTheOnesASteeringGroupShouldNotice() {
		Long id = create("Marked changes desk");
		Engagement created = this.engagements.read(id, this.client.access(), (e) -> e);
		this.engagements.revise(id, created.getVersion(),
				EngagementBuilder.anEngagement()
					.name("Marked changes desk renamed")
					.between(this.clientOrg, this.partnerOrg)
					.goLive(LocalDate.of(2026, 10, 1))
					.terms(),
				this.client.access(), this.client.signature());

		assertThat(this.mvc.get().uri("/engagements/" + id + "/history").with(user(this.client))).bodyText()
			.contains("Changed the name: Marked changes desk → Marked changes desk renamed")
			.doesNotContain("class=\"notable\"");
	}

	@Test
	void anAdministratorReadsTheHistoryOfADeletedEngagementAndNobodyElseDoes() {
		Long id = create("Soon deleted desk");
		this.kpis.add(id, new Kpi.Settings("Satisfaction", "%", KpiKind.QUALITY, Direction.HIGHER_IS_BETTER,
				BigDecimal.valueOf(80), BigDecimal.valueOf(85), 9, BigDecimal.valueOf(10)), this.client);

		assertThat(this.mvc.post().uri("/engagements/" + id + "/delete").with(csrf()).with(user(this.client)))
			.hasStatus3xxRedirection();

		assertThat(this.mvc.get().uri("/engagements/" + id + "/history").with(user(this.client))).hasStatus(404);
		assertThat(this.mvc.get().uri("/engagements/" + id).with(user(this.admin))).hasStatus(404);
		assertThat(this.mvc.get().uri("/engagements/" + id + "/history?lang=en").with(user(this.admin))).hasStatusOk()
			.bodyText()
			.contains("History: Soon deleted desk", "This engagement has been deleted",
					"Engagement deleted: Soon deleted desk (client History Client, partner History Partner)",
					"KPI added: Satisfaction", "Engagement created: Soon deleted desk",
					"Hilla Client (History Client)");
		assertThat(this.mvc.get().uri("/admin/history").with(user(this.admin))).hasStatusOk()
			.bodyText()
			.contains("Engagement deleted: Soon deleted desk");
		assertThat(this.mvc.get().uri("/admin/history").with(user(this.client))).hasStatus(403);
	}

	@Test
	void administrationChangesAreRecordedWithoutAnEngagement() throws Exception {
		post("/admin/organisations", this.admin, "name", "Recorded Org");
		Long orgId = this.organisations.findOrAdd("Recorded Org").getId();
		post("/admin/organisations/" + orgId + "/rename", this.admin, "name", "Recorded Org Renamed");
		post("/admin/users", this.admin, "username", "recorded.user", "displayName", "Rea Recorded", "organisationId",
				orgId.toString(), "role", "MANAGER");
		String userId = org.jsoup.Jsoup
			.parse(this.mvc.get()
				.uri("/admin/users")
				.with(user(this.admin))
				.exchange()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.select("tr:contains(recorded.user) form[action$=/deactivate]")
			.first()
			.attr("action")
			.replaceAll("\\D", "");
		post("/admin/users/" + userId + "/reset-password", this.admin);
		post("/admin/users/" + userId + "/deactivate", this.admin);
		post("/admin/users/" + userId + "/reactivate", this.admin);

		assertThat(this.mvc.get().uri("/admin/history?lang=fi").with(user(this.admin))).hasStatusOk()
			.bodyText()
			.contains("Organisaatio lisätty: Recorded Org",
					"Organisaatio nimetty uudelleen: Recorded Org → Recorded Org Renamed",
					"Käyttäjä luotu: recorded.user (Rea Recorded, Recorded Org Renamed, Vastuuhenkilö)",
					"Kertakäyttösalasana annettu käyttäjälle recorded.user",
					"Käyttäjä poistettu käytöstä: recorded.user", "Käyttäjä palautettu käyttöön: recorded.user",
					"Aino Admin (History Client)");
	}

	private Long create(String name) {
		return this.engagements
			.create(EngagementBuilder.anEngagement()
				.name(name)
				.between(this.clientOrg, this.partnerOrg)
				.goLive(LocalDate.of(2026, 10, 1))
				.contract(ContractModel.PARTNERSHIP, 36)
				.channels(ServiceChannel.PHONE)
				.goal(GoalType.CUSTOMER_EXPERIENCE, 9, "NPS back to 45")
				.terms(), this.client.signature())
			.getId();
	}

	private String findingOf(Long id) {
		return this.assessor
			.assess(id, LocalDate.of(2026, 11, 1),
					this.engagements.read(id, this.client.access(), Engagement::quickWinSubject))
			.flags()
			.stream()
			.filter((f) -> f.flag().code() == FlagCode.SHORT_COMMITMENT)
			.findFirst()
			.orElseThrow()
			.flag()
			.finding();
	}

	private String revokeAction(Long id) throws Exception {
		String html = this.mvc.get()
			.uri("/engagements/" + id + "/share")
			.with(user(this.client))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return org.jsoup.Jsoup.parse(html).select("form[action$=/revoke]").first().attr("action");
	}

	private void post(String uri, CurrentUser who, String... params) {
		var request = this.mvc.post().uri(uri).with(csrf()).with(user(who));
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		assertThat(request).hasStatus3xxRedirection();
	}

	/** The "what" column of the history page, entry by entry. */
	private List<String> history(Long id, String language) throws Exception {
		String html = this.mvc.get()
			.uri("/engagements/" + id + "/history?lang=" + language)
			.with(user(this.client))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return org.jsoup.Jsoup.parse(html).select("table.history td span.prewrap").eachText();
	}

}
