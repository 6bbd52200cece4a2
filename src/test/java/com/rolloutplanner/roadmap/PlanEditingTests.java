package com.rolloutplanner.roadmap;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.roadmap.RoadmapItem.Plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Editing and deleting roadmap items and KPIs, and two people editing the same one at
 * once.
 */
@RolloutIntegrationTest
class PlanEditingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Engagements engagements;

	@Autowired
	Roadmaps roadmaps;

	@Autowired
	Kpis kpis;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	CurrentUser client;

	Long id;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.accounts, this.organisations, "edit.client", "Eeva Editor", "Editing Client",
				Role.MANAGER);
		this.client = (CurrentUser) this.users.loadUserByUsername("edit.client");
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.between(this.organisations.findOrAdd("Editing Client"),
						this.organisations.findOrAdd("Editing Partner"))
				.goLive(LocalDate.of(2026, 10, 1))
				.terms(), "Test")
			.getId();
	}

	@Test
	void aRoadmapItemIsEditedWithItsVersionAndDeleted() {
		RoadmapItem item = this.roadmaps.add(this.id, plan("Calibration"), this.client);

		assertThat(post("/engagements/" + this.id + "/roadmap/" + item.getId() + "/edit", "Calibration workshop",
				item.getVersion()))
			.hasRedirectedUrl("/engagements/" + this.id + "/roadmap");
		RoadmapItem edited = this.roadmaps.item(this.id, item.getId(), this.client);
		assertThat(edited.getTitle()).isEqualTo("Calibration workshop");
		assertThat(edited.getVersion()).isEqualTo(item.getVersion() + 1);

		assertThat(this.mvc.post()
			.uri("/engagements/" + this.id + "/roadmap/" + item.getId() + "/delete")
			.with(csrf())
			.with(user(this.client))).hasRedirectedUrl("/engagements/" + this.id + "/roadmap");
		assertThat(this.roadmaps.items(this.id, this.client)).isEmpty();
	}

	@Test
	void starterItemsSpeakTheReadersLanguageUntilSomeoneEditsTheirWords() throws Exception {
		// Added on a Finnish page...
		assertThat(this.mvc.post()
			.uri("/engagements/" + this.id + "/roadmap/starter?lang=fi")
			.with(csrf())
			.with(user(this.client))).hasRedirectedUrl("/engagements/" + this.id + "/roadmap");
		// ...read by an English-speaking partner in English, and by a Finn in Finnish.
		assertThat(page("/engagements/" + this.id + "/roadmap?lang=en"))
			.contains("Joint workshop: long-term roadmap and goals")
			.doesNotContain("Yhteinen työpaja");
		assertThat(page("/engagements/" + this.id + "/roadmap?lang=fi"))
			.contains("Yhteinen työpaja: tiekartta ja pitkän aikavälin tavoitteet");
		assertThat(page("/engagements/" + this.id + "/shared?lang=en")).contains("Joint workshop");
		RoadmapItem workshop = this.roadmaps.items(this.id, this.client)
			.stream()
			.filter((item) -> "starter.workshop".equals(item.getTextKey()))
			.findFirst()
			.orElseThrow();

		// Saved in English with its words unchanged (only the status): still the
		// starter's.
		String uri = "/engagements/" + this.id + "/roadmap/" + workshop.getId() + "/edit";
		assertThat(page(uri + "?lang=en")).contains("value=\"Joint workshop: long-term roadmap and goals\"");
		assertThat(this.mvc.post()
			.uri(uri + "?lang=en")
			.with(csrf())
			.with(user(this.client))
			.param("title", "Joint workshop: long-term roadmap and goals")
			.param("description",
					"Client and partner agree on the roadmap and the long-term goals of the cooperation before go-live (tip 1).")
			.param("dueDate", workshop.getDueDate().toString())
			.param("ownerSide", "JOINT")
			.param("status", "DONE")
			.param("version", String.valueOf(workshop.getVersion()))).hasStatus3xxRedirection();
		RoadmapItem done = this.roadmaps.item(this.id, workshop.getId(), this.client);
		assertThat(done.getTextKey()).isEqualTo("starter.workshop");
		assertThat(done.getStatus()).isEqualTo(ItemStatus.DONE);
		assertThat(page("/engagements/" + this.id + "/roadmap?lang=fi")).contains("Yhteinen työpaja");

		// Once its words are edited, they are the item's own in every language.
		assertThat(post(uri + "?lang=en", "Joint workshop in Tampere", done.getVersion())).hasStatus3xxRedirection();
		assertThat(this.roadmaps.item(this.id, workshop.getId(), this.client).getTextKey()).isNull();
		assertThat(page("/engagements/" + this.id + "/roadmap?lang=fi")).contains("Joint workshop in Tampere")
			.doesNotContain("Yhteinen työpaja");
	}

	@Test
	void aDeletedItemComesBackAsItWasWithOneClickOnUndo() throws Exception {
		this.roadmaps.addStarter(this.id, (key) -> key, this.client);
		RoadmapItem workshop = this.roadmaps.items(this.id, this.client)
			.stream()
			.filter((item) -> "starter.workshop".equals(item.getTextKey()))
			.findFirst()
			.orElseThrow();

		var deleted = this.mvc.post()
			.uri("/engagements/" + this.id + "/roadmap/" + workshop.getId() + "/delete")
			.with(csrf())
			.with(user(this.client))
			.exchange();
		assertThat(deleted).hasRedirectedUrl("/engagements/" + this.id + "/roadmap");
		Object restorable = deleted.getMvcResult().getFlashMap().get("restorable");
		assertThat(restorable).isInstanceOf(java.io.Serializable.class);
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(this.mvc.get()
			.uri("/engagements/" + this.id + "/roadmap?lang=en")
			.with(user(this.client))
			.flashAttr("restorable", restorable)
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		org.jsoup.nodes.Element undo = page.selectFirst(".undo form");
		assertThat(page.select(".undo").text()).contains("“Joint workshop: long-term roadmap and goals” was deleted.",
				"Undo");

		var restore = this.mvc.post().uri(undo.attr("action")).with(csrf()).with(user(this.client));
		for (org.jsoup.nodes.Element input : undo.select("input[type=hidden]")) {
			if (!input.attr("name").equals("_csrf")) {
				restore = restore.param(input.attr("name"), input.attr("value"));
			}
		}
		assertThat(restore).hasRedirectedUrl("/engagements/" + this.id + "/roadmap");
		RoadmapItem back = this.roadmaps.items(this.id, this.client)
			.stream()
			.filter((item) -> "starter.workshop".equals(item.getTextKey()))
			.findFirst()
			.orElseThrow();
		assertThat(back.getTitle()).isEqualTo(workshop.getTitle());
		assertThat(back.getDueDate()).isEqualTo(workshop.getDueDate());
		assertThat(back.getStatus()).isEqualTo(workshop.getStatus());
		assertThat(back.isAddressesDip()).isEqualTo(workshop.isAddressesDip());
		assertThat(this.roadmaps.items(this.id, this.client)).hasSize(6);

		// Sent again as a script would (without the page's one-time form id, which alone
		// would stop it): the item is back already.
		var again = this.mvc.post().uri(undo.attr("action")).with(csrf()).with(user(this.client));
		for (org.jsoup.nodes.Element input : undo.select("input[type=hidden]")) {
			if (!input.attr("name").equals("_csrf") && !input.attr("name").equals("_once")) {
				again = again.param(input.attr("name"), input.attr("value"));
			}
		}
		assertThat(again).as("an undo is used once").flash().containsEntry("flashMessage", "roadmap.alreadyRestored");
		assertThat(this.roadmaps.items(this.id, this.client)).hasSize(6);
	}

	private String page(String uri) throws Exception {
		return this.mvc.get()
			.uri(uri)
			.with(user(this.client))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void aStaleRoadmapEditKeepsTheInputAndChangesNothing() {
		RoadmapItem item = this.roadmaps.add(this.id, plan("Calibration"), this.client);
		this.roadmaps.change(this.id, item.getId(), item.getVersion(), plan("Calibration by the partner"), this.client);

		assertThat(post("/engagements/" + this.id + "/roadmap/" + item.getId() + "/edit", "My late title",
				item.getVersion()))
			.hasStatusOk()
			.bodyText()
			.contains("Someone else saved this item while you were editing it.", "My late title");
		assertThat(this.roadmaps.item(this.id, item.getId(), this.client).getTitle())
			.isEqualTo("Calibration by the partner");
	}

	@Test
	void aKpiIsEditedWithItsVersionAndDeletedWithItsActuals() {
		Kpi kpi = this.kpis.add(this.id, settings("270"), this.client);
		this.kpis.record(this.id, kpi.getId(), 1, BigDecimal.valueOf(320), this.client.access(),
				this.client.signature());

		assertThat(postKpi(kpi.getId(), "280", this.kpis.kpi(this.id, kpi.getId(), this.client.access()).getVersion()))
			.hasRedirectedUrl("/engagements/" + this.id + "/kpis#kpi-" + kpi.getId());
		assertThat(this.kpis.kpi(this.id, kpi.getId(), this.client.access()).getTarget()).isEqualByComparingTo("280");

		assertThat(this.mvc.post()
			.uri("/engagements/" + this.id + "/kpis/" + kpi.getId() + "/delete")
			.with(csrf())
			.with(user(this.client))).hasRedirectedUrl("/engagements/" + this.id + "/kpis");
		assertThat(this.kpis.kpis(this.id, this.client.access())).isEmpty();
		assertThat(this.mvc.get()
			.uri("/engagements/" + this.id + "/kpis/" + kpi.getId() + "/edit")
			.with(user(this.client))).hasStatus(404);
	}

	@Test
	void aStaleKpiEditKeepsTheInputAndChangesNothing() {
		Kpi kpi = this.kpis.add(this.id, settings("270"), this.client);
		long read = kpi.getVersion();
		this.kpis.change(this.id, kpi.getId(), read, settings("275"), this.client);

		assertThat(postKpi(kpi.getId(), "260", read)).hasStatusOk()
			.bodyText()
			.contains("Someone else saved this KPI while you were editing it.", "value=\"260\"");
		assertThat(this.kpis.kpi(this.id, kpi.getId(), this.client.access()).getTarget()).isEqualByComparingTo("275");
	}

	private static Plan plan(String title) {
		return new Plan(title, null, LocalDate.of(2026, 12, 1), OwnerSide.JOINT, ItemStatus.PLANNED, false);
	}

	private static Kpi.Settings settings(String target) {
		return new Kpi.Settings("Handling time", "s", KpiKind.EFFICIENCY, Direction.LOWER_IS_BETTER,
				BigDecimal.valueOf(300), new BigDecimal(target), 9, BigDecimal.valueOf(20));
	}

	private MockMvcRequestBuilder post(String uri, String title, long version) {
		return this.mvc.post()
			.uri(uri)
			.with(csrf())
			.with(user(this.client))
			.param("title", title)
			.param("dueDate", "2026-12-01")
			.param("ownerSide", "JOINT")
			.param("status", "PLANNED")
			.param("version", String.valueOf(version));
	}

	private MockMvcRequestBuilder postKpi(Long kpiId, String target, long version) {
		return this.mvc.post()
			.uri("/engagements/" + this.id + "/kpis/" + kpiId + "/edit")
			.with(csrf())
			.with(user(this.client))
			.param("name", "Handling time")
			.param("unit", "s")
			.param("kind", "EFFICIENCY")
			.param("direction", "LOWER_IS_BETTER")
			.param("baseline", "300")
			.param("target", target)
			.param("targetMonth", "9")
			.param("allowedDipPercent", "20")
			.param("version", String.valueOf(version));
	}

}
