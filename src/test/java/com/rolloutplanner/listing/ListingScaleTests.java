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

		this.generated.growTo(1_000);
		assertThat(counted(1_000)).isEqualTo(atAHundred);

		this.generated.growTo(10_000);
		assertThat(counted(10_000)).isEqualTo(atAHundred);
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
