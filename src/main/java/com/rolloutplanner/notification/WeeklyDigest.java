package com.rolloutplanner.notification;

import com.rolloutplanner.subscription.Delivery;
import com.rolloutplanner.subscription.NotificationKind;
import com.rolloutplanner.subscription.Preferences;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.Recipient;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.due.DueState;
import com.rolloutplanner.listing.ListedEngagement;
import com.rolloutplanner.listing.ListingFilter;
import com.rolloutplanner.listing.ListingOrder;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.mail.Mail;
import com.rolloutplanner.mail.Outbox;
import com.rolloutplanner.mail.ScheduledRuns;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Placement;
import com.rolloutplanner.steering.MeetingView;
import com.rolloutplanner.meeting.Meetings;
import com.rolloutplanner.waiting.WaitingForYou;

/**
 * The Monday digest, from {@value #HOUR}:00 in each user's own time zone: per engagement
 * of their side that has something this week, its phase and what to expect in it, what is
 * overdue and due, and its meetings this week; what waits for the user's side; the
 * notifications the user wanted in the digest. Nothing is sent when nothing is there.
 * Each user's week is claimed once across every instance.
 */
@Component
public class WeeklyDigest {

	static final int HOUR = 7;

	/** Engagements read per digest (the most urgent first) and shown at most. */
	static final int READ = 40;

	static final int SHOWN = 15;

	static final int WAITING = 10;

	static final int ENTRIES = 50;

	private final Accounts accounts;

	private final Preferences preferences;

	private final Listings listings;

	private final WaitingForYou waiting;

	private final Meetings meetings;

	private final MailWriter writer;

	private final Outbox outbox;

