package com.rolloutplanner.issue;

import com.rolloutplanner.input.FieldProblem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.change.EngagementLocks;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.issue.IssueEvents.ResponseTimesChanged;

/**
 * The response times both sides promised for the issues of an engagement, one per
 * severity (the defaults until they change them): read, checked as typed in ISO 8601 and
 * changed by a manager of either side for issues raised from then on.
 */
@Service
@Transactional(readOnly = true)
public class ResponseTimes {

	private final Engagements engagements;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final EngagementLocks locks;

	ResponseTimes(Engagements engagements, JdbcClient jdbc, ApplicationEventPublisher events, EngagementLocks locks) {
		this.engagements = engagements;
		this.jdbc = jdbc;
		this.events = events;
		this.locks = locks;
	}

	/** The response time promised for each severity in a visible engagement. */
	public Map<IssueSeverity, ResponsePromise> promises(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		return promises(engagementId);
	}

	Map<IssueSeverity, ResponsePromise> promises(Long engagementId) {
		Map<IssueSeverity, ResponsePromise> promises = ResponsePromise.defaults();
		this.jdbc.sql("select severity, hours, working_days from response_time where engagement_id = :id")
			.param("id", engagementId)
			.query((rs, row) -> promises.put(IssueSeverity.valueOf(rs.getString("severity")),
					new ResponsePromise(rs.getInt("hours"), rs.getInt("working_days"))))
			.list();
		return promises;
	}

	/**
	 * What is wrong with promises typed for each severity in ISO 8601 ({@code PT4H} for a
	 * critical issue, {@code P1D} working days for the others): nothing when empty.
	 */
	public static List<FieldProblem> checkPromises(Map<IssueSeverity, String> typed) {
		List<FieldProblem> problems = new ArrayList<>();
		for (IssueSeverity severity : IssueSeverity.values()) {
			String text = typed.get(severity);
			if (text == null || text.isBlank()) {
				problems.add(new FieldProblem(severity.name(), "responseTimes.required"));
				continue;
			}
			try {
				ResponsePromise.parse(severity, text.strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem(severity.name(),
						(severity == IssueSeverity.CRITICAL) ? "responseTimes.hours" : "responseTimes.workingDays"));
			}
		}
		return problems;
	}

	/**
	 * What is wrong with promises a user would set in a visible engagement: only a
	 * manager of a side sets them (a problem without a field), and each as
	 * {@link #checkPromises} accepts it.
	 */
	public List<FieldProblem> checkPromiseChange(Long engagementId, Map<IssueSeverity, String> typed,
			CurrentUser user) {
		Parties parties = this.engagements.parties(engagementId, user.access());
		if (parties.sideOf(user.getOrganisationId()) == null) {
			return List.of(new FieldProblem(null, "issue.notAParty"));
		}
		return checkPromises(typed);
	}

	/**
	 * Sets the promises of a visible engagement (as {@link #checkPromiseChange} accepts
	 * them), by a manager of either side; they apply to issues raised from now on.
	 * @return whether any changed
	 */
	@Transactional
	public boolean changePromises(Long engagementId, Map<IssueSeverity, String> typed, CurrentUser user) {
		if (!checkPromiseChange(engagementId, typed, user).isEmpty()) {
			throw new IllegalArgumentException("Not promises of a side: " + typed);
		}
		this.locks.lock(engagementId);
		Map<IssueSeverity, ResponsePromise> before = promises(engagementId);
		List<ResponseTimesChanged.Changed> changes = new ArrayList<>();
		for (IssueSeverity severity : IssueSeverity.values()) {
			ResponsePromise promise = ResponsePromise.parse(severity, typed.get(severity).strip());
			if (promise.equals(before.get(severity))) {
				continue;
			}
			changes.add(new ResponseTimesChanged.Changed(severity, before.get(severity), promise));
			this.jdbc.sql("delete from response_time where engagement_id = :id and severity = :severity")
				.param("id", engagementId)
				.param("severity", severity.name())
				.update();
			this.jdbc
				.sql("insert into response_time (engagement_id, severity, hours, working_days) "
						+ "values (:id, :severity, :hours, :days)")
				.param("id", engagementId)
				.param("severity", severity.name())
				.param("hours", promise.hours())
				.param("days", promise.workingDays())
				.update();
		}
		if (changes.isEmpty()) {
			return false;
		}
		this.events.publishEvent(new ResponseTimesChanged(engagementId, List.copyOf(changes), user.signature()));
		return true;
	}

	/** The promises as written in ISO 8601, by severity, as a form shows them. */
	public static Map<IssueSeverity, String> written(Map<IssueSeverity, ResponsePromise> promises) {
		Map<IssueSeverity, String> written = new EnumMap<>(IssueSeverity.class);
		promises.forEach((severity, promise) -> written.put(severity, promise.text()));
		return written;
	}

}
