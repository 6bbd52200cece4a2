package com.rolloutplanner.history;

import static com.rolloutplanner.history.HistoryArgument.message;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.event.TransactionalEventListener;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.engagement.EngagementEvents.EngagementChanged;
import com.rolloutplanner.engagement.EngagementEvents.EngagementCreated;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.businesscase.BusinessCaseEvents.BusinessCaseChanged;
import com.rolloutplanner.businesscase.BusinessCaseEvents.BusinessCaseCreated;
import com.rolloutplanner.kpi.KpiEvents.KpiAdded;
import com.rolloutplanner.kpi.KpiEvents.KpiChanged;
import com.rolloutplanner.kpi.KpiEvents.KpiRemoved;
import com.rolloutplanner.quickwin.AssessedFlag;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.quickwin.FlagCode;
import com.rolloutplanner.quickwin.FlagRaised;
import com.rolloutplanner.quickwin.Severity;
import com.rolloutplanner.roadmap.RoadmapEvents.RoadmapItemAdded;
import com.rolloutplanner.roadmap.RoadmapEvents.RoadmapItemChanged;
import com.rolloutplanner.roadmap.RoadmapEvents.RoadmapItemRemoved;

/**
 * Notices when a change to the plan (the engagement, its roadmap or its KPIs) raises a
 * new quick-win flag or clears one, and records it in the history in the change's
 * transaction: "new flag" entries (marked when critical) reach the next meeting's agenda
 * among the notable changes. The flags of each engagement after its last change are kept
 * to compare with.
 */
@Component
class FlagWatch {

	private final Engagements engagements;

	private final QuickWinAssessor assessor;

	private final HistoryRecorder history;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	FlagWatch(Engagements engagements, QuickWinAssessor assessor, HistoryRecorder history, JdbcClient jdbc, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.engagements = engagements;
		this.assessor = assessor;
		this.history = history;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EngagementCreated event) {
		check(event.engagementId(), event.actor());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EngagementChanged event) {
		check(event.engagementId(), event.actor());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(RoadmapItemAdded event) {
		check(event.engagementId(), event.actor());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(RoadmapItemChanged event) {
		check(event.engagementId(), event.actor());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(RoadmapItemRemoved event) {
		check(event.engagementId(), event.actor());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(BusinessCaseCreated event) {
		check(event.engagementId(), event.actor());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(BusinessCaseChanged event) {
		check(event.engagementId(), event.actor());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(KpiAdded event) {
		check(event.engagementId(), event.actor());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(KpiChanged event) {
		check(event.engagementId(), event.actor());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(KpiRemoved event) {
		check(event.engagementId(), event.actor());
	}

	/**
	 * Compares the engagement's flags now with those after its previous change; several
	 * events of one transaction compare once (see {@link #firstInTransaction}).
	 */
	void check(Long engagementId, String actor) {
		if (!firstInTransaction(engagementId)) {
			return;
		}
		if (this.engagements.visibleParties(engagementId, Access.toEverything()).isEmpty()) {
			return;
		}
		QuickWinAssessor.Subject subject = this.engagements.subjectOf(engagementId, Access.toEverything());
		Map<String, Severity> now = new LinkedHashMap<>();
		List<AssessedFlag> flags = this.assessor.assess(engagementId, subject.goLive(), subject.subject()).flags();
		flags.forEach((f) -> now.putIfAbsent(f.flag().code().name(), f.flag().severity()));
		List<String> before = this.jdbc.sql("select code from raised_flag where engagement_id = ?")
			.param(engagementId)
			.query(String.class)
			.list();
		for (String code : before) {
			if (!now.containsKey(code)) {
				this.jdbc.sql("delete from raised_flag where engagement_id = ? and code = ?")
					.params(engagementId, code)
					.update();
				this.history.engagement(engagementId, actor, "history.entry.flagCleared", false,
						message("flag." + code + ".title"));
			}
		}
		List<FlagRaised.Raised> raised = new java.util.ArrayList<>();
		now.forEach((code, severity) -> {
			if (!before.contains(code)) {
				this.jdbc.sql("insert into raised_flag (engagement_id, code, severity, raised_at) values (?, ?, ?, ?)")
					.params(engagementId, code, severity.name(), Timestamp.from(this.clock.instant()))
					.update();
				this.history.engagement(engagementId, actor, "history.entry.flagRaised", severity == Severity.CRITICAL,
						message("flag." + code + ".title"), message("severity." + severity));
				raised.add(new FlagRaised.Raised(FlagCode.valueOf(code), severity));
			}
		});
		if (!raised.isEmpty()) {
			this.events.publishEvent(new FlagRaised(engagementId, raised, actor));
		}
	}

	/**
	 * Whether the engagement is compared for the first time in this transaction: every
	 * listener runs before the commit and sees the final state, so once is enough.
	 */
	private static boolean firstInTransaction(Long engagementId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return true;
		}
		@SuppressWarnings("unchecked")
		Set<Long> checked = (Set<Long>) TransactionSynchronizationManager.getResource(FlagWatch.class);
		if (checked == null) {
			Set<Long> created = new HashSet<>();
			checked = created;
			TransactionSynchronizationManager.bindResource(FlagWatch.class, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(FlagWatch.class);
				}
			});
		}
		return checked.add(engagementId);
	}

}
