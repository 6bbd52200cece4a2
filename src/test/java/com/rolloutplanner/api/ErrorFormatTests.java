package com.rolloutplanner.api;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleResponse;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors that no controller answers itself, through the real server and its error
 * dispatch: problem details under {@code /api/} in the caller's language, the product's
 * own translated pages elsewhere; never the framework's or the container's page.
 */
@RolloutIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorFormatTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Clock clock;

	@Autowired
	ApiContract contract;

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.accounts, this.organisations, "errors.client", "Erkki Error", "Errors Client",
				Role.MANAGER);
	}

	@Test
	void anUnknownApiAddressIsAProblemInTheCallersLanguage() throws Exception {
		HttpResponse<String> response = send(api("/api/nowhere").header("Accept-Language", "fi").GET());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"detail\":\"Tässä osoitteessa ei ole mitään.\"", "\"status\":404");
	}

	@Test
	void aMethodOrAFormatTheApiDoesNotTakeIsAProblem() throws Exception {
		HttpResponse<String> delete = send(api("/api/organisations").DELETE());
		assertThat(delete.statusCode()).isEqualTo(405);
		assertThat(delete.body()).contains("This method is not allowed here.");

		HttpResponse<String> xml = send(api("/api/organisations").header("Accept", "application/xml").GET());
		assertThat(xml.statusCode()).isEqualTo(406);
		assertThat(xml.body()).contains("This address answers only JSON");
		this.contract.check(ApiContract.request("GET", "/api/organisations", null, null), response(xml));

		HttpResponse<String> text = send(
				api("/api/engagements").header("Content-Type", "text/plain").POST(BodyPublishers.ofString("x")));
		assertThat(text.statusCode()).isEqualTo(415);
		assertThat(text.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		this.contract.check(ApiContract.request("POST", "/api/engagements", "text/plain", "x"), response(text));
	}

	@Test
	void aManagerOnAnAdministratorsPageIsToldInTheirLanguage() throws Exception {
		logIn();

		HttpResponse<String> english = send(page("/admin/users?lang=en").GET());
		assertThat(english.statusCode()).isEqualTo(403);
		assertThat(english.body()).contains("You don’t have access to this page");
		HttpResponse<String> finnish = send(page("/admin/users?lang=fi").GET());
		assertThat(finnish.body()).contains("Sinulla ei ole pääsyä tälle sivulle");
	}

	@Test
	void anUnknownPageIsTheProductsOwnPage() throws Exception {
		logIn();

		HttpResponse<String> response = send(page("/no/such/page?lang=fi").GET());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<main", "Sivua ei löytynyt").doesNotContain("Whitelabel", "Tomcat");
	}

	@Test
	void aMalformedPercentEncodingIsABadRequestNotAServerError(CapturedOutput output) throws Exception {
		java.net.HttpURLConnection page = raw("/login?x=%zz&lang=fi");
		java.net.HttpURLConnection api = raw("/api/engagements?asOf=%E0%A4%A");
		api.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
			.encodeToString(("errors.client:" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));

		assertThat(page.getResponseCode()).isEqualTo(400);
		assertThat(new String(page.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).contains("<main");
		assertThat(api.getResponseCode()).isEqualTo(400);
		assertThat(api.getContentType()).startsWith("application/problem+json");
		assertThat(output.getAll()).doesNotContain("InvalidParameterException", " ERROR ");
	}

	@Test
	void anOverSizeUploadIsTheProductsOwnTooLargePage() throws Exception {
		logIn();
		String csrf = Jsoup.parse(send(page("/account/password").GET()).body())
			.select("input[name=_csrf]")
			.attr("value");
		String boundary = "----rollout" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + "a".repeat(1_500_000) + "\r\n--" + boundary + "--\r\n";

		HttpResponse<String> response = send(page("/engagements/1/kpis/import").header("Accept-Language", "fi")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofString(body)));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Tiedosto on liian suuri");
	}

	/**
	 * A request as a client may send it, escapes unchecked (java.net.URI would refuse
	 * them).
	 */
	@SuppressWarnings("deprecation")
	private java.net.HttpURLConnection raw(String path) throws Exception {
		return (java.net.HttpURLConnection) new java.net.URL("http://127.0.0.1:" + this.port + path).openConnection();
	}

	private void logIn() throws Exception {
		String login = send(page("/login").GET()).body();
		String csrf = Jsoup.parse(login).select("input[name=_csrf]").attr("value");
		String form = "username=errors.client&password=" + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + csrf;
		HttpResponse<String> loggedIn = send(page("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form)));
		assertThat(loggedIn.statusCode()).isEqualTo(302);
	}

	private HttpRequest.Builder api(String path) {
		String basic = Base64.getEncoder()
			.encodeToString(("errors.client:" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
		return page(path).header("Authorization", "Basic " + basic);
	}

	private HttpRequest.Builder page(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private static Response response(HttpResponse<String> response) {
		return SimpleResponse.Builder.status(response.statusCode())
			.withContentType(response.headers().firstValue("Content-Type").orElse(null))
			.withBody(response.body())
			.build();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

}
