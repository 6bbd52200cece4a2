package com.rolloutplanner.listing;

import java.util.HashSet;
import java.util.Set;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.rolloutplanner.businesscase.BusinessCaseEvents.BusinessCaseChanged;
import com.rolloutplanner.businesscase.BusinessCaseEvents.BusinessCaseCreated;
import com.rolloutplanner.businesscase.BusinessCaseEvents.CostActualRecorded;
import com.rolloutplanner.businesscase.BusinessCaseEvents.CostActualRemoved;
import com.rolloutplanner.businesscase.BusinessCaseEvents.CostActualsImported;
import com.rolloutplanner.commitments.CommitmentEvents.CharterSigned;
import com.rolloutplanner.commitments.CommitmentEvents.GateCriteriaChanged;
import com.rolloutplanner.commitments.CommitmentEvents.GateSigned;
import com.rolloutplanner.engagement.EngagementEvents.EngagementChanged;
import com.rolloutplanner.engagement.EngagementEvents.EngagementCreated;
import com.rolloutplanner.kpi.KpiEvents.KpiActualRecorded;
import com.rolloutplanner.kpi.KpiEvents.KpiActualsImported;
import com.rolloutplanner.kpi.KpiEvents.KpiAdded;
import com.rolloutplanner.kpi.KpiEvents.KpiChanged;
import com.rolloutplanner.kpi.KpiEvents.KpiRemoved;
import com.rolloutplanner.organisation.OrganisationEvents.OrganisationRenamed;
import com.rolloutplanner.quickwin.QuickWinEvents.AcknowledgementWithdrawn;
import com.rolloutplanner.quickwin.QuickWinEvents.FlagAcknowledged;
import com.rolloutplanner.roadmap.RoadmapEvents.RoadmapItemAdded;
import com.rolloutplanner.roadmap.RoadmapEvents.RoadmapItemChanged;
import com.rolloutplanner.roadmap.RoadmapEvents.RoadmapItemRemoved;
import com.rolloutplanner.steering.SteeringEvents.ActionAdded;
import com.rolloutplanner.steering.SteeringEvents.ActionChanged;
import com.rolloutplanner.steering.SteeringEvents.ActionCompleted;
import com.rolloutplanner.steering.SteeringEvents.ActionReopened;
import com.rolloutplanner.steering.SteeringEvents.CadenceScheduled;
import com.rolloutplanner.steering.SteeringEvents.DecisionRecorded;
import com.rolloutplanner.steering.SteeringEvents.MeetingCancelled;
import com.rolloutplanner.steering.SteeringEvents.MeetingRearranged;
import com.rolloutplanner.steering.SteeringEvents.MeetingScheduled;
import com.rolloutplanner.steering.SteeringEvents.MinutesApprovalsUndone;
import com.rolloutplanner.steering.SteeringEvents.MinutesApproved;
import com.rolloutplanner.steering.SteeringEvents.MinutesChanged;

/**
 * Keeps the listing current: every change to what a list shows of an engagement (its
 * terms, roadmap, KPIs and actuals, flag acknowledgements, gates and their criteria,
 * charter, meetings, their minutes and decisions, and actions) writes the engagement's
 * listing anew in the change's own transaction, once however many events the transaction
 * publishes; a renamed organisation has its engagements' rows written again as they are,
 * under new numbers (the lists show its name). A deleted engagement takes its listing
 * with it. Engagements without a listing (stored before it existed) get theirs when the
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

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(BusinessCaseCreated event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(BusinessCaseChanged event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CostActualRecorded event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CostActualRemoved event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CostActualsImported event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EngagementCreated event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EngagementChanged event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(RoadmapItemAdded event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(RoadmapItemChanged event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(RoadmapItemRemoved event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(KpiAdded event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(KpiChanged event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(KpiRemoved event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(KpiActualRecorded event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(KpiActualsImported event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(FlagAcknowledged event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AcknowledgementWithdrawn event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(GateSigned event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CharterSigned event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ActionAdded event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ActionChanged event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ActionCompleted event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ActionReopened event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(GateCriteriaChanged event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(DecisionRecorded event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(MeetingScheduled event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CadenceScheduled event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(MeetingRearranged event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(MeetingCancelled event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(MinutesApproved event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(MinutesApprovalsUndone event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(MinutesChanged event) {
		refresh(event.engagementId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(OrganisationRenamed event) {
		this.writer.renumber(event.id());
	}

	/**
	 * Listeners run before the commit, when the transaction's changes are all made, so
	 * the first event of an engagement writes what every later one would.
	 */
	private void refresh(Long engagementId) {
		if (firstInTransaction(engagementId)) {
			this.writer.refresh(Set.of(engagementId));
		}
	}

	private static boolean firstInTransaction(Long engagementId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return true;
		}
		@SuppressWarnings("unchecked")
		Set<Long> written = (Set<Long>) TransactionSynchronizationManager.getResource(ListingUpdates.class);
		if (written == null) {
			Set<Long> created = new HashSet<>();
			written = created;
			TransactionSynchronizationManager.bindResource(ListingUpdates.class, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ListingUpdates.class);
				}
			});
		}
		return written.add(engagementId);
	}

}
