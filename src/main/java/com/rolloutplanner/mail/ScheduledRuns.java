package com.rolloutplanner.mail;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a job once per period across every instance: the instance that inserts the row of
 * the period first runs it; the others find it there and leave it.
 */
@Component
public class ScheduledRuns {

	private final JdbcClient jdbc;

	private final Instance instance;

	ScheduledRuns(JdbcClient jdbc, Instance instance) {
		this.jdbc = jdbc;
		this.instance = instance;
	}

	/**
	 * @return whether this instance claimed the period (and so runs the job)
	 */
	public boolean claim(String job, String period, Instant now) {
		return this.jdbc
			.sql("insert into scheduled_run (job, period, claimed_by, claimed_at) values (?, ?, ?, ?) "
					+ "on conflict do nothing")
			.params(job, period, this.instance.name(), Timestamp.from(now))
			.update() == 1;
	}

}
