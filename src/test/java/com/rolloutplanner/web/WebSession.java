package com.rolloutplanner.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's tab against a running server, without a browser: it keeps its cookies,
 * follows no redirect by itself, sends forms with the page's CSRF token and the page as
 * its referrer, as Chromium does.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private final int port;

	private String language = "en";

	public WebSession(int port) {
		this.port = port;
		this.base = "http://127.0.0.1:" + port;
	}

	public int port() {
		return this.port;
	}

	public String base() {
		return this.base;
	}

	public WebSession language(String language) {
		this.language = language;
		return this;
	}

	/** Logs in with the login form; the answer is the redirect to the dashboard. */
	public WebSession logIn(String username, String password) {
		HttpResponse<String> answer = post("/login", "/login", Map.of("username", username, "password", password));
		assertThat(answer.statusCode()).as("log-in of " + username).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/** Follows redirects from this address to the page they end on. */
	public HttpResponse<String> open(String path) {
		HttpResponse<String> answer = get(path);
		for (int i = 0; i < 5 && answer.statusCode() / 100 == 3; i++) {
			answer = get(answer.headers().firstValue("Location").orElseThrow());
		}
		return answer;
	}

	/**
	 * Posts a form found on {@code page} (read first for its token) to {@code action}.
	 */
	public HttpResponse<String> post(String page, String action, Map<String, String> fields) {
		String token = csrf(get(page).body());
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token);
		return postWithToken(page, action, all);
	}

	/** Posts a form that already carries its {@code _csrf}. */
	public HttpResponse<String> postWithToken(String page, String action, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Referer", this.base + page)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public String csrfOf(String page) {
		return csrf(get(page).body());
	}

	public static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : this.base + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.header("Accept-Language", this.language).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
