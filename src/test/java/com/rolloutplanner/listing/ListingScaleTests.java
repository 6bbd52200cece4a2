package com.rolloutplanner.listing;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.rolloutplanner.benchmark.GeneratedData;
import com.rolloutplanner.system.StatementCounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The dashboard and the API list on generated data ({@code --rollout.generate=N}, in a
 * database of its own, grown from 100 to 1,000 and 10,000 engagements, of which the
 * reader's organisation sees a tenth): every request, with nothing kept from before, runs
 * the same statements at every size.
 */
@SpringBootTest(properties = { "rollout.generate=100",
		"spring.datasource.url=jdbc:h2:mem:scale;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ StatementCounting.class, GeneratedData.class })
@DirtiesContext
class ListingScaleTests {

	/**
	 * The requests counted, each with nothing kept, each with engagements to show at
	 * every size (the page is not read when nothing matches): three years on, every
	 * generated engagement is in continuous development.
	 */
	static final List<String> REQUESTS = List.of("/", "/?sort=kpis&dir=desc", "/?page=3&sort=due&dir=desc",
			"/?asOf=" + LocalDate.now().plusYears(3) + "&phase=CONTINUOUS_DEVELOPMENT&sort=progress",
			"/api/engagements",
			"/api/engagements?page=1&size=5&asOf=" + LocalDate.now().plusYears(3) + "&phase=CONTINUOUS_DEVELOPMENT");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Listings listings;

	@Autowired
	CacheManager caches;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GeneratedData generated;

	@Test
	void everyRequestRunsAtMostEightStatementsAndTheSameAtAHundredAThousandAndTenThousandEngagements() {
		List<Long> atAHundred = counted(100);
		assertThat(atAHundred).allSatisfy((count) -> assertThat(count).isBetween(1L, 8L));
		List<Long> writesAtAHundred = writes(100);
		// 51, 50 and 55 before the annex was no longer compared after running work
		// (change.WorkChange) and a KPI's actuals were read with it; 35, 33 and 38
		// before the listing wrote only the parts a change touches (change.ChangedPart).
		assertThat(writesAtAHundred).allSatisfy((count) -> assertThat(count).isBetween(1L, 30L));

		this.generated.growTo(1_000);
		assertThat(counted(1_000)).isEqualTo(atAHundred);
		assertThat(writes(1_000)).isEqualTo(writesAtAHundred);

		this.generated.growTo(10_000);
		assertThat(counted(10_000)).isEqualTo(atAHundred);
		assertThat(writes(10_000)).isEqualTo(writesAtAHundred);

		// The same writes on a KPI with 200 months of history.
		Long kpi = this.jdbc.sql(FIRST_KPI).query(Long.class).single();
		for (int month = 13; month <= 212; month++) {
			this.jdbc.sql("insert into kpi_actual (kpi_id, journey_month, actual_value) values (?, ?, 75)")
				.params(kpi, month)
				.update();
		}
		assertThat(writes(10_000)).isEqualTo(writesAtAHundred);
	}

	/**
	 * The statements of the writes a reader makes through the API, each on the request's
	 * own thread (the listing and the history written in its transaction; the mails and
	 * webhooks heard afterwards elsewhere are not counted): a KPI actual, an action, an
	 * issue.
	 */
	/** The first KPI of the reader's organisation, the one written to. */
	private static final String FIRST_KPI = "select min(k.id) from kpi k join engagement e on e.id = k.engagement_id "
			+ "join user_account u on u.organisation_id = e.client_organisation_id where u.username = 'client.manager'";

	private List<Long> writes(int engagements) {
		UserDetails reader = this.users.loadUserByUsername("client.manager");
		Long[] kpi = this.jdbc.sql("select id, engagement_id from kpi where id = (" + FIRST_KPI + ")")
			.query((rs, row) -> new Long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		Long id = kpi[1];
		// The month's actual replaced: the first write may create it.
		Runnable actual = () -> assertThat(this.mvc.post()
			.uri("/api/engagements/{id}/kpis/{kpiId}/actuals", id, kpi[0])
			.with(user(reader))
			.contentType("application/json")
			.content("{\"month\": 2, \"value\": " + (50 + engagements % 7) + "}")).hasStatus2xxSuccessful();
		actual.run();
		List<Long> counts = List.of(StatementCounting.onThisThread(actual),
				StatementCounting.onThisThread(() -> assertThat(this.mvc.post()
					.uri("/api/engagements/{id}/actions", id)
					.with(user(reader))
					.contentType("application/json")
					.content("{\"title\": \"Call the partner " + engagements
							+ "\", \"ownerSide\": \"CLIENT\", \"dueDate\": \"" + LocalDate.now().plusDays(9) + "\"}"))
					.hasStatus2xxSuccessful()),
				StatementCounting
					.onThisThread(() -> assertThat(this.mvc.post()
						.uri("/api/engagements/{id}/issues", id)
						.with(user(reader))
						.contentType("application/json")
						.content("{\"title\": \"Queue grows " + engagements
								+ "\", \"severity\": \"MEDIUM\", \"ownerSide\": \"PARTNER\"}"))
						.hasStatus2xxSuccessful()));
		System.out.printf("Statements of a KPI actual, an action, an issue at %,d engagements: %s%n", engagements,
				counts);
		return counts;
	}

	private List<Long> counted(int engagements) {
		assertThat(this.jdbc.sql("select count(*) from engagement_listing").query(Long.class).single())
			.isEqualTo(engagements);
		UserDetails reader = this.users.loadUserByUsername("client.manager");
		List<Long> counts = REQUESTS.stream().map((uri) -> {
			this.caches.getCacheNames().forEach((name) -> this.caches.getCache(name).clear());
			StatementCounting.COUNT.set(0);
			assertThat(this.mvc.get().uri(uri).with(user(reader))).hasStatusOk();
			return StatementCounting.COUNT.get();
		}).toList();
		System.out.printf("Statements at %,d engagements: %s for %s%n", engagements, counts, REQUESTS);
		return counts;
	}

}
