package com.rolloutplanner.system;

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

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text typed in Finnish arrives as typed, through the real server: a browser sends a form
 * in UTF-8, and nothing may read the parameters before their encoding is set.
 */
@RolloutIntegrationTest
class FormEncodingTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Engagements engagements;

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void aReasonTypedInFinnishIsKeptLetterForLetter() throws Exception {
		TestUsers.ensure(this.accounts, this.organisations, "encoding.manager", "Eeva Encoding", "Encoding Client",
				Role.MANAGER);
		Long id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Encoding pilot")
				.between(this.organisations.findOrAdd("Encoding Client"),
						this.organisations.findOrAdd("Encoding Partner"))
				.contract(ContractModel.PILOT, 4)
				.terms(), "Test")
			.getId();
		post("/login",
				Map.of("username", "encoding.manager", "password", TestUsers.PASSWORD, "_csrf", token(get("/login"))));

		String page = get("/engagements/" + id);
		HttpResponse<String> acknowledged = post("/engagements/" + id + "/flags/acknowledge", Map.of("_csrf",
				token(page), "code", "PILOT_MODEL", "finding", "PILOT", "reason", "Hyväksytty ohjausryhmässä – öljyä"));

		assertThat(acknowledged.statusCode()).isEqualTo(302);
		assertThat(get("/engagements/" + id)).contains("Hyväksytty ohjausryhmässä – öljyä");
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = new LinkedHashMap<>(form).entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String token(String page) {
		Matcher matcher = TOKEN.matcher(page);
		assertThat(matcher.find()).as("a form with a token").isTrue();
		return matcher.group(1);
	}

}
