package com.rolloutplanner.change;

import java.util.HashSet;
import java.util.Set;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * For listeners that run before the commit, when the transaction's changes are all made:
 * the first event of an engagement sees what every later one would, so one look is enough
 * however many events the transaction publishes.
 */
public final class OncePerTransaction {

	private OncePerTransaction() {
	}

	/**
	 * Whether the listener meets the engagement for the first time in the current
	 * transaction; always outside one.
	 */
	public static boolean first(Class<?> listener, Long engagementId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return true;
		}
		@SuppressWarnings("unchecked")
		Set<Long> met = (Set<Long>) TransactionSynchronizationManager.getResource(listener);
		if (met == null) {
			met = new HashSet<>();
			TransactionSynchronizationManager.bindResource(listener, met);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(listener);
				}
			});
		}
		return met.add(engagementId);
	}

}
