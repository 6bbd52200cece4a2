package com.rolloutplanner.web;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.rolloutplanner.RolloutDemoTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round trips through the pages of a running server, as a user makes them, for everything
 * a user keeps: create it with the form its page offers, see it listed, change it, revoke
 * or delete it with the button beside it, and see it gone (and its address answer no
 * more). Every form is found on its page and sent with the values the page gives, changed
 * only where a user would type.
 */
@RolloutDemoTest
class RoundTripTests {

	@LocalServerPort
	int port;

	WebSession tab;

	String engagement;

	@BeforeEach
	void logIn() {
		this.tab = new WebSession(this.port).language("en").logIn("client.manager", "demo");
		Document dashboard = page("/");
		this.engagement = dashboard.select("a.row-title").first().attr("href");
	}

	@Test
	void aCalendarFeedIsCreatedListedAndRevokedAndItsAddressAnswersNoMore() {
		Document created = send("/account/calendar", (f) -> f.attr("action").equals("/account/calendar"),
				Map.of("label", "Round-trip phone"));
		String address = find(created.text(), "(https?://\\S+/calendar/[A-Za-z0-9_-]+\\.ics)");
		assertThat(this.tab.get(address).statusCode()).isEqualTo(200);
		assertThat(row(page("/account/calendar"), "Round-trip phone")).isNotNull();

		send("/account/calendar", revokeIn("Round-trip phone"), Map.of());

		assertThat(this.tab.get(address).statusCode()).isEqualTo(404);
		Element row = row(page("/account/calendar"), "Round-trip phone");
		assertThat(row == null || row.select("form[action$=/revoke]").isEmpty()).as("no revoke button left").isTrue();
	}

	@Test
	void anApiTokenIsCreatedListedAndRevokedAndNoLongerLetsItsHolderIn() {
		Document created = send("/account/tokens", (f) -> f.attr("action").equals("/account/tokens"),
				Map.of("name", "Round-trip import"));
		String token = find(created.text(), "\\b(rp_[A-Za-z0-9_-]{20,})\\b");
		assertThat(bearer(token)).isEqualTo(200);
		assertThat(row(page("/account/tokens"), "Round-trip import")).isNotNull();

		send("/account/tokens", revokeIn("Round-trip import"), Map.of());

		assertThat(bearer(token)).isEqualTo(401);
	}

	@Test
	void aShareLinkIsCreatedListedOpenedAndRevoked() {
		String share = this.engagement + "/share";
		Document created = send(share, (f) -> f.attr("action").equals(share), Map.of("label", "Round-trip board"));
		String link = find(created.text(), "(https?://\\S+/s/[A-Za-z0-9_-]{20,})");
		assertThat(new WebSession(this.port).get(link).statusCode()).isEqualTo(200);
		assertThat(row(page(share), "Round-trip board").text()).contains("Active");

		send(share, revokeIn("Round-trip board"), Map.of());

		assertThat(new WebSession(this.port).get(link).statusCode()).isEqualTo(404);
		assertThat(row(page(share), "Round-trip board").text()).contains("Revoked");
	}

	@Test
	void aRoadmapItemIsAddedListedChangedAndDeleted() {
		String roadmap = this.engagement + "/roadmap";
		send(roadmap, (f) -> f.attr("action").equals(roadmap),
				Map.of("title", "Round-trip quality check", "dueDate", "2027-03-15"));
		Element row = row(page(roadmap), "Round-trip quality check");
		String edit = row.select("a[href$=/edit]").attr("href");

		send(edit, (f) -> f.attr("action").equals(edit), Map.of("title", "Round-trip quality review"));
		assertThat(row(page(roadmap), "Round-trip quality check")).isNull();
		assertThat(row(page(roadmap), "Round-trip quality review")).isNotNull();

		send(roadmap, deleteIn("Round-trip quality review"), Map.of());
		assertThat(row(page(roadmap), "Round-trip quality review")).isNull();
	}

