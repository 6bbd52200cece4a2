package com.rolloutplanner.web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.rolloutplanner.RolloutDemoTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A walk of the whole application as its users walk it, on the demo data with one of
 * everything a user keeps (a calendar feed and an API token besides the demo's meetings
 * ahead and held, actions, share links): as each demo role, in English and in Finnish,
 * from the dashboard along every link of this server, one page for each shape of address
 * (ids collapsed). Every answer is a page or a redirect; a 404 or a 5xx fails with the
 * page that linked to it. Then every form met on the way is sent once with the values its
 * page offers (defaults, first options), and then twice at the same moment as a double
 * click sends it: none may answer 5xx, and the double send changes no table by more rows
 * than the single send did (a form done twice would add or remove twice as many).
 */
@RolloutDemoTest
class WalkTests {

	/** The demo's logins, the administrator last (its forms change other users). */
	private static final List<String> ROLES = List.of("client.manager", "partner.manager", "other.client", "admin");

	private static final int MAX_PAGES = 400;

	/** Tables that change with every request, whatever it does. */
	private static final Set<String> BOOKKEEPING = Set.of("form_submission", "flyway_schema_history", "spring_session",
			"spring_session_attributes");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate database;

	/** A form met on the way: where it was, and what it sends. */
	private record Form(String page, String method, String action, Map<String, String> fields) {
	}

	@Test
	void everyLinkOfEveryPageOpensAndEveryFormAnswersWithoutAServerErrorForEveryRoleInBothLanguages() {
		List<String> broken = new ArrayList<>();
		Map<String, Map<String, Form>> formsByRole = new LinkedHashMap<>();
		Set<String> shapesSeen = new TreeSet<>();
		for (String role : ROLES) {
			Map<String, Form> forms = new LinkedHashMap<>();
			for (String language : List.of("en", "fi")) {
				WebSession tab = new WebSession(this.port).language(language).logIn(role, "demo");
				keep(tab, role + language);
				walk(tab, role + "/" + language, broken, forms, shapesSeen);
			}
			formsByRole.put(role, forms);
		}
		assertThat(broken).as("links that did not open").isEmpty();
		assertThat(shapesSeen).as("the walk reached every part of the product")
			.contains("/", "/engagements/{id}", "/engagements/{id}/roadmap", "/engagements/{id}/gates",
					"/engagements/{id}/kpis", "/engagements/{id}/business-case", "/engagements/{id}/meetings",
					"/engagements/{id}/meetings/{id}", "/engagements/{id}/actions", "/engagements/{id}/share",
					"/engagements/{id}/history", "/account/calendar", "/account/tokens", "/account/notifications",
					"/admin/users");

		List<String> failed = new ArrayList<>();
		List<String> doneTwice = new ArrayList<>();
		int sent = 0;
		for (String role : ROLES) {
			WebSession tab = new WebSession(this.port).logIn(role, "demo");
			// Forms that may end the walker's own account (a password reset, a
			// deactivation)
			// last.
			List<Form> forms = new ArrayList<>(formsByRole.get(role).values());
			forms.sort(java.util.Comparator
				.comparing((Form f) -> f.action().contains("reset-password") || f.action().contains("/deactivate")));
			for (Form form : forms) {
				if (tab.get("/").statusCode() != 200) {
					// An earlier form ended the session or the walker's password.
					HttpResponse<String> again = new WebSession(this.port).post("/login", "/login",
							Map.of("username", role, "password", "demo"));
					if (again.headers().firstValue("Location").orElse("").contains("error")) {
						break;
					}
					tab = new WebSession(this.port).logIn(role, "demo");
				}
				String name = role + ": " + form.method() + " " + form.action() + " from " + form.page();
				if (form.method().equals("get")) {
					HttpResponse<String> answer = query(tab, form);
					if (answer.statusCode() >= 500) {
						failed.add(name + " → " + answer.statusCode());
					}
					sent++;
					continue;
				}
				Map<String, Long> before = rows();
				HttpResponse<String> once = send(tab, form, false);
				Map<String, Long> afterOnce = rows();
				sent++;
				if (once.statusCode() >= 500) {
					failed.add(name + " → " + once.statusCode());
				}
				if (tab.get("/").statusCode() != 200) {
					// The form ended the walker's session (a deactivation): not sent
					// again.
					continue;
				}
				HttpResponse<String> twice = send(tab, form, true);
				Map<String, Long> afterTwice = rows();
				if (twice.statusCode() >= 500) {
					failed.add(name + " twice → " + twice.statusCode());
				}
				for (String table : afterTwice.keySet()) {
					long single = Math.abs(afterOnce.get(table) - before.get(table));
					long doubled = Math.abs(afterTwice.get(table) - afterOnce.get(table));
					if (doubled > single) {
						doneTwice.add(name + ": " + table + " changed by " + doubled + " rows when sent twice at once, "
								+ single + " when sent once");
					}
				}
			}
		}
		assertThat(failed).as("forms that answered a server error").isEmpty();
		assertThat(doneTwice).as("forms done twice by a double click").isEmpty();
		assertThat(sent).as("forms sent").isGreaterThan(40);
	}

