package com.rolloutplanner.change;

import java.sql.DatabaseMetaData;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serialises the writers of one engagement: a transaction that is about to write what is
 * derived from an engagement (its listing) takes the engagement's lock first and holds it
 * until it ends, so that two changes to one engagement at the same moment write it one
 * after the other, the second reading what the first committed. On PostgreSQL the lock is
 * a transaction-level advisory lock, which does not conflict with the key-share locks
 * that inserting a row referring to the engagement takes; elsewhere (H2) the engagement's
 * row is locked for update. Several engagements are locked in the order of their ids, so
 * that two transactions never wait for each other.
 */
@Component
public class EngagementLocks {

	private final JdbcClient jdbc;

	private final boolean advisory;

	EngagementLocks(JdbcClient jdbc, DataSource dataSource) throws Exception {
		this.jdbc = jdbc;
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		this.advisory = "PostgreSQL".equalsIgnoreCase(product);
	}

	/** Takes the lock of this engagement for the rest of the current transaction. */
	public void lock(Long id) {
		lock(List.of(id));
	}

	/**
	 * Takes the lock of each of these engagements for the rest of the current transaction
	 * (which must exist).
	 */
	public void lock(Collection<Long> ids) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("An engagement is locked for a transaction; none is active");
		}
		List<Long> sorted = ids.stream().distinct().sorted().toList();
		if (sorted.isEmpty()) {
			return;
		}
		if (this.advisory) {
			for (Long id : sorted) {
				this.jdbc.sql("select pg_advisory_xact_lock(:id)").param("id", id).query().singleRow();
			}
		}
		else {
			this.jdbc.sql("select id from engagement where id in (:ids) order by id for update")
				.param("ids", sorted)
				.query(Long.class)
				.list();
		}
	}

}
