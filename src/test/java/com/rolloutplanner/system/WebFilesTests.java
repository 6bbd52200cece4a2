package com.rolloutplanner.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.rolloutplanner.RolloutIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What browsers and crawlers ask of any site, through the real server: compressed text, a
 * robots file, the icon at its old address, a description of every page; and no work on
 * every request that nothing reads.
 */
@RolloutIntegrationTest
class WebFilesTests {

	@LocalServerPort
	int port;

	@Autowired
	ObservationRegistry observations;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void textIsCompressedForAClientThatAcceptsGzip() throws Exception {
		HttpResponse<byte[]> zipped = get("/css/app.css", "gzip");
		HttpResponse<byte[]> plain = get("/css/app.css", "identity");

		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
		assertThat(get("/login", "gzip").headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	@Test
	void stylesScriptsAndTheIconAreSentAsTheyWereCompressedAtBuildTimeNotCompressedPerRequest() throws Exception {
		org.springframework.core.io.support.PathMatchingResourcePatternResolver files = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
		List<org.springframework.core.io.Resource> texts = new java.util.ArrayList<>();
		for (String pattern : List.of("classpath:/static/**/*.css", "classpath:/static/**/*.js",
				"classpath:/static/**/*.svg")) {
			texts.addAll(List.of(files.getResources(pattern)));
		}
		assertThat(texts).hasSizeGreaterThanOrEqualTo(6);
		for (org.springframework.core.io.Resource text : texts) {
			org.springframework.core.io.Resource zipped = text.createRelative(text.getFilename() + ".gz");
			assertThat(zipped.exists()).as("%s has a compressed variant (pom.xml, precompress-static-files)", text)
				.isTrue();
			try (java.io.InputStream in = new java.util.zip.GZIPInputStream(zipped.getInputStream())) {
				assertThat(in.readAllBytes()).as("%s.gz holds the file as it is", text)
					.isEqualTo(text.getContentAsByteArray());
			}
		}

		String login = new String(get("/login", "identity").body());
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"")
			.matcher(login);
		assertThat(link.find()).isTrue();
		HttpResponse<byte[]> css = get(link.group(1), "gzip, deflate, br");

		assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(css.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Accept-Encoding"));
		assertThat(css.body()).isEqualTo(
				new org.springframework.core.io.ClassPathResource("static/css/app.css.gz").getContentAsByteArray());
	}

	@Test
	void pagesLinkStylesByTheirContentHashAndBrowsersKeepThemForAYearWithoutASession() throws Exception {
		String login = new String(get("/login", "identity").body());
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"")
			.matcher(login);
		assertThat(link.find()).as("a content-hashed style link in %s", login).isTrue();

		HttpResponse<byte[]> css = get(link.group(1), "identity");

		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000", "public"));
		assertThat(css.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(css.headers().firstValue("Content-Security-Policy")).isPresent();
		// The icon too: without a session, never a login redirect (which a login
		// would then return to instead of the dashboard).
		java.util.regex.Matcher icon = java.util.regex.Pattern.compile("href=\"(/favicon-[0-9a-f]{32}\\.svg)\"")
			.matcher(login);
		assertThat(icon.find()).as("a content-hashed icon link in %s", login).isTrue();
		HttpResponse<byte[]> svg = get(icon.group(1), "identity");
		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(svg.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(svg.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000"));
		// The plain address still answers, for bookmarks and the PDF renderer.
		assertThat(get("/css/app.css", "identity").statusCode()).isEqualTo(200);
	}

	@Test
	void aRequestIsObservedAsAWholeWithoutTimingEveryStepOfTheSecurityChain() throws Exception {
		List<String> started = new CopyOnWriteArrayList<>();
		AtomicBoolean listening = new AtomicBoolean(true);
		this.observations.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return listening.get();
			}

			@Override
			public void onStart(Observation.Context context) {
				started.add(context.getName());
			}

		});
		try {
			assertThat(get("/login", "identity").statusCode()).isEqualTo(200);
			assertThat(get("/favicon.svg", "identity").statusCode()).isEqualTo(200);
		}
		finally {
			listening.set(false);
		}

		assertThat(started).contains("http.server.requests").noneMatch((name) -> name.startsWith("spring.security"));
	}

	@Test
	void checkingWhetherALogLevelIsOnPassesNoFilterThatCountsLogEvents() {
		ch.qos.logback.classic.LoggerContext logging = (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory
			.getILoggerFactory();

		assertThat(logging.getTurboFilterList()).isEmpty();
	}

	@Test
	void crawlersFindOnlyTheSignInPageAndEveryPageDescribesTheProduct() throws Exception {
		HttpResponse<byte[]> robots = get("/robots.txt", "identity");

		assertThat(robots.statusCode()).isEqualTo(200);
		assertThat(new String(robots.body())).contains("User-agent: *", "Allow: /login", "Disallow: /");
		assertThat(new String(get("/login", "identity").body())).contains("<meta name=\"description\"", "rel=\"icon\"");
	}

	@Test
	void theIconAnswersAtTheAddressOldBrowsersAskFor() throws Exception {
		HttpResponse<byte[]> icon = get("/favicon.ico", "identity");

		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/svg+xml"));
		assertThat(new String(icon.body())).startsWith("<svg");
	}

	private HttpResponse<byte[]> get(String path, String encoding) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Encoding", encoding)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
