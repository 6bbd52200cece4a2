package com.rolloutplanner.quickwin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.quickwin.QuickWinEvents.AcknowledgementWithdrawn;
import com.rolloutplanner.quickwin.QuickWinEvents.FlagAcknowledged;

/**
 * Runs the quick-win rules on engagements and pairs each flag with its acknowledgement,
 * which counts only while the same code and the same finding still hold.
 */
@Service
@Transactional(readOnly = true)
public class QuickWinAssessor {

	public static final int MAX_REASON = 1000;

	private static final int MAX_FINDING = 600;

	private final FlagAcknowledgementRepository acknowledgements;

	private final List<PlanContributor> contributors;

	private final QuickWinSubjects subjects;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QuickWinAssessor(FlagAcknowledgementRepository acknowledgements, List<PlanContributor> contributors,
			QuickWinSubjects subjects, ApplicationEventPublisher events, Clock clock) {
		this.acknowledgements = acknowledgements;
		this.contributors = contributors;
		this.subjects = subjects;
		this.events = events;
		this.clock = clock;
	}

	/** Assesses an engagement, with what the other features contribute to its subject. */
	public Assessment assess(Long engagementId, LocalDate goLive, QuickWinSubject subject) {
		return assessAll(Map.of(engagementId, new Subject(goLive, subject))).get(engagementId);
	}

	/**
	 * Assesses many engagements with one query per contributor and for acknowledgements.
	 */
	public Map<Long, Assessment> assessAll(Map<Long, Subject> subjects) {
		Map<Long, QuickWinSubject> complete = complete(subjects);
		Map<Long, List<FlagAcknowledgement>> byEngagement = this.acknowledgements
			.findByEngagementIdIn(subjects.keySet())
			.stream()
			.collect(Collectors.groupingBy(FlagAcknowledgement::getEngagementId));
		return complete.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> assess(QuickWinRules.check(e.getValue()),
					byEngagement.getOrDefault(e.getKey(), List.of()))));
	}

	/**
	 * Assesses terms that are only typed, storing nothing: with an engagement, what the
	 * other features contribute to it and its acknowledgements; a planned payback in the
	 * subject (the business case as typed, or valued with the onboarding as typed)
	 * replaces the saved one.
	 * @param engagementId the engagement whose terms are being changed, or {@code null}
	 * for a new one
	 */
	public Assessment preview(Long engagementId, LocalDate goLive, QuickWinSubject subject) {
		if (engagementId == null) {
			return assess(QuickWinRules.check(subject), List.of());
		}
		QuickWinSubject complete = complete(Map.of(engagementId, new Subject(goLive, subject))).get(engagementId);
		if (subject.plannedPayback() != null) {
			complete = complete.withPayback(subject.plannedPayback());
		}
		return assess(QuickWinRules.check(complete), this.acknowledgements.findByEngagementIdIn(List.of(engagementId)));
	}

	/** The subjects with every contributor's additions. */
	private Map<Long, QuickWinSubject> complete(Map<Long, Subject> subjects) {
		Map<Long, LocalDate> goLives = new HashMap<>();
		subjects.forEach((id, subject) -> goLives.put(id, subject.goLive()));
		Map<Long, QuickWinSubject> complete = new HashMap<>();
		subjects.forEach((id, subject) -> complete.put(id, subject.subject()));
		for (PlanContributor contributor : this.contributors) {
			contributor.contributions(goLives)
				.forEach((id, contribution) -> complete.computeIfPresent(id,
						(key, subject) -> subject.with(contribution)));
		}
		return complete;
	}

	/** An engagement's own subject and its go-live, before the contributions. */
	public record Subject(LocalDate goLive, QuickWinSubject subject) {
	}

	/**
	 * Records that a manager accepts a flag that fires now on an engagement they may see;
	 * the acknowledgement and its event commit together.
	 * @return {@code false} when no such flag fires (any more), so nothing was recorded
	 */
	@Transactional
	public boolean acknowledge(Long engagementId, Access access, FlagCode code, String finding, String reason,
			String who) {
		Subject subject = this.subjects.subjectOf(engagementId, access);
		QuickWinSubject complete = complete(Map.of(engagementId, subject)).get(engagementId);
		boolean fires = QuickWinRules.check(complete)
			.stream()
			.anyMatch((flag) -> flag.code() == code && flag.finding().equals(finding));
		if (!fires || reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
			return false;
		}
		String stored = stored(finding);
		this.acknowledgements.findByEngagementIdAndCodeAndFinding(engagementId, code, stored)
			.ifPresent(this.acknowledgements::delete);
		this.acknowledgements
			.save(new FlagAcknowledgement(engagementId, code, stored, reason.strip(), who, this.clock.instant()));
		this.events.publishEvent(new FlagAcknowledged(engagementId, code, reason.strip(), who));
		return true;
	}

	/** Checks that the reader may see the engagement (a 404 otherwise). */
	public void subjectVisible(Long engagementId, Access access) {
		this.subjects.subjectOf(engagementId, access);
	}

	/**
	 * @return whether there was an acknowledgement to withdraw
	 */
	@Transactional
	public boolean withdraw(Long engagementId, Access access, FlagCode code, String finding, String who) {
		this.subjects.subjectOf(engagementId, access);
		var existing = this.acknowledgements.findByEngagementIdAndCodeAndFinding(engagementId, code, stored(finding));
		existing.ifPresent((acknowledgement) -> {
			this.acknowledgements.delete(acknowledgement);
			this.events.publishEvent(new AcknowledgementWithdrawn(engagementId, code, who));
		});
		return existing.isPresent();
	}

	private static Assessment assess(List<Flag> flags, List<FlagAcknowledgement> acknowledgements) {
		return new Assessment(
				flags.stream()
					.map((flag) -> new AssessedFlag(flag, acknowledgements.stream()
						.filter((a) -> a.getCode() == flag.code() && a.getFinding().equals(stored(flag.finding())))
						.findFirst()
						.map(FlagAcknowledgement::toView)
						.orElse(null)))
					.toList());
	}

	/** Long findings (quoted wording) are kept as a prefix and a digest of the whole. */
	static String stored(String finding) {
		if (finding.length() <= MAX_FINDING) {
			return finding;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(finding.getBytes(StandardCharsets.UTF_8));
			return finding.substring(0, MAX_FINDING - 65) + "#" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
