package com.rolloutplanner.quickwin;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.rolloutplanner.change.OncePerTransaction;
import com.rolloutplanner.change.PlanChange;

/**
 * Notices when a change to the plan (the engagement, its roadmap, its KPIs or its
 * business case) raises a new quick-win flag or clears one, in the change's transaction,
 * and says so ({@link FlagRaised}, {@link FlagCleared}): the history records them ("new
 * flag" entries, marked when critical, reach the next meeting's agenda), the
 * notifications mail the critical ones. The flags of each engagement after its last
 * change are kept to compare with.
 */
@Component
class FlagWatch {

	private final QuickWinSubjects subjects;

	private final QuickWinAssessor assessor;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	FlagWatch(QuickWinSubjects subjects, QuickWinAssessor assessor, JdbcClient jdbc, Clock clock,
			ApplicationEventPublisher events) {
		this.subjects = subjects;
		this.assessor = assessor;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PlanChange change) {
		check(change.engagementId(), change.actor());
	}

	/**
	 * Compares the engagement's flags now with those after its previous change; several
	 * changes of one transaction compare once ({@link OncePerTransaction}).
	 */
	void check(Long engagementId, String actor) {
		if (!OncePerTransaction.first(FlagWatch.class, engagementId)) {
			return;
		}
		QuickWinAssessor.Subject subject = this.subjects.findSubject(engagementId).orElse(null);
		if (subject == null) {
			return;
		}
		Map<FlagCode, Severity> now = new LinkedHashMap<>();
		this.assessor.assess(engagementId, subject.goLive(), subject.subject())
			.flags()
			.forEach((f) -> now.putIfAbsent(f.flag().code(), f.flag().severity()));
		List<FlagCode> before = this.jdbc.sql("select code from raised_flag where engagement_id = ?")
			.param(engagementId)
			.query(String.class)
			.list()
			.stream()
			.map(FlagCode::valueOf)
			.toList();
		List<FlagCode> cleared = before.stream().filter((code) -> !now.containsKey(code)).toList();
		for (FlagCode code : cleared) {
			this.jdbc.sql("delete from raised_flag where engagement_id = ? and code = ?")
				.params(engagementId, code.name())
				.update();
		}
		if (!cleared.isEmpty()) {
			this.events.publishEvent(new FlagCleared(engagementId, cleared, actor));
		}
		List<FlagRaised.Raised> raised = new ArrayList<>();
		now.forEach((code, severity) -> {
			if (!before.contains(code)) {
				this.jdbc.sql("insert into raised_flag (engagement_id, code, severity, raised_at) values (?, ?, ?, ?)")
					.params(engagementId, code.name(), severity.name(), Timestamp.from(this.clock.instant()))
					.update();
				raised.add(new FlagRaised.Raised(code, severity));
			}
		});
		if (!raised.isEmpty()) {
			this.events.publishEvent(new FlagRaised(engagementId, raised, actor));
		}
	}

}
