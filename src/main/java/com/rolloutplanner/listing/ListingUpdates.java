package com.rolloutplanner.listing;

import java.util.Set;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.rolloutplanner.change.OncePerTransaction;
import com.rolloutplanner.change.EngagementChange;
import com.rolloutplanner.change.OrganisationChange;

/**
 * Keeps the listing current: every change to an engagement (an {@link EngagementChange},
 * whichever module publishes it) writes the engagement's listing anew in the change's own
 * transaction, once however many events the transaction publishes (a deleted engagement
 * has taken its listing with it, and nothing is written for it); a renamed organisation
 * ({@link OrganisationChange}) has its engagements' rows written again as they are, under
 * new numbers (the lists show its name). Engagements without a listing (stored before it
 * existed) get theirs when the application starts.
 */
@Component
class ListingUpdates implements SmartInitializingSingleton {

	private final ListingWriter writer;

	ListingUpdates(ListingWriter writer) {
		this.writer = writer;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.writer.refreshMissing();
	}

	/** Any change to an engagement, whichever module made it. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EngagementChange event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(OrganisationChange event) {
		this.writer.renumber(event.organisationId());
	}

	/**
	 * Listeners run before the commit, when the transaction's changes are all made, so
	 * the first event of an engagement writes what every later one would.
	 */
	private void refresh(Long engagementId) {
		if (OncePerTransaction.first(ListingUpdates.class, engagementId)) {
			this.writer.refresh(Set.of(engagementId));
		}
	}

}
