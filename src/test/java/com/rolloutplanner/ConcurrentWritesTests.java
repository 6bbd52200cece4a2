package com.rolloutplanner;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.apitoken.ApiScope;
import com.rolloutplanner.apitoken.ApiTokens;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes to one engagement at the same moment, through a running server: actions,
 * business-case actuals of different months and KPI actuals of different months, eight
 * threads released together at a barrier, round after round. Every write succeeds and the
 * engagement's listing is one row that shows the last of them. Runs on H2 and, in the
 * postgres-tests profile, on PostgreSQL, where rows of the listing written again by two
 * transactions at once once collided.
 */
@RolloutIntegrationTest
class ConcurrentWritesTests {

	static final int THREADS = 8;

	private static final int ROUNDS = 10;

	private static final String CASE = """
			{"baselineMonthlyCost": 100000,
			 "plannedMonthlyCost": {"START_UP": 110000, "LEARNING": 90000, "ESTABLISHED": 70000,
			                        "CONTINUOUS_DEVELOPMENT": 70000},
			 "plannedMonthlyBenefit": 0,
			 "investments": {"hourlyRate": 80, "transitionCosts": 2000}}""";

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Engagements engagements;

	@Autowired
	Kpis kpis;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate database;

	final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	ApiTokens tokens;

	String username;

	String token;

	Long id;

	List<Long> kpiIds = new ArrayList<>();