	@Test
	void aKpiIsAddedListedChangedAndDeleted() {
		String kpis = this.engagement + "/kpis";
		send(kpis, (f) -> f.attr("action").equals(kpis),
				Map.of("name", "Round-trip first reply", "unit", "min", "baseline", "30", "target", "10", "targetMonth",
						"9", "allowedDipPercent", "20", "direction", "LOWER_IS_BETTER"));
		assertThat(page(kpis).text()).contains("Round-trip first reply");
		String edit = page(kpis).select("a[href$=/edit]")
			.stream()
			.filter((a) -> a.attr("aria-label").contains("Round-trip first reply")
					|| a.parent().text().contains("Round-trip"))
			.findFirst()
			.orElseThrow()
			.attr("href");

		send(edit, (f) -> f.attr("action").equals(edit), Map.of("name", "Round-trip first answer"));
		assertThat(page(kpis).text()).contains("Round-trip first answer").doesNotContain("Round-trip first reply");

		send(edit, (f) -> f.attr("action").endsWith("/delete"), Map.of());
		assertThat(page(kpis).text()).doesNotContain("Round-trip first answer");
	}

	@Test
	void aBusinessCaseMonthIsRecordedListedChangedAndDeleted() {
		String page = this.engagement + "/business-case";
		Predicate<Element> record = (f) -> f.attr("action").equals(page + "/actuals");
		send(page, record, Map.of("month", "23", "cost", "91234", "benefit", "0"));
		assertThat(actual(page(page), "23 (").text()).contains("91,234");

		send(page, record, Map.of("month", "23", "cost", "80000", "benefit", "0"));
		assertThat(actual(page(page), "23 (").text()).contains("80,000").doesNotContain("91,234");

		send(page, (f) -> f.attr("action").equals(page + "/actuals/23/delete"), Map.of());
		assertThat(actual(page(page), "23 (")).isNull();
	}

	@Test
	void aMeetingIsScheduledListedMovedGivenNotesADecisionAndAnActionAndCancelled() {
		String meetings = this.engagement + "/meetings";
		HttpResponse<String> scheduled = sendRaw(meetings,
				(f) -> f.attr("action").equals(meetings) && f.select("[name=kind]").size() > 0,
				Map.of("date", "2027-02-10", "time", "14:30", "place", "Round-trip room"));
		String meeting = scheduled.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceAll("^https?://[^/]+", "")
			.replaceAll("#.*$", "");
		assertThat(meeting).matches(".*/meetings/[0-9]+");
		assertThat(page(meetings).text()).contains("10 Feb 2027, 14:30");

		send(meeting + "/edit", (f) -> f.attr("action").equals(meeting + "/edit"), Map.of("time", "15:00"));
		assertThat(page(meetings).text()).contains("10 Feb 2027, 15:00").doesNotContain("10 Feb 2027, 14:30");

		send(meeting, (f) -> f.attr("action").equals(meeting + "/decisions"),
				Map.of("text", "Round-trip decision", "decidedBy", "Steering group"));
		assertThat(page(meeting).select(".decision-list").text()).contains("Round-trip decision");
		send(meeting, (f) -> f.attr("action").contains("/decisions/") && f.attr("action").endsWith("/remove"),
				Map.of());
		assertThat(page(meeting).select(".decision-list").text()).doesNotContain("Round-trip decision");

		// Notes typed, changed and cleared again
		Predicate<Element> notesForm = (f) -> f.attr("action").equals(meeting + "/notes");
		String notes = page(meeting).select("form[action=" + meeting + "/notes] textarea[name^=notes-]")
			.first()
			.attr("name");
		send(meeting, notesForm, Map.of(notes, "Round-trip notes"));
		assertThat(page(meeting).select("textarea[name=" + notes + "]").text()).isEqualTo("Round-trip notes");
		send(meeting, notesForm, Map.of(notes, "Round-trip notes, changed"));
		assertThat(page(meeting).select("textarea[name=" + notes + "]").text()).isEqualTo("Round-trip notes, changed");
		send(meeting, notesForm, Map.of(notes, ""));
		assertThat(page(meeting).select("textarea[name=" + notes + "]").text()).isEmpty();

		// An action handed out: listed under the meeting and on the actions page, done
		// there
		send(meeting, (f) -> f.attr("action").equals(meeting + "/actions"),
				Map.of("title", "Round-trip action", "ownerSide", "PARTNER", "dueDate", "2027-02-20"));
		assertThat(page(meeting).text()).contains("Round-trip action");
		String actions = this.engagement + "/actions";
		assertThat(page(actions).select("section[aria-labelledby=open-heading]").text()).contains("Round-trip action");
		send(actions, (f) -> f.attr("action").endsWith("/done") && rowOf(f).text().contains("Round-trip action"),
				Map.of());
		assertThat(page(actions).select("section[aria-labelledby=open-heading]").text())
			.doesNotContain("Round-trip action");
		assertThat(page(actions).select("section[aria-labelledby=done-heading]").text()).contains("Round-trip action");

		send(meeting, (f) -> f.attr("action").equals(meeting + "/cancel"), Map.of());
		assertThat(page(meetings).text()).doesNotContain("10 Feb 2027, 15:00");
		assertThat(this.tab.get(meeting).statusCode()).isEqualTo(404);
	}

