package com.rolloutplanner.listing;

import java.util.Set;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.rolloutplanner.change.ChangedPart;
import com.rolloutplanner.change.OncePerTransaction;
import com.rolloutplanner.change.EngagementChange;
import com.rolloutplanner.change.OrganisationChange;

/**
 * Keeps the listing current: every change to an engagement (an {@link EngagementChange},
 * whichever module publishes it) writes again the parts of the engagement's listing it
 * touched ({@link EngagementChange#changedParts()}) in the change's own transaction,
 * before the commit when every change is made, each part once however many events the
 * transaction publishes (a deleted engagement has taken its listing with it, and nothing
 * is written for it); a renamed organisation ({@link OrganisationChange}) has its
 * engagements' rows written again as they are, under new numbers (the lists show its
 * name). Engagements without a listing (stored before it existed) get theirs when the
 * application starts.
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
		Set<ChangedPart> parts = OncePerTransaction.unmet(ListingUpdates.class, event.engagementId(),
				event.changedParts());
		if (!parts.isEmpty()) {
			this.writer.refresh(Set.of(event.engagementId()), parts);
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(OrganisationChange event) {
		this.writer.renumber(event.organisationId());
	}

}
