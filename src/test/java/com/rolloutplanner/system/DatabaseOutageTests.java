package com.rolloutplanner.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.rolloutplanner.RolloutDemoTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.web.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database out of reach (every connection of the pool held elsewhere, so that no
 * request gets one, as when the server is down): a page answers within seconds with a
 * translated "service unavailable" page, the API with a 503 problem, and readiness says
 * DOWN; once the database is back, everything answers again.
 */
@RolloutDemoTest
class DatabaseOutageTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Test
	void withoutTheDatabaseAPageAndTheApiSayTheServiceIsUnavailableWithinSecondsAndReadinessIsDown() throws Exception {
		TestUsers.ensure(this.accounts, this.organisations, "outage.user", "Otto Outage", "Outage Org", Role.MANAGER);
		WebSession tab = new WebSession(this.port).language("fi").logIn("outage.user", TestUsers.PASSWORD);
		List<java.sql.Connection> held = new ArrayList<>();
		for (int i = 0; i < this.dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize(); i++) {
			held.add(this.dataSource.getConnection());
		}
		try {
			long start = System.nanoTime();
			HttpResponse<String> page = tab.get("/");
			Duration waited = Duration.ofNanos(System.nanoTime() - start);
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.body()).contains("Palvelu ei ole hetkeen käytettävissä");
			assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(waited).as("the wait is bounded").isLessThan(Duration.ofSeconds(10));

			HttpResponse<String> api = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/engagements"))
					.header("Authorization",
							"Basic " + java.util.Base64.getEncoder()
								.encodeToString(("outage.user:" + TestUsers.PASSWORD).getBytes()))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));

			assertThat(tab.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
		}
		finally {
			for (java.sql.Connection connection : held) {
				connection.close();
			}
		}
		assertThat(tab.get("/").statusCode()).isEqualTo(200);
		assertThat(tab.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

}
