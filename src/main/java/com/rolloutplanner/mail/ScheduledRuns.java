package com.rolloutplanner.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

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

	/**
	 * Claims the period of a job that writes in several transactions and then says it
	 * {@link #finish finished}: claimed when nobody has, or when whoever claimed it did
	 * so before {@code staleBefore} and never finished (it stopped midway; what it wrote
	 * is written once per key, so running it again completes it).
	 * @return whether this instance claimed the period (and so runs the job)
	 */
	public boolean claimResumable(String job, String period, Instant now, Instant staleBefore) {
		return claim(job, period, now) || this.jdbc
			.sql("update scheduled_run set claimed_by = ?, claimed_at = ? where job = ? and period = ? "
					+ "and finished_at is null and claimed_at < ?")
			.params(this.instance.name(), Timestamp.from(now), job, period, Timestamp.from(staleBefore))
			.update() == 1;
	}

	/** Marks the period of the job finished: nobody runs it again. */
	public void finish(String job, String period, Instant now) {
		this.jdbc.sql("update scheduled_run set finished_at = ? where job = ? and period = ?")
			.params(Timestamp.from(now), job, period)
			.update();
	}

	/**
	 * The latest periods of a job, newest first: who claimed each, when, and when it
	 * finished.
	 */
	public List<Run> recent(String job, int limit) {
		return this.jdbc
			.sql("select period, claimed_by, claimed_at, finished_at from scheduled_run where job = ? "
					+ "order by period desc fetch first " + limit + " rows only")
			.param(job)
			.query((rs, row) -> new Run(rs.getString("period"), rs.getString("claimed_by"),
					rs.getTimestamp("claimed_at").toInstant(),
					(rs.getTimestamp("finished_at") != null) ? rs.getTimestamp("finished_at").toInstant() : null))
			.list();
	}

	/** A period of a job as it was run. */
	public record Run(String period, String claimedBy, Instant claimedAt, Instant finishedAt) {
	}

}
