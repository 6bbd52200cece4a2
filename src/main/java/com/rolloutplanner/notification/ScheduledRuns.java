package com.rolloutplanner.notification;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a job once per period across every instance: the instance that inserts the row of
 * the period first runs it; the others find it there and leave it.
 */
@Component
class ScheduledRuns {

	private final JdbcClient jdbc;

	ScheduledRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return whether this instance claimed the period (and so runs the job)
	 */
	boolean claim(String job, String period, String instance, Instant now) {
		return this.jdbc
			.sql("insert into scheduled_run (job, period, claimed_by, claimed_at) values (?, ?, ?, ?) "
					+ "on conflict do nothing")
			.params(job, period, instance, Timestamp.from(now))
			.update() == 1;
	}

}