	@BeforeEach
	void setUp() throws Exception {
		String suffix = Long.toString(System.nanoTime(), 36);
		this.username = "concurrent." + suffix;
		TestUsers.ensure(this.accounts, this.organisations, this.username, "Conny Current",
				"Concurrent Client " + suffix, Role.MANAGER);
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Concurrent " + suffix)
				.between(this.organisations.findOrAdd("Concurrent Client " + suffix),
						this.organisations.findOrAdd("Concurrent Partner " + suffix))
				.goLive(LocalDate.of(2024, 1, 1))
				.terms(), "Test")
			.getId();
		CurrentUser user = (CurrentUser) this.users.loadUserByUsername(this.username);
		this.token = this.tokens.create(user.getId(), "Concurrent writes", ApiScope.READ_WRITE, 30).orElseThrow();
		for (String name : List.of("CSAT", "FCR")) {
			this.kpiIds
				.add(this.kpis
					.add(this.id,
							new Kpi.Settings(name, "%", KpiKind.QUALITY, Direction.HIGHER_IS_BETTER,
									BigDecimal.valueOf(80), BigDecimal.valueOf(88), 9, BigDecimal.valueOf(15)),
							user)
					.getId());
		}
		assertThat(send("PUT", "/business-case", CASE).statusCode()).isEqualTo(201);
	}

	@Test
	void eightWritesOfEveryKindToOneEngagementAtTheSameMomentAllSucceed() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<String> failures = new ArrayList<>();
		int month = 0;
		try {
			for (int round = 0; round < ROUNDS; round++) {
				CyclicBarrier barrier = new CyclicBarrier(THREADS);
				List<Future<HttpResponse<String>>> answers = new ArrayList<>();
				for (int t = 0; t < THREADS; t++) {
					int m = ++month;
					String[] write = switch (t % 4) {
						case 0 -> new String[] { "POST", "/actions", "{\"title\": \"Task " + m
								+ "\", \"ownerSide\": \"CLIENT\", \"dueDate\": \"2026-12-20\"}" };
						case 1 -> new String[] { "POST", "/business-case/actuals",
								"{\"month\": " + m + ", \"cost\": 100000, \"benefit\": 0}" };
						case 2 -> new String[] { "POST", "/kpis/" + this.kpiIds.get(0) + "/actuals",
								"{\"month\": " + m + ", \"value\": 80}" };
						default -> new String[] { "POST", "/kpis/" + this.kpiIds.get(1) + "/actuals",
								"{\"month\": " + m + ", \"value\": 75}" };
					};
					answers.add(pool.submit(() -> {
						barrier.await(30, TimeUnit.SECONDS);
						return send(write[0], write[1], write[2]);
					}));
				}
				for (Future<HttpResponse<String>> answer : answers) {
					HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
					if (response.statusCode() >= 300) {
						failures.add(response.request().uri().getPath() + " → " + response.statusCode() + " "
								+ response.body());
					}
				}
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(failures).isEmpty();
		assertThat(this.database.queryForObject("select count(*) from action_item where engagement_id = ?",
				Integer.class, this.id))
			.isEqualTo(ROUNDS * THREADS / 4);
		assertThat(this.database.queryForObject(
				"select count(*) from kpi_actual a join kpi k on k.id = a.kpi_id where k.engagement_id = ?",
				Integer.class, this.id))
			.isEqualTo(ROUNDS * THREADS / 2);
		assertThat(this.database.queryForObject("select count(*) from engagement_listing where engagement_id = ?",
				Integer.class, this.id))
			.isEqualTo(1);
	}

	@Test
	void theSameWriteSentTwiceAtOnceWithAnIdempotencyKeyIsDoneOnce() throws Exception {
		String json = "{\"title\": \"Book the room\", \"ownerSide\": \"CLIENT\", \"dueDate\": \"2026-12-20\"}";
		List<Integer> statuses = twiceAtOnce("POST", "/api/engagements/" + this.id + "/actions", json, "booking-1");

		assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		assertThat(send("POST", "/actions", json, "booking-1").body()).contains("Idempotency-Key", "done already");
		assertThat(send("POST", "/actions", json, "not a key!").statusCode()).isEqualTo(400);
		assertThat(this.database.queryForObject(
				"select count(*) from action_item where engagement_id = ? and title = 'Book the room'", Integer.class,
				this.id))
			.isEqualTo(1);
	}

	@Test
	void everyWriteOfTheApiSentTwiceAtOnceWithOneIdempotencyKeyIsDoneOnce() throws Exception {
		Long client = this.organisations.findOrAdd("Concurrent Client " + this.username.substring(11)).getId();
		Long partner = this.database.queryForObject("select partner_organisation_id from engagement where id = ?",
				Long.class, this.id);
		String terms = "{\"name\": \"Twice %s\", \"clientOrganisationId\": " + client + ", \"partnerOrganisationId\": "
				+ partner
				+ ", \"goLiveDate\": \"2024-01-01\", \"contractModel\": \"PARTNERSHIP\", \"contractMonths\": 24%s}";
		String action = "{\"title\": \"Twice\", \"ownerSide\": \"CLIENT\", \"dueDate\": \"2026-12-20\"%s}";
		assertThat(onceOfTwo("POST", "/api/engagements", terms.formatted("new " + this.username, ""), "engagement"))
			.as("a new engagement")
			.isEqualTo(201);
		assertThat(onceOfTwo("PUT", "/api/engagements/" + this.id,
				terms.formatted("renamed", ", \"version\": " + version("/api/engagements/" + this.id)), "terms"))
			.as("the engagement's terms")
			.isEqualTo(200);
		assertThat(onceOfTwo("PUT", "/api/engagements/" + this.id + "/business-case",
				CASE.replace("\"plannedMonthlyBenefit\": 0",
						"\"plannedMonthlyBenefit\": 5000, \"version\": "
								+ version("/api/engagements/" + this.id + "/business-case")),
				"case"))
			.as("the business case")
			.isEqualTo(200);
		assertThat(onceOfTwo("POST", "/api/engagements/" + this.id + "/business-case/actuals",
				"{\"month\": 3, \"cost\": 1, \"benefit\": 0}", "month"))
			.as("a business-case month")
			.isEqualTo(200);
		assertThat(onceOfTwo("POST", "/api/engagements/" + this.id + "/kpis/" + this.kpiIds.get(0) + "/actuals",
				"{\"month\": 3, \"value\": 80}", "kpi"))
			.as("a KPI actual")
			.isEqualTo(200);
		assertThat(onceOfTwo("POST", "/api/engagements/" + this.id + "/actions", action.formatted(""), "action"))
			.as("an action")
			.isEqualTo(201);
		// One action, not two (a second would make this query fail).
		Long actionId = this.database.queryForObject(
				"select id from action_item where engagement_id = ? and title = 'Twice'", Long.class, this.id);
		assertThat(onceOfTwo("PUT", "/api/engagements/" + this.id + "/actions/" + actionId,
				action
					.formatted(", \"done\": true, \"version\": " + version("/api/engagements/" + this.id + "/actions")),
				"done"))
			.as("an action's change")
			.isEqualTo(200);
		assertThat(onceOfTwo("DELETE", "/api/engagements/" + this.id, "", "delete")).as("the deletion").isEqualTo(204);

		assertThat(this.database.queryForObject("select count(*) from engagement where name = ?", Integer.class,
				"Twice new " + this.username))
			.isEqualTo(1);
	}

	/**
	 * Sends one write twice at the same moment with the same Idempotency-Key: one is done
	 * and answers its status, the other answers 409 before it reaches the write.
	 */
	private int onceOfTwo(String method, String path, String json, String key) throws Exception {
		List<Integer> statuses = twiceAtOnce(method, path, json, key + "-" + this.username.replace('.', '-'));
		assertThat(statuses).as(method + " " + path).contains(409).hasSize(2);
		return statuses.stream().filter((s) -> s != 409).findFirst().orElse(409);
	}

	/**
	 * The statuses of one request sent twice at the same moment (released at a barrier).
	 */
	private List<Integer> twiceAtOnce(String method, String path, String json, String key) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Integer> statuses = new ArrayList<>();
		try {
			CyclicBarrier barrier = new CyclicBarrier(2);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				answers.add(pool.submit(() -> {
					barrier.await(30, TimeUnit.SECONDS);
					return sendTo(method, path, json, key);
				}));
			}
			for (Future<HttpResponse<String>> answer : answers) {
				statuses.add(answer.get(60, TimeUnit.SECONDS).statusCode());
			}
		}
		finally {
			pool.shutdownNow();
		}
		return statuses;
	}

	private long version(String path) throws Exception {
		String body = sendTo("GET", path, "", null).body();
		java.util.regex.Matcher version = java.util.regex.Pattern.compile("\"version\"\\s*:\\s*(\\d+)").matcher(body);
		assertThat(version.find()).as("a version in " + body).isTrue();
		return Long.parseLong(version.group(1));
	}

	/** A request as a client sends it, with an Idempotency-Key when one is given. */
	private HttpResponse<String> sendTo(String method, String path, String json, String key) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", "Bearer " + this.token)
			.header("Accept", "application/json");
		if (json.isEmpty()) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A write to this engagement as a client sends it, with an Idempotency-Key when one
	 * is given.
	 */
	private HttpResponse<String> send(String method, String path, String json, String key) throws Exception {
		return sendTo(method, "/api/engagements/" + this.id + path, json, key);
	}

	private HttpResponse<String> send(String method, String path, String json) throws Exception {
		return send(method, path, json, null);
	}

}
