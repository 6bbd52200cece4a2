package com.rolloutplanner.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.organisation.Organisation;

import static com.rolloutplanner.engagement.EngagementBuilder.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The engagement's repository on the real database, each test in a transaction rolled
 * back at its end, with organisations of its own.
 */
@RolloutIntegrationTest
@Transactional
class EngagementRepositoryTests {

	@Autowired
	EngagementRepository repository;

	@PersistenceContext
	EntityManager entityManager;

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
		Organisation client = organisation("Aurora Energy");
		Organisation partner = organisation("Nordic Contact Partners");
		Engagement saved = this.repository.save(anEngagement().between(client, partner)
			.goal(GoalType.COST_REDUCTION, 12, "10 % lower cost per contact")
			.build());
		this.entityManager.flush();
		this.entityManager.clear();

		Engagement loaded = this.repository.findById(saved.getId()).orElseThrow();

		assertThat(loaded.getClient().getName()).isEqualTo(client.getName());
		assertThat(loaded.getPartner().getName()).isEqualTo(partner.getName());
		assertThat(loaded.getGoals()).extracting(Goal::getType)
			.containsExactly(GoalType.CUSTOMER_EXPERIENCE, GoalType.COST_REDUCTION);
		assertThat(loaded.getChannels()).hasSize(2);
		assertThat(loaded.getGoLiveDate()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(loaded.getVersion()).isZero();
	}

	@Test
	void countsAVersionUpOnEveryRevision() {
		Organisation client = organisation("Aurora Energy");
		Organisation partner = organisation("Nordic Contact Partners");
		Engagement engagement = this.repository.save(anEngagement().between(client, partner).build());
		this.entityManager.flush();

		engagement.revise(anEngagement().between(client, partner).goLive(LocalDate.of(2026, 10, 31)).terms(),
				Instant.parse("2026-11-02T00:00:00Z"));
		this.repository.saveAndFlush(engagement);

		assertThat(engagement.getVersion()).isEqualTo(1);
	}

	@Test
	void findsAllWithTheirPartiesInOneQuery() {
		Organisation client = organisation("Aurora Energy");
		Organisation partner = organisation("Nordic Contact Partners");
		this.repository.save(anEngagement().between(client, partner).name("One " + client.getName()).build());
		this.repository.save(anEngagement().between(partner, client).name("Two " + client.getName()).build());
		this.entityManager.flush();
		this.entityManager.clear();

		Statistics statistics = statistics();
		List<String> names = this.repository.findAllWithParties()
			.stream()
			.filter((e) -> e.getName().endsWith(client.getName()))
			.map((e) -> e.getName() + ": " + e.getClient().getName() + " / " + e.getPartner().getName())
			.toList();

		assertThat(names).containsExactlyInAnyOrder(
				"One " + client.getName() + ": " + client.getName() + " / " + partner.getName(),
				"Two " + client.getName() + ": " + partner.getName() + " / " + client.getName());
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
	}

	@Test
	void readsThePartiesOfAnEngagementWithOneNarrowQuery() {
		Organisation client = organisation("Aurora Energy");
		Organisation partner = organisation("Nordic Contact Partners");
		Engagement saved = this.repository.save(anEngagement().between(client, partner).name("Narrow").build());
		this.entityManager.flush();
		this.entityManager.clear();

		Statistics statistics = statistics();
		Parties parties = this.repository.findParties(saved.getId()).orElseThrow();

		assertThat(parties).isEqualTo(new Parties(saved.getId(), "Narrow", client.getId(), partner.getId(),
				LocalDate.of(2026, 9, 30), 36, new Onboarding(400, 25_000L)));
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
		assertThat(statistics.getEntityLoadCount()).isZero();
		assertThat(this.repository.findParties(Long.MAX_VALUE)).isEmpty();
	}

	/** An organisation of this test's own (its name unique in the shared database). */
	private Organisation organisation(String name) {
		Organisation organisation = new Organisation(name + " " + UUID.randomUUID());
		this.entityManager.persist(organisation);
		return organisation;
	}

	private Statistics statistics() {
		Statistics statistics = this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactory.class)
			.getStatistics();
		statistics.clear();
		return statistics;
	}

	@Test
	void theDatabaseRefusesTheSameOrganisationOnBothSides() {
		Organisation client = organisation("Aurora Energy");
		this.entityManager.flush();

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.update("insert into engagement (version, name, client_organisation_id, partner_organisation_id, channels, "
					+ "go_live_date, contract_model, contract_months, created_at, updated_at) "
					+ "values (0, 'x', ?, ?, '', DATE '2026-01-01', 'PILOT', 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
					client.getId(), client.getId()));
	}

}
