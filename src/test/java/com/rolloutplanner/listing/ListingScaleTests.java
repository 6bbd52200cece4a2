package com.rolloutplanner.listing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The dashboard and the API list on generated data ({@code --rollout.generate=N}, each
 * size in a database of its own) at 100, 1,000 and 10,000 engagements, of which the
 * reader's organisation sees a tenth: every request, with nothing kept from before, runs
 * the same statements at every size.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ com.rolloutplanner.system.StatementCounting.class, com.rolloutplanner.benchmark.GeneratedData.class })
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
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

	/** The statements of each request, by the number of engagements. */
	static final Map<Integer, List<Long>> COUNTED = new ConcurrentHashMap<>();

	abstract static class Size {

		@Autowired
		MockMvcTester mvc;

		@Autowired
		UserDetailsService users;

		@Autowired
		Listings listings;

		@Autowired
		WaitingQuery waiting;

		@Autowired
		org.springframework.jdbc.core.simple.JdbcClient jdbc;

		List<Long> counted(int engagements) {
			assertThat(this.jdbc.sql("select count(*) from engagement_listing").query(Long.class).single())
				.isEqualTo(engagements);
			UserDetails reader = this.users.loadUserByUsername("client.manager");
			List<Long> counts = REQUESTS.stream().map((uri) -> {
				this.waiting.forget();
				this.listings.forget();
				com.rolloutplanner.system.StatementCounting.COUNT.set(0);
				assertThat(this.mvc.get().uri(uri).with(user(reader))).hasStatusOk();
				return com.rolloutplanner.system.StatementCounting.COUNT.get();
			}).toList();
			System.out.printf("Statements at %,d engagements: %s for %s%n", engagements, counts, REQUESTS);
			COUNTED.put(engagements, counts);
			return counts;
		}

	}

	@Nested
	@Order(1)
	@TestPropertySource(properties = { "rollout.generate=100",
			"spring.datasource.url=jdbc:h2:mem:scale-100;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
	@DirtiesContext
	class AHundred extends Size {

		@Test
		void runsAtMostEightStatementsPerRequest() {
			assertThat(counted(100)).allSatisfy((count) -> assertThat(count).isBetween(1L, 8L));
		}

	}

	@Nested
	@Order(2)
	@TestPropertySource(properties = { "rollout.generate=1000",
			"spring.datasource.url=jdbc:h2:mem:scale-1000;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
	@DirtiesContext
	class AThousand extends Size {

		@Test
		void runsTheSameStatementsAsAtAHundred() {
			assertThat(counted(1_000)).isEqualTo(COUNTED.get(100));
		}

	}

	@Nested
	@Order(3)
	@TestPropertySource(properties = { "rollout.generate=10000",
			"spring.datasource.url=jdbc:h2:mem:scale-10000;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
	@DirtiesContext
	class TenThousand extends Size {

		@Test
		void runsTheSameStatementsAsAtAHundredAndAThousand() {
			assertThat(counted(10_000)).isEqualTo(COUNTED.get(100)).isEqualTo(COUNTED.get(1_000));
		}

	}

}
