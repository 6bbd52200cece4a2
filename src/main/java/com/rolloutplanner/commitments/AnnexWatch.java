package com.rolloutplanner.commitments;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.rolloutplanner.change.EngagementChange;
import com.rolloutplanner.change.WorkChange;
import com.rolloutplanner.change.OncePerTransaction;
import com.rolloutplanner.commitments.CommitmentEvents.AnnexOutdated;
import com.rolloutplanner.commitments.CommitmentEvents.AnnexSigned;

/**
 * Compares the terms of an engagement with its latest annex version after every change
 * but its running work ({@link WorkChange}), in the change's transaction and before the
 * listing is written (which shows whether the annex is in force): a version whose terms
 * changed is outdated, and one whose terms came back is in force again. When a version
 * both sides had signed is outdated, it says so ({@link AnnexOutdated}).
 */
@Component
class AnnexWatch {

	private final AnnexVersionRepository versions;

	private final AnnexContent content;

	private final ApplicationEventPublisher events;

	AnnexWatch(AnnexVersionRepository versions, AnnexContent content, ApplicationEventPublisher events) {
		this.versions = versions;
		this.content = content;
		this.events = events;
	}

	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EngagementChange change) {
		if (change instanceof AnnexSigned || change instanceof WorkChange
				|| !OncePerTransaction.first(AnnexWatch.class, change.engagementId())) {
			return;
		}
		this.versions.findByEngagementIdAndLatestTrue(change.engagementId()).ifPresent((latest) -> {
			String hash = this.content.fingerprint(change.engagementId()).orElse(null);
			if (hash == null) {
				return;
			}
			boolean wasComplete = latest.isComplete();
			boolean outdated = latest.compareWith(hash);
			this.versions.saveAndFlush(latest);
			if (outdated && wasComplete) {
				this.events.publishEvent(new AnnexOutdated(change.engagementId(), latest.getNumber(), change.actor()));
			}
		});
	}

}
