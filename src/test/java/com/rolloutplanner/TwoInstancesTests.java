package com.rolloutplanner;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two application instances on one PostgreSQL, as behind a load balancer: a session
 * opened on one is served by the other, and a change made through one is seen through the
 * other. Runs in the postgres-tests profile; elsewhere it is skipped with a message.
 */
class TwoInstancesTests {

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		String url = System.getProperty("rollout.test.database-url", "");
		boolean required = Boolean.getBoolean("rollout.postgres.required");
		if (!url.startsWith("jdbc:postgresql:")) {
			assertThat(required).as("PostgreSQL is required here but rollout.test.database-url is not set").isFalse();
			assumeTrue(false, "Skipped: no PostgreSQL (run scripts/postgres.sh start and pass -Drollout.postgres.url)");
		}
		first = start(url);
		second = start(url);
		TestUsers.ensure(first.getBean(Accounts.class), first.getBean(Organisations.class), "two.admin", "Tom Two",
				"Two Instances Administration", Role.ADMIN);
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void aSessionFromTheFirstInstanceIsServedByTheSecondAndChangesAreSharedBothWays() throws Exception {
		HttpClient browser = browser();
		String one = base(first);
		String two = base(second);

		HttpResponse<String> login = logIn(browser, one);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));

		HttpResponse<String> dashboardOnTwo = get(browser, two + "/");
		assertThat(dashboardOnTwo.statusCode()).isEqualTo(200);
		assertThat(dashboardOnTwo.body()).contains("Tom Two");

		String form = get(browser, two + "/engagements/new").body();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf(form));
		fields.put("name", "Made on instance two");
		fields.put("newClientOrganisation", "Two Instances Client");
		fields.put("newPartnerOrganisation", "Two Instances Partner");
		fields.put("goLiveDate", "2026-10-01");
		fields.put("contractModel", "PARTNERSHIP");
		fields.put("contractMonths", "24");
		HttpResponse<String> created = post(browser, two + "/engagements/new", fields);
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		String path = URI.create(location).getPath();

		HttpResponse<String> seenOnOne = get(browser, one + path);
		assertThat(seenOnOne.statusCode()).isEqualTo(200);
		assertThat(seenOnOne.body()).contains("Made on instance two", "Two Instances Partner");
	}

	@Test
	void pageViewsWithinAMinuteReadTheSessionWithoutWritingIt() throws Exception {
		HttpClient browser = browser();
		String one = base(first);
		logIn(browser, one);
		assertThat(get(browser, one + "/").statusCode()).isEqualTo(200);
		String stamps = "select session_id || ' ' || last_access_time || ' ' || expiry_time from spring_session "
				+ "where principal_name = 'two.admin' order by last_access_time desc limit 1";
		JdbcTemplate database = first.getBean(JdbcTemplate.class);
		String stored = database.queryForObject(stamps, String.class);

		for (int i = 0; i < 3; i++) {
			assertThat(get(browser, (i % 2 == 0 ? base(second) : one) + "/").statusCode()).isEqualTo(200);
		}

		assertThat(database.queryForObject(stamps, String.class)).isEqualTo(stored);
		HttpResponse<String> stillIn = get(browser, one + "/account/notifications");
		assertThat(stillIn.statusCode()).isEqualTo(200);
		assertThat(stillIn.body()).contains("Tom Two");
	}

	/**
	 * A client that keeps its cookies and does not follow redirects, as a browser's tab.
	 */
	private static HttpClient browser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private static HttpResponse<String> logIn(HttpClient browser, String base)
			throws IOException, InterruptedException {
		String loginPage = get(browser, base + "/login").body();
		return post(browser, base + "/login",
				Map.of("username", "two.admin", "password", TestUsers.PASSWORD, "_csrf", csrf(loginPage)));
	}

	private static ConfigurableApplicationContext start(String url) {
		// Arguments, not default properties: they must win over
		// application-postgres.properties.
		return new SpringApplicationBuilder(Application.class).profiles("postgres")
			.run("--server.port=0", "--spring.datasource.url=" + url,
					"--spring.datasource.username=" + System.getProperty("rollout.test.database-username", "rollout"),
					"--spring.datasource.password=" + System.getProperty("rollout.test.database-password", ""),
					"--logging.level.root=WARN");
	}

	private static String base(ConfigurableApplicationContext context) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(HttpClient client, String url, Map<String, String> fields)
			throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return client.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

}
