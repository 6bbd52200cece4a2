package com.rolloutplanner.history;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.rolloutplanner.history.HistoryArgument.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that turned the audit rows into history entries, run on a schema of its
 * own (on H2, or on PostgreSQL when the suite runs there): an installation keeps its
 * history.
 */
class HistoryMigrationTests {

	static final String URL = System.getProperty("rollout.test.database-url",
			"jdbc:h2:mem:history-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
					+ "DB_CLOSE_DELAY=-1");

	@Test
	void auditRowsBecomeHistoryEntriesWithTypedArguments() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(URL,
				System.getProperty("rollout.test.database-username", "sa"),
				System.getProperty("rollout.test.database-password", ""));
		Flyway flyway = Flyway.configure()
			.dataSource(dataSource)
			.schemas("legacy_history")
			.cleanDisabled(false)
			.locations("classpath:db/migration")
			.load();
		flyway.clean();
		Flyway.configure().configuration(flyway.getConfiguration()).target("6").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into legacy_history.organisation (name) values ('Old Client'), ('Old Partner')");
		jdbc.update(
				"insert into legacy_history.engagement (version, name, client_organisation_id, partner_organisation_id, channels,"
						+ " go_live_date, contract_model, contract_months, created_at, updated_at) select 0, 'Old desk',"
						+ " min(id), max(id), '', DATE '2026-01-01', 'PARTNERSHIP', 24, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
						+ " from legacy_history.organisation");
		Long id = jdbc.queryForObject("select id from legacy_history.engagement", Long.class);
		String insert = "insert into legacy_history.audit_entry (engagement_id, changed_at, actor, action, field, old_value, new_value)"
				+ " values (?, TIMESTAMP WITH TIME ZONE '2026-02-01 10:00:00+00', 'Kaisa', ?, ?, ?, ?)";
		jdbc.update(insert, id, "CREATED", null, null, null);
		jdbc.update(insert, id, "GATE_SIGNED", "gate.GO_LIVE", null, "PARTNER");
		jdbc.update(insert, id, "KPI_ACTUAL", "kpi:Handling \"time\"", "1: 350", "1: 340\nchecked");
		jdbc.update(insert, id, "UPDATED", "goal.COST_REDUCTION", "9|", "12|Lower \\ cost");

		Flyway.configure().configuration(flyway.getConfiguration()).load().migrate();

		List<Map<String, Object>> rows = jdbc
			.queryForList("select engagement_id, engagement_name, actor, message_key, arguments, marked "
					+ "from legacy_history.history_entry order by id");
		assertThat(rows).hasSize(4);
		assertThat(rows).extracting((row) -> row.get("message_key"))
			.containsExactly("history.entry.engagementCreated", "history.entry.legacy", "history.entry.legacy",
					"history.entry.legacy");
		assertThat(rows).extracting((row) -> ((Number) row.get("engagement_id")).longValue()).containsOnly(id);
		assertThat(rows).extracting((row) -> row.get("engagement_name")).containsOnly("Old desk");
		assertThat(arguments(rows.get(0))).containsExactly(new HistoryArgument(Kind.TEXT, "Old desk"));
		assertThat(arguments(rows.get(1))).containsExactly(
				new HistoryArgument(Kind.MESSAGE, "history.action.GATE_SIGNED"),
				new HistoryArgument(Kind.MESSAGE, "gate.GO_LIVE"), new HistoryArgument(Kind.MESSAGE, "history.none"),
				new HistoryArgument(Kind.MESSAGE, "side.PARTNER"));
		assertThat(arguments(rows.get(2))).containsExactly(
				new HistoryArgument(Kind.MESSAGE, "history.action.KPI_ACTUAL"),
				new HistoryArgument(Kind.TEXT, "Handling \"time\""), new HistoryArgument(Kind.TEXT, "1: 350"),
				new HistoryArgument(Kind.TEXT, "1: 340\nchecked"));
		assertThat(arguments(rows.get(3))).contains(new HistoryArgument(Kind.MESSAGE, "goalType.COST_REDUCTION"),
				new HistoryArgument(Kind.TEXT, "12|Lower \\ cost"));
	}

	private static List<HistoryArgument> arguments(Map<String, Object> row) {
		return HistoryRecorder.decode((String) row.get("arguments"));
	}

}
