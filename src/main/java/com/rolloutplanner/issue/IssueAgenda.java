package com.rolloutplanner.issue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.engagement.Engagements;

/**
 * What a steering agenda says of an engagement's issues: its newest issues read once for
 * any number of its agendas, and those shown at a meeting's moment.
 */
@Service
@Transactional(readOnly = true)
public class IssueAgenda {

	private final Engagements engagements;

	private final IssueRepository issues;

	IssueAgenda(Engagements engagements, IssueRepository issues) {
		this.engagements = engagements;
		this.issues = issues;
	}

	/** At most this many of an engagement's newest issues make its agendas. */
	public static final int AGENDA_READ = 200;

	/**
	 * The newest {@value #AGENDA_READ} issues of a visible engagement, read once for any
	 * number of its agendas.
	 */
	public Reading read(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		return new Reading(
				this.issues.findByEngagementIdOrderByRaisedAtDescIdDesc(engagementId, PageRequest.of(0, AGENDA_READ)));
	}

	/** An engagement's issues as read for its agendas. */
	public static final class Reading {

		private final List<Issue> issues;

		Reading(List<Issue> issues) {
			this.issues = issues;
		}

	}

	/**
	 * An issue as it stood at a meeting: its tier then, whether its response was still
	 * owed, whether it was raised since the previous meeting.
	 */
	public record OnAgenda(IssueView issue, EscalationTier tier, boolean awaiting, boolean raisedSince) {
	}

	/**
	 * What the agenda of a meeting at a moment says of the issues: those open then that
	 * were escalated (executives first), then those whose response was still owed by when
	 * it was due, then the others raised since the previous meeting ({@code since}).
	 */
	public static List<OnAgenda> onAgenda(Reading reading, Instant since, Instant at) {
		List<OnAgenda> shown = new ArrayList<>();
		for (Issue issue : reading.issues) {
			boolean raised = !issue.getRaisedAt().isAfter(at);
			boolean open = issue.getResolvedAt() == null || issue.getResolvedAt().isAfter(at);
			if (!raised || !open) {
				continue;
			}
			boolean awaiting = issue.getRespondedAt() == null || issue.getRespondedAt().isAfter(at);
			boolean isNew = (since == null) || issue.getRaisedAt().isAfter(since);
			EscalationTier tier = issue.tier(at);
			if (awaiting || isNew) {
				shown.add(new OnAgenda(IssueView.of(issue, at), tier, awaiting, isNew));
			}
		}
		shown.sort(java.util.Comparator.comparing((OnAgenda a) -> a.awaiting() ? -a.tier().ordinal() : 1)
			.thenComparing((OnAgenda a) -> a.awaiting() ? a.issue().responseDue() : a.issue().raisedAt()));
		return shown;
	}

}
