package com.rolloutplanner.issue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.rolloutplanner.change.EngagementLocks;
import com.rolloutplanner.issue.IssueEvents.IssueEscalated;

/**
 * Tells of each issue whose promised response time passed without a response, once per
 * tier: in front of the steering group, then (after a second full promise) of the
 * executives. Each escalation is a change of its engagement of its own (history, listing,
 * mail), made under the engagement's lock and told once whichever instance finds it.
 */
@Component
public class Escalations {

	/** At most this many escalations are told in one transaction. */
	static final int BATCH = 100;

	/** At most this many batches a run; the rest wait for the next. */
	static final int BATCHES = 50;

	private final IssueRepository issues;

	private final EngagementLocks locks;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final EntityManager entityManager;

	Escalations(IssueRepository issues, EngagementLocks locks, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.issues = issues;
		this.locks = locks;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Tells every escalation that has come and was not told yet, a batch of
	 * {@value #BATCH} a transaction, at most {@value #BATCHES} batches a run.
	 * @return how many were told
	 */
	public int run() {
		int told = 0;
		for (int i = 0; i < BATCHES; i++) {
			int[] batch = this.transactions.execute((status) -> batch());
			told += batch[1];
			if (batch[0] < BATCH) {
				break;
			}
		}
		return told;
	}

	/** One batch: how many were found and how many of them told. */
	private int[] batch() {
		Instant now = this.clock.instant();
		List<Issue> found = this.issues.escalating(now, PageRequest.of(0, BATCH));
		int[] told = { 0 };
		for (Issue candidate : found) {
			this.locks.lock(candidate.getEngagementId());
			// Read again under the lock: another instance may have told it, or the owner
			// side responded meanwhile.
			this.entityManager.refresh(candidate);
			java.util.Optional.of(candidate).filter(Issue::awaitingResponse).ifPresent((issue) -> {
				EscalationTier tier = issue.tier(now);
				if (issue.told(tier)) {
					this.issues.save(issue);
					this.events.publishEvent(new IssueEscalated(issue.getEngagementId(), issue.getId(),
							issue.getTitle(), issue.getSeverity(), issue.getOwnerSide(), tier));
					told[0]++;
				}
			});
		}
		return new int[] { found.size(), told[0] };
	}

}
