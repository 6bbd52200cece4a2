package com.rolloutplanner.steering;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that gives each kept meeting the moment it starts, worked out from its
 * own time zone, run on a schema of its own (on H2, or on PostgreSQL when the suite runs
 * there).
 */
class MeetingMigrationTests {

	static final String URL = System.getProperty("rollout.test.database-url",
			"jdbc:h2:mem:meeting-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
					+ "DB_CLOSE_DELAY=-1");

	@Test
	void keptMeetingsGetTheMomentTheyStartInTheirOwnTimeZone() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(URL,
				System.getProperty("rollout.test.database-username", "sa"),
				System.getProperty("rollout.test.database-password", ""));
		Flyway flyway = Flyway.configure()
			.dataSource(dataSource)
			.schemas("legacy_meetings")
			.cleanDisabled(false)
			.locations("classpath:db/migration")
			.load();
		flyway.clean();
		Flyway.configure().configuration(flyway.getConfiguration()).target("24").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update(
				"insert into legacy_meetings.organisation (name, name_key) values ('Old Client', 'old client'), ('Old Partner', 'old partner')");
		jdbc.update(
				"insert into legacy_meetings.engagement (version, name, client_organisation_id, partner_organisation_id, "
						+ "channels, go_live_date, contract_model, contract_months, created_at, updated_at) select 0, "
						+ "'Old desk', min(id), max(id), '', DATE '2026-01-01', 'PARTNERSHIP', 24, CURRENT_TIMESTAMP, "
						+ "CURRENT_TIMESTAMP from legacy_meetings.organisation");
		Long id = jdbc.queryForObject("select id from legacy_meetings.engagement", Long.class);
		String insert = "insert into legacy_meetings.meeting (version, engagement_id, kind, starts_at, duration_minutes, "
				+ "time_zone, created_at) values (0, ?, 'STEERING_GROUP', TIMESTAMP '2026-03-29 10:00:00', 60, ?, "
				+ "CURRENT_TIMESTAMP)";
		jdbc.update(insert, id, "Europe/Helsinki");
		jdbc.update(insert, id, "America/New_York");

		Flyway.configure().configuration(flyway.getConfiguration()).load().migrate();

		assertThat(jdbc.queryForList("select starts_moment from legacy_meetings.meeting order by id",
				OffsetDateTime.class))
			.extracting((moment) -> moment.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().toString())
			// Summer time began in Helsinki that morning (+3), in New York weeks before
			// (-4)
			.containsExactly("2026-03-29T07:00", "2026-03-29T14:00");
	}

}
