package com.rolloutplanner.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import com.rolloutplanner.organisation.Organisation;

import static com.rolloutplanner.engagement.EngagementBuilder.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@TestPropertySource(properties = {
		"spring.datasource.url=${rollout.test.database-url:jdbc:h2:mem:repository-slice;"
				+ "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
		"spring.jpa.properties.hibernate.generate_statistics=true" })
class EngagementRepositoryTests {

	@Autowired
	EngagementRepository repository;

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void flywayCreatedTheSchemaThatHibernateValidated() {
		Integer applied = this.jdbc.queryForObject(
				"select count(*) from \"flyway_schema_history\" where \"version\" = '1' and \"success\" = true",
				Integer.class);

		assertThat(applied).isEqualTo(1);
	}

	@Test
	void storesAnEngagementWithItsGoalsChannelsAndParties() {
		Organisation client = this.entityManager.persist(new Organisation("Aurora Energy"));
		Organisation partner = this.entityManager.persist(new Organisation("Nordic Contact Partners"));
		Engagement saved = this.repository.save(anEngagement().between(client, partner)
			.goal(GoalType.COST_REDUCTION, 12, "10 % lower cost per contact")
			.build());
		this.entityManager.flush();
		this.entityManager.clear();

		Engagement loaded = this.repository.findById(saved.getId()).orElseThrow();

		assertThat(loaded.getClient().getName()).isEqualTo("Aurora Energy");
		assertThat(loaded.getPartner().getName()).isEqualTo("Nordic Contact Partners");
		assertThat(loaded.getGoals()).extracting(Goal::getType)
			.containsExactly(GoalType.CUSTOMER_EXPERIENCE, GoalType.COST_REDUCTION);
		assertThat(loaded.getChannels()).hasSize(2);
		assertThat(loaded.getGoLiveDate()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(loaded.getVersion()).isZero();
	}

	@Test
	void countsAVersionUpOnEveryRevision() {
		Organisation client = this.entityManager.persist(new Organisation("Aurora Energy"));
		Organisation partner = this.entityManager.persist(new Organisation("Nordic Contact Partners"));
		Engagement engagement = this.repository.save(anEngagement().between(client, partner).build());
		this.entityManager.flush();

		engagement.revise(anEngagement().between(client, partner).goLive(LocalDate.of(2026, 10, 31)).terms(),
				Instant.parse("2026-11-02T00:00:00Z"));
		this.repository.saveAndFlush(engagement);

		assertThat(engagement.getVersion()).isEqualTo(1);
	}

	@Test
	void findsAllWithTheirPartiesInOneQuery() {
		Organisation client = this.entityManager.persist(new Organisation("Aurora Energy"));
		Organisation partner = this.entityManager.persist(new Organisation("Nordic Contact Partners"));
		this.repository.save(anEngagement().between(client, partner).name("One").build());
		this.repository.save(anEngagement().between(partner, client).name("Two").build());
		this.entityManager.flush();
		this.entityManager.clear();

		Statistics statistics = statistics();
		List<String> names = this.repository.findAllWithParties()
			.stream()
			.filter((e) -> e.getName().length() == 3)
			.map((e) -> e.getName() + ": " + e.getClient().getName() + " / " + e.getPartner().getName())
			.toList();

		assertThat(names).containsExactlyInAnyOrder("One: Aurora Energy / Nordic Contact Partners",
				"Two: Nordic Contact Partners / Aurora Energy");
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
	}

	@Test
	void readsThePartiesOfAnEngagementWithOneNarrowQuery() {
		Organisation client = this.entityManager.persist(new Organisation("Aurora Energy"));
		Organisation partner = this.entityManager.persist(new Organisation("Nordic Contact Partners"));
		Engagement saved = this.repository.save(anEngagement().between(client, partner).name("Narrow").build());
		this.entityManager.flush();
		this.entityManager.clear();

		Statistics statistics = statistics();
		Parties parties = this.repository.findParties(saved.getId()).orElseThrow();

		assertThat(parties).isEqualTo(new Parties(saved.getId(), "Narrow", client.getId(), partner.getId(),
				LocalDate.of(2026, 9, 30), 36, new Onboarding(400, 25_000L)));
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
		assertThat(statistics.getEntityLoadCount()).isZero();
		assertThat(this.repository.findParties(saved.getId() + 1000)).isEmpty();
	}

	private Statistics statistics() {
		Statistics statistics = this.entityManager.getEntityManager()
			.getEntityManagerFactory()
			.unwrap(SessionFactory.class)
			.getStatistics();
		statistics.clear();
		return statistics;
	}

	@Test
	void theDatabaseRefusesTheSameOrganisationOnBothSides() {
		Organisation client = this.entityManager.persist(new Organisation("Aurora Energy"));
		this.entityManager.flush();

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.update("insert into engagement (version, name, client_organisation_id, partner_organisation_id, channels, "
					+ "go_live_date, contract_model, contract_months, created_at, updated_at) "
					+ "values (0, 'x', ?, ?, '', DATE '2026-01-01', 'PILOT', 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
					client.getId(), client.getId()));
	}

}