	/** One of everything a user keeps that the demo does not have. */
	private static void keep(WebSession tab, String label) {
		assertThat(tab.post("/account/calendar", "/account/calendar", Map.of("label", "Feed " + label)).statusCode())
			.isEqualTo(302);
		assertThat(tab
			.post("/account/tokens", "/account/tokens", Map.of("name", "Token " + label, "scope", "READ", "days", "30"))
			.statusCode()).isIn(200, 302);
	}

	private static void walk(WebSession tab, String who, List<String> broken, Map<String, Form> forms,
			Set<String> shapesSeen) {
		Deque<String[]> queue = new ArrayDeque<>();
		Set<String> shapes = new LinkedHashSet<>();
		Set<String> files = new LinkedHashSet<>();
		queue.add(new String[] { "/", "(start)" });
		int pages = 0;
		while (!queue.isEmpty() && pages < MAX_PAGES) {
			String[] next = queue.poll();
			String path = next[0];
			if (!shapes.add(shape(path))) {
				continue;
			}
			pages++;
			HttpResponse<String> answer = tab.open(path);
			if (answer.statusCode() >= 400) {
				broken.add(who + ": " + path + " → " + answer.statusCode() + " (linked from " + next[1] + ")");
				continue;
			}
			String shape = shape(path);
			shapesSeen.add(shape.contains("?") ? shape.substring(0, shape.indexOf('?')) : shape);
			String type = answer.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("text/html")) {
				continue;
			}
			Document page = Jsoup.parse(answer.body());
			for (Element file : page.select("script[src], link[rel=stylesheet][href], link[rel=icon][href]")) {
				String src = file.hasAttr("src") ? file.attr("src") : file.attr("href");
				if (src.startsWith("/") && files.add(src)) {
					// The application's own files are for anyone (the log-in page uses
					// them);
					// a page's own (a report's print style) for its reader.
					boolean shared = src.startsWith("/css/") || src.startsWith("/js/") || src.startsWith("/favicon");
					int status = (shared ? new WebSession(tab.port()) : tab).get(src).statusCode();
					if (status != 200) {
						broken.add(who + ": the file " + src + " → " + status + " (used by " + path + ")");
					}
				}
			}
			for (Element link : page.select("a[href]")) {
				String href = link.attr("href");
				if (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/css/")
						&& !href.startsWith("/js/")) {
					String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
					if (!target.isEmpty()) {
						queue.add(new String[] { target.replace("&amp;", "&"), path });
					}
				}
			}
			for (Element form : page.select("form")) {
				String action = form.attr("action");
				String method = form.attr("method").isEmpty() ? "get" : form.attr("method").toLowerCase();
				if (!action.startsWith("/") || action.startsWith("/logout") || action.equals("/account/sessions/end")) {
					continue;
				}
				forms.putIfAbsent(method + " " + shape(action), new Form(path, method, action, PageForms.fields(form)));
			}
		}
	}

	private static HttpResponse<String> query(WebSession tab, Form form) {
		StringBuilder query = new StringBuilder();
		form.fields()
			.forEach((k, v) -> query.append(query.isEmpty() ? "?" : "&")
				.append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8))
				.append('=')
				.append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
		return tab.get(form.action() + query);
	}

	/**
	 * Sends a form as its page would, with a one-time id of its own: once, or twice at
	 * the same moment with the same id, as a double click sends it (the worse of the two
	 * answers counts).
	 */
	private static HttpResponse<String> send(WebSession tab, Form form, boolean twice) {
		Map<String, String> fields = new LinkedHashMap<>(form.fields());
		// The session's token (its page may be gone by now, deleted by an earlier form).
		fields.put("_csrf", tab.csrfOf("/"));
		if (fields.containsKey("_once")) {
			fields.put("_once", java.util.UUID.randomUUID().toString());
		}
		if (!twice) {
			return tab.postWithToken(form.page(), form.action(), fields);
		}
		java.util.concurrent.CompletableFuture<HttpResponse<String>> first = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> tab.postWithToken(form.page(), form.action(), fields));
		HttpResponse<String> second = tab.postWithToken(form.page(), form.action(), fields);
		HttpResponse<String> other = first.join();
		return (other.statusCode() >= second.statusCode()) ? other : second;
	}

	/** The number of rows of every table the product keeps. */
	private Map<String, Long> rows() {
		Map<String, Long> rows = new java.util.TreeMap<>();
		for (String table : this.database.queryForList("select table_name from information_schema.tables "
				+ "where lower(table_schema) = 'public' and table_type = 'BASE TABLE'", String.class)) {
			String name = table.toLowerCase(java.util.Locale.ROOT);
			if (!BOOKKEEPING.contains(name)) {
				rows.put(name, this.database.queryForObject("select count(*) from " + name, Long.class));
			}
		}
		return rows;
	}

	/**
	 * The shape of an address: its path with every id (a run of digits, or a token)
	 * collapsed, and the names of its query parameters.
	 */
	static String shape(String path) {
		URI uri = URI.create(path.replace(" ", "%20"));
		String collapsed = uri.getRawPath()
			.replaceAll("/[0-9]+(?=/|$|\\.)", "/{id}")
			.replaceAll("/s/[A-Za-z0-9_-]{20,}", "/s/{token}")
			.replaceAll("/calendar/[A-Za-z0-9_-]{20,}", "/calendar/{token}");
		TreeSet<String> names = new TreeSet<>();
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				names.add(pair.split("=")[0]);
			}
		}
		return collapsed + (names.isEmpty() ? "" : "?" + String.join("&", names));
	}

}