	// What a user does on a page

	private Document page(String path) {
		HttpResponse<String> answer = this.tab.open(path);
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(answer.body(), this.tab.base());
	}

	/**
	 * Sends the first form of the page that matches, with the values typed; the page it
	 * lands on.
	 */
	private Document send(String path, Predicate<Element> which, Map<String, String> typed) {
		HttpResponse<String> answer = sendRaw(path, which, typed);
		assertThat(answer.statusCode())
			.as("the answer to a form on " + path + ": " + Jsoup.parse(answer.body()).select(".error, .flash").text())
			.isEqualTo(302);
		HttpResponse<String> landed = this.tab.open(answer.headers().firstValue("Location").orElseThrow());
		assertThat(landed.statusCode()).isEqualTo(200);
		return Jsoup.parse(landed.body(), this.tab.base());
	}

	private HttpResponse<String> sendRaw(String path, Predicate<Element> which, Map<String, String> typed) {
		Document page = page(path);
		Element form = page.select("form[method=post]")
			.stream()
			.filter(which)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no such form on " + path));
		Map<String, String> fields = PageForms.fields(form);
		fields.putAll(typed);
		return this.tab.postWithToken(path, form.attr("action"), fields);
	}

	/** The revoke form in the row that names the thing. */
	private Predicate<Element> revokeIn(String name) {
		return (f) -> f.attr("action").endsWith("/revoke") && rowOf(f).text().contains(name);
	}

	private Predicate<Element> deleteIn(String name) {
		return (f) -> f.attr("action").endsWith("/delete") && rowOf(f).text().contains(name);
	}

	private static Element rowOf(Element element) {
		Element row = element.closest("tr, li");
		return (row != null) ? row : element;
	}

	/** The row of the business case's actual months that names the month. */
	private static Element actual(Document page, String month) {
		return page.select("table[aria-labelledby=actuals-heading] tbody tr")
			.stream()
			.filter((r) -> r.text().startsWith(month))
			.findFirst()
			.orElse(null);
	}

	/** The innermost row or list item that names the thing. */
	private static Element row(Document page, String text) {
		return page.select("tr, li")
			.stream()
			.filter((r) -> r.text().contains(text)
					&& r.select("tr, li").stream().noneMatch((inner) -> inner != r && inner.text().contains(text)))
			.findFirst()
			.orElse(null);
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as(regex + " in " + text).isTrue();
		return matcher.group(1);
	}

	private int bearer(String token) {
		try {
			return java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(this.tab.base() + "/api/engagements"))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.ofString())
				.statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
