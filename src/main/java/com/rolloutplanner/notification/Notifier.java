package com.rolloutplanner.notification;

import com.rolloutplanner.subscription.Delivery;
import com.rolloutplanner.subscription.Preferences;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.Recipient;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.mail.Mail;
import com.rolloutplanner.mail.Outbox;
import com.rolloutplanner.roadmap.OwnerSide;

/**
 * Puts a notification in the way each recipient wants it: a mail in the outbox in their
 * language, a line for their weekly digest, or nothing. Whoever caused it is not told.
 * Everything is written in the caller's transaction: after a change, that of the listener
 * that heard it ({@link NotificationTriggers}).
 */
@Service
public class Notifier {

	private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);

	private final Accounts accounts;

	private final Engagements engagements;

	private final Preferences preferences;

	private final MailWriter writer;

	private final Outbox outbox;

	private final JdbcClient jdbc;

	private final Clock clock;

	Notifier(Accounts accounts, Engagements engagements, Preferences preferences, MailWriter writer, Outbox outbox,
			JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.engagements = engagements;
		this.preferences = preferences;
		this.writer = writer;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Runs the work without notifying anyone: for data recorded afterwards, such as the
	 * demo journey.
	 */
	public static <T> T quietly(Supplier<T> work) {
		boolean before = QUIET.get();
		QUIET.set(true);
		try {
			return work.get();
		}
		finally {
			QUIET.set(before);
		}
	}

	/**
	 * The condition of the listeners that tell someone of a change (mails, webhooks):
	 * heard unless the change was made quietly (on the thread that made it).
	 */
	public static final String SPEAKING = "!T(com.rolloutplanner.notification.Notifier).isQuiet()";

	/** Whether this thread is making changes {@link #quietly}. */
	public static boolean isQuiet() {
		return QUIET.get();
	}

	Optional<Parties> parties(Long engagementId) {
		return this.engagements.visibleParties(engagementId, Access.toEverything());
	}

	/** The users of one side of the engagement. */
	List<Recipient> side(Parties parties, Side side) {
		return audience(parties).side(parties, side);
	}

	/** The users of both sides of the engagement. */
	List<Recipient> bothSides(Parties parties) {
		return audience(parties).bothSides(parties);
	}

	/**
	 * Who owns something: the user when named (if they are on one of the sides), else the
	 * side, or both sides for a joint item.
	 */
	List<Recipient> owners(Parties parties, OwnerSide side, String username) {
		return audience(parties).owners(parties, side, username);
	}

	/** The named user, if they are on one of the engagement's sides. */
	List<Recipient> member(Parties parties, String username) {
		return (username != null) ? owners(parties, null, username) : List.of();
	}

	/** The audience of one engagement's change: its parties and their users. */
	private Audience audience(Parties parties) {
		return new Audience(Map.of(parties.engagementId(), parties),
				this.accounts.recipientsIn(List.of(parties.clientId(), parties.partnerId())), this.preferences::of);
	}

	/**
	 * The audience of a run that tells the people of many engagements: their parties,
	 * users and choices, read with a query each (see {@link Audience}).
	 */
	Audience audience(Collection<Long> engagementIds) {
		Map<Long, Parties> parties = this.engagements.visibleParties(engagementIds, Access.toEverything());
		java.util.Set<Long> organisations = new java.util.HashSet<>();
		parties.values().forEach((p) -> {
			organisations.add(p.clientId());
			organisations.add(p.partnerId());
		});
		return new Audience(parties, this.accounts.recipientsIn(organisations), this.preferences::of);
	}

	/**
	 * Notifies the recipients but not the actor (as they sign: name and organisation).
	 * @return how many mails were written
	 */
	int notify(Notice notice, Collection<Recipient> recipients, String actor) {
		Map<Long, Recipient> unique = unique(recipients, actor);
		return unique.isEmpty() ? 0
				: write(notice, unique.values(), this.preferences.of(unique.keySet(), notice.kind()));
	}

	/**
	 * Who of the recipients of a run wants the notice and how (in the digest or at once),
	 * as the run's audience read their choices; those who want nothing are left out.
	 */
	Map<Recipient, Delivery> wanted(Notice notice, Collection<Recipient> recipients, Audience audience) {
		Map<Long, Recipient> unique = unique(recipients, null);
		Map<Long, Delivery> choices = audience.choices(unique.values(), notice.kind());
		Map<Recipient, Delivery> wanted = new LinkedHashMap<>();
		unique.values().forEach((recipient) -> {
			Delivery delivery = choices.get(recipient.id());
			if (delivery == Delivery.DIGEST || delivery == Delivery.IMMEDIATE) {
				wanted.put(recipient, delivery);
			}
		});
		return wanted;
	}

	/**
	 * Writes one user's notices of a day's checks: a line in their digest for each they
	 * collect there; the mail of the one they want at once, or one mail with all of them
	 * when there are several.
	 * @return how many mails were written (none or one)
	 */
	int daily(Recipient recipient, List<Notice> atOnce, List<Notice> digested, LocalDate day) {
		digested.forEach((notice) -> digest(notice, recipient));
		if (atOnce.size() == 1) {
			return mail(atOnce.get(0), recipient) ? 1 : 0;
		}
		if (atOnce.isEmpty()) {
			return 0;
		}
		// Named by the notices it holds: a run again writes it once, another set anew.
		String key = "daily:" + day + ":" + recipient.id() + ":"
				+ DailyDelivery.fingerprint(atOnce.stream().map(Notice::dedupKey).toList());
		return this.outbox.add(recipient.id(), recipient.email(), recipient.language(), DailyDelivery.KIND, null,
				this.writer.daily(atOnce, recipient), key, this.clock.instant()) ? 1 : 0;
	}

	private static Map<Long, Recipient> unique(Collection<Recipient> recipients, String actor) {
		Map<Long, Recipient> unique = new LinkedHashMap<>();
		recipients.stream()
			.filter((r) -> actor == null || !actor.equals(r.signature()))
			.forEach((r) -> unique.putIfAbsent(r.id(), r));
		return unique;
	}

	private int write(Notice notice, Collection<Recipient> recipients, Map<Long, Delivery> wanted) {
		int written = 0;
		for (Recipient recipient : recipients) {
			Delivery delivery = wanted.get(recipient.id());
			if (delivery == Delivery.DIGEST) {
				digest(notice, recipient);
			}
			else if (delivery == Delivery.IMMEDIATE && mail(notice, recipient)) {
				written++;
			}
		}
		return written;
	}

	/** A line of the recipient's weekly digest, once per notice. */
	private void digest(Notice notice, Recipient recipient) {
		this.jdbc
			.sql("insert into digest_entry (user_account_id, engagement_id, engagement_name, line, path, "
					+ "dedup_key, created_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
			.params(recipient.id(), notice.engagementId(), notice.engagementName(),
					cut(this.writer.words(notice.subject(), recipient.language()), 1000), notice.path(),
					notice.dedupKey() + ":" + recipient.id(), Timestamp.from(this.clock.instant()))
			.update();
	}

	/** The notice's mail in the outbox, once per notice and recipient. */
	private boolean mail(Notice notice, Recipient recipient) {
		return this.outbox.add(recipient.id(), recipient.email(), recipient.language(), notice.kind().name(),
				notice.engagementId(), this.writer.notice(notice, recipient), notice.dedupKey() + ":" + recipient.id(),
				this.clock.instant());
	}

	private static String cut(String s, int max) {
		return (s.length() <= max) ? s : s.substring(0, max);
	}

}
