package com.rolloutplanner.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.rolloutplanner.RolloutDemoTest;
import com.rolloutplanner.RolloutIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * X-Forwarded-* headers are believed only from the proxies the installation names
 * (TRUSTED_PROXIES): a client cannot choose the host of the addresses the application
 * writes, such as the log-in redirect.
 */
class ForwardedHeadersTests {

	static String loginRedirect(int port) throws Exception {
		HttpResponse<Void> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engagements/new"))
				.header("X-Forwarded-Host", "evil.example")
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-For", "203.0.113.9")
				.GET()
				.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(answer.statusCode()).isEqualTo(302);
		return answer.headers().firstValue("Location").orElseThrow();
	}

	@Nested
	@RolloutIntegrationTest
	class WithNoProxyNamed {

		@LocalServerPort
		int port;

		@Test
		void theForwardedHostOfAnyClientIsIgnored() throws Exception {
			assertThat(loginRedirect(this.port)).doesNotContain("evil.example").doesNotStartWith("https:");
		}

	}

	@Nested
	@RolloutDemoTest
	class BehindANamedProxy {

		@LocalServerPort
		int port;

		@Test
		void theProxysForwardedHostAndProtocolAreBelieved() throws Exception {
			assertThat(loginRedirect(this.port)).startsWith("https://evil.example");
		}

	}

}