	private final ScheduledRuns runs;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	WeeklyDigest(Accounts accounts, Preferences preferences, Listings listings, WaitingForYou waiting,
			Meetings meetings, MailWriter writer, Outbox outbox, ScheduledRuns runs, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.accounts = accounts;
		this.preferences = preferences;
		this.listings = listings;
		this.waiting = waiting;
		this.meetings = meetings;
		this.writer = writer;
		this.outbox = outbox;
		this.runs = runs;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** A digest: the week it starts, its engagements and lists. */
	public record Digest(LocalDate weekStart, List<Part> engagements, int moreEngagements,
			WaitingForYou.Waiting waiting, List<Entry> entries) {

		public boolean isEmpty() {
			return this.engagements.isEmpty() && this.waiting.isEmpty() && this.entries.isEmpty();
		}

	}

	/** One engagement of a digest. */
	public record Part(Long id, String name, Phase phase, int monthOfJourney, LocalDate nextPhaseStart, Phase nextPhase,
			long overdue, DueItem nextDue, boolean nextDueOverdue, List<MeetingView> meetings) {
	}

	/** A notification kept for the digest. */
	public record Entry(String engagementName, String line, String path) {
	}

	/**
	 * Writes the digest of every user whose Monday morning it is and whose week has not
	 * been claimed yet.
	 * @return how many digests were written
	 */
	int runIfDue() {
		return run(false);
	}

	/**
	 * Writes the digest of every user who wants one and whose week has not been claimed
	 * yet, whatever the day: an administrator's run on demand.
	 * @return how many digests were written
	 */
	public int runNow() {
		return run(true);
	}

	private int run(boolean anyDay) {
		Instant now = this.clock.instant();
		// The engagements of an organisation and their meetings are read once per run and
		// day, for all its users.
		Map<String, OrganisationWeek> weeks = new java.util.HashMap<>();
		List<Recipient> everyone = this.accounts.recipients();
		Map<Long, Delivery> wanted = this.preferences.of(everyone.stream().map(Recipient::id).toList(),
				NotificationKind.WEEKLY_DIGEST);
		int written = 0;
		for (Recipient recipient : everyone) {
			if (wanted.get(recipient.id()) == Delivery.OFF) {
				continue;
			}
			ZonedDateTime local = now.atZone(recipient.timeZone());
			if (!anyDay && (local.getDayOfWeek() != DayOfWeek.MONDAY || local.getHour() < HOUR)) {
				continue;
			}
			String week = local.get(IsoFields.WEEK_BASED_YEAR) + "-W" + local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
			Boolean sent = this.transactions.execute((status) -> {
				if (!this.runs.claim("digest:" + recipient.id(), week, now)) {
					return false;
				}
				return write(recipient, local.toLocalDate(), "digest:" + recipient.id() + ":" + week, weeks);
			});
			if (Boolean.TRUE.equals(sent)) {
				written++;
			}
		}
		return written;
	}

	/**
	 * The digest the user would get if it were written now, as its mail: a preview that
	 * sends nothing; empty when there is nothing for a digest.
	 */
	public Optional<Mail> preview(Long userId) {
		return this.accounts.reader(userId).flatMap((r) -> {
			Digest digest = compose(r, LocalDate.ofInstant(this.clock.instant(), r.timeZone()),
					new java.util.HashMap<>());
			return digest.isEmpty() ? Optional.empty() : Optional.of(this.writer.digest(digest, r));
		});
	}

	private boolean write(Recipient recipient, LocalDate today, String key, Map<String, OrganisationWeek> weeks) {
		Digest digest = compose(recipient, today, weeks);
		if (digest.isEmpty()) {
			return false;
		}
		Mail mail = this.writer.digest(digest, recipient);
		this.outbox.add(recipient.id(), recipient.email(), recipient.language(), NotificationKind.WEEKLY_DIGEST.name(),
				null, mail, key, this.clock.instant());
		this.jdbc.sql("delete from digest_entry where user_account_id = ?").param(recipient.id()).update();
		return true;
	}

	Digest compose(Recipient recipient, LocalDate today) {
		return compose(recipient, today, new java.util.HashMap<>());
	}

	private Digest compose(Recipient recipient, LocalDate today, Map<String, OrganisationWeek> weeks) {
		LocalDate weekEnd = today.plusDays(7);
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), recipient.timeZone());
		List<Entry> entries = this.jdbc
			.sql("select engagement_name, line, path from digest_entry where user_account_id = ? "
					+ "order by created_at, id fetch first " + ENTRIES + " rows only")
			.param(recipient.id())
			.query((rs, row) -> new Entry(rs.getString(1), rs.getString(2),
					(rs.getString(3) != null) ? this.writer.url(rs.getString(3)) : null))
			.list();
		OrganisationWeek week = weeks.computeIfAbsent(recipient.organisationId() + "@" + today, (key) -> {
			List<ListedEngagement> read = this.listings.page(Access.organisation(recipient.organisationId()), today,
					ListingFilter.ALL, ListingOrder.DUE, false, 0, READ);
			Set<Long> ids = read.stream().map(ListedEngagement::id).collect(Collectors.toSet());
			// Only the meetings about this week are kept (each user's week is then cut in
			// their own time zone).
			return new OrganisationWeek(read, this.meetings.meetingsOf(ids, today.minusDays(1).atStartOfDay(),
					weekEnd.plusDays(1).atStartOfDay()));
		});
		List<ListedEngagement> listed = week.listed();
		Map<Long, List<MeetingView>> meetingsThisWeek = week.meetings()
			.stream()
			.filter((m) -> !m.startsAt().isBefore(now) && m.startsAt().isBefore(weekEnd.atStartOfDay()))
			.sorted(java.util.Comparator.comparing(MeetingView::startsAt).thenComparing(MeetingView::id))
			.collect(Collectors.groupingBy(MeetingView::engagementId));
		List<Part> parts = listed.stream().map((e) -> part(e, today, meetingsThisWeek)).filter((p) -> {
			boolean dueThisWeek = p.nextDue() != null && p.nextDue().dueDate().isBefore(weekEnd);
			boolean phaseChanges = p.nextPhaseStart() != null && p.nextPhaseStart().isBefore(weekEnd);
			return p.overdue() > 0 || dueThisWeek || !p.meetings().isEmpty() || phaseChanges;
		}).toList();
		WaitingForYou.Waiting waits = this.waiting.of(recipient.organisationId(), recipient.username(), today, now,
				WAITING);
		return new Digest(today, parts.stream().limit(SHOWN).toList(), Math.max(parts.size() - SHOWN, 0), waits,
				entries);
	}

	/** What the digests of one organisation's users share on a day. */
	private record OrganisationWeek(List<ListedEngagement> listed, List<MeetingView> meetings) {
	}

	private static Part part(ListedEngagement e, LocalDate today, Map<Long, List<MeetingView>> meetings) {
		Placement placement = PhaseCalendar.place(e.goLiveDate(), today);
		Phase next = (placement.nextPhaseStart() != null)
				? PhaseCalendar.place(e.goLiveDate(), placement.nextPhaseStart()).phase() : null;
		DueItem due = e.due().nextDue();
		return new Part(e.id(), e.name(), placement.phase(), placement.monthOfJourney(), placement.nextPhaseStart(),
				next, e.due().overdueCount(), due, due != null && due.stateOn(today) == DueState.OVERDUE,
				meetings.getOrDefault(e.id(), List.of()));
	}

}
