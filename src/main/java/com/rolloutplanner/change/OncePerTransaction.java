package com.rolloutplanner.change;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
		Set<Long> met = bound(listener, HashSet::new);
		return met.add(engagementId);
	}

	/**
	 * The parts of the engagement the listener has not yet met in the current
	 * transaction, among those given (all of them outside one), now met.
	 */
	public static Set<ChangedPart> unmet(Class<?> listener, Long engagementId, Set<ChangedPart> parts) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return parts;
		}
		Map<Long, Set<ChangedPart>> met = bound(listener, HashMap::new);
		Set<ChangedPart> before = met.computeIfAbsent(engagementId, (id) -> EnumSet.noneOf(ChangedPart.class));
		Set<ChangedPart> unmet = EnumSet.noneOf(ChangedPart.class);
		for (ChangedPart part : parts) {
			if (before.add(part)) {
				unmet.add(part);
			}
		}
		return unmet;
	}

	/**
	 * What the listener has met in the current transaction, bound to it until its end.
	 */
	@SuppressWarnings("unchecked")
	private static <T> T bound(Class<?> listener, java.util.function.Supplier<T> fresh) {
		T met = (T) TransactionSynchronizationManager.getResource(listener);
		if (met == null) {
			met = fresh.get();
			TransactionSynchronizationManager.bindResource(listener, met);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(listener);
				}
			});
		}
		return met;
	}

}
