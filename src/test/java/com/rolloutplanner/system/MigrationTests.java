package com.rolloutplanner.system;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations that change kept data, each run on a schema of its own (on H2, or on
 * PostgreSQL when the suite runs there): migrated up to the version before, given rows as
 * an installation of that version kept them, then migrated to the end.
 */
class MigrationTests {

	static final String URL = System.getProperty("rollout.test.database-url",
			"jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
					+ "DB_CLOSE_DELAY=-1");

	@Test
	void keptMeetingsGetTheMomentTheyStartInTheirOwnTimeZone() {
		Schema schema = new Schema("legacy_meetings", "24");
		Long id = schema.engagement("Old desk", "NULL", "NULL");
		String insert = "insert into legacy_meetings.meeting (version, engagement_id, kind, starts_at, duration_minutes, "
				+ "time_zone, created_at) values (0, ?, 'STEERING_GROUP', TIMESTAMP '2026-03-29 10:00:00', 60, ?, "
				+ "CURRENT_TIMESTAMP)";
		schema.jdbc.update(insert, id, "Europe/Helsinki");
		schema.jdbc.update(insert, id, "America/New_York");

		schema.migrate();

		assertThat(schema.jdbc.queryForList("select starts_moment from legacy_meetings.meeting order by id",
				OffsetDateTime.class))
			.extracting((moment) -> moment.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().toString())
			// Summer time began in Helsinki that morning (+3), in New York weeks before
			// (-4)
			.containsExactly("2026-03-29T07:00", "2026-03-29T14:00");
	}

	@Test
	void onboardingKeptOnlyInTheBusinessCaseMovesToTheEngagementsTermsWhichOtherwiseStand() {
		Schema schema = new Schema("legacy_onboarding", "25");
		Long silent = schema.engagement("Silent terms", "NULL", "NULL");
		Long hoursOnly = schema.engagement("Hours in the terms", "40", "0");
		Long both = schema.engagement("Both in the terms", "120", "9000");
		Long noCase = schema.engagement("No case", "NULL", "NULL");
		String insert = "insert into legacy_onboarding.business_case (engagement_id, version, currency, "
				+ "baseline_monthly_cost, cost_model, cost_start_up, cost_learning, cost_established, cost_continuous, "
				+ "planned_monthly_benefit, onboarding_budget, onboarding_hours_client, onboarding_hours_partner, "
				+ "hourly_rate, transition_costs) values (?, 0, 'EUR', 100, 'PER_PHASE', 110, 90, 70, 70, 0, ?, ?, ?, "
				+ "50, 0)";
		schema.jdbc.update(insert, silent, new java.math.BigDecimal("5000.40"), 20, 30);
		schema.jdbc.update(insert, hoursOnly, new java.math.BigDecimal("5000.00"), 20, 30);
		schema.jdbc.update(insert, both, new java.math.BigDecimal("5000.00"), 20, 30);

		schema.migrate();

		List<Map<String, Object>> rows = schema.jdbc.queryForList(
				"select id, onboarding_hours, onboarding_budget_eur from legacy_onboarding.engagement order by id");
		assertThat(rows)
			.extracting((row) -> List.of(row.get("id"), String.valueOf(row.get("onboarding_hours")),
					String.valueOf(row.get("onboarding_budget_eur"))))
			.containsExactly(List.of(silent, "50", "5000"), List.of(hoursOnly, "40", "5000"),
					List.of(both, "120", "9000"), List.of(noCase, "null", "null"));
		assertThat(schema.jdbc.queryForList("select column_name from information_schema.columns where "
				+ "table_schema = 'legacy_onboarding' and table_name = 'business_case' and column_name like 'onboarding%'",
				String.class))
			.isEmpty();
	}

	/** A schema of its own, migrated up to a version. */
	private static final class Schema {

		final String name;

		final Flyway flyway;

		final JdbcTemplate jdbc;

		Schema(String name, String before) {
			this.name = name;
			DriverManagerDataSource dataSource = new DriverManagerDataSource(URL,
					System.getProperty("rollout.test.database-username", "sa"),
					System.getProperty("rollout.test.database-password", ""));
			this.flyway = Flyway.configure()
				.dataSource(dataSource)
				.schemas(name)
				.cleanDisabled(false)
				.locations("classpath:db/migration")
				.load();
			this.flyway.clean();
			Flyway.configure().configuration(this.flyway.getConfiguration()).target(before).load().migrate();
			this.jdbc = new JdbcTemplate(dataSource);
			this.jdbc.update("insert into " + name + ".organisation (name, name_key) values "
					+ "('Old Client', 'old client'), ('Old Partner', 'old partner')");
		}

		/**
		 * An engagement between the two organisations with its onboarding (SQL values).
		 */
		Long engagement(String engagementName, String onboardingHours, String onboardingBudget) {
			this.jdbc.update("insert into " + this.name + ".engagement (version, name, client_organisation_id, "
					+ "partner_organisation_id, channels, go_live_date, contract_model, contract_months, "
					+ "onboarding_hours, onboarding_budget_eur, created_at, updated_at) select 0, ?, min(id), max(id), "
					+ "'', DATE '2026-01-01', 'PARTNERSHIP', 24, " + onboardingHours + ", " + onboardingBudget
					+ ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP from " + this.name + ".organisation", engagementName);
			return this.jdbc.queryForObject("select max(id) from " + this.name + ".engagement", Long.class);
		}

		void migrate() {
			Flyway.configure().configuration(this.flyway.getConfiguration()).load().migrate();
		}

	}

}
