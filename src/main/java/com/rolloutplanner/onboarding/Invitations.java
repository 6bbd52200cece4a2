package com.rolloutplanner.onboarding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.EmailAddress;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.SecretTokens;
import com.rolloutplanner.input.FieldProblem;
import com.rolloutplanner.mail.Outbox;
import com.rolloutplanner.notification.MailWriter;
import com.rolloutplanner.onboarding.InvitationView.State;
import com.rolloutplanner.onboarding.OnboardingEvents.InvitationSent;
import com.rolloutplanner.onboarding.OnboardingEvents.InvitationWithdrawn;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;

/**
 * Invitations by mail: an administrator invites to any organisation, as a manager or an
 * administrator; a manager invites managers to their own organisation. The link holds for
 * {@link #VALID} and once: the invited person chooses a username, a name and a password,
 * and their address counts as confirmed. A waiting invitation can be sent again (a new
 * link; the old one no longer holds) or withdrawn; one address has at most one waiting.
 */
@Service
@Transactional(readOnly = true)
public class Invitations {

	/** How long a link holds. */
	public static final Duration VALID = Duration.ofDays(7);

	/** How long before the same invitation can be sent again. */
	public static final Duration RESEND_PAUSE = Duration.ofMinutes(1);

	/** The kind of the mail in the outbox. */
	public static final String MAIL_KIND = "INVITATION";

	/** The languages an invitation's mail can be written in. */
	public static final List<String> LANGUAGES = List.of("en", "fi");

	private static final String COLUMNS = "i.id, i.organisation_id, o.name, i.email, i.role, i.language, i.invited_by, "
			+ "i.created_at, i.sent_at, i.expires_at, i.times_sent, i.state, i.finished_at, u.username";

	private static final String FROM = " from invitation i join organisation o on o.id = i.organisation_id "
			+ "left join user_account u on u.id = i.user_account_id";

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Organisations organisations;

	private final Outbox outbox;

	private final MailWriter writer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Invitations(JdbcClient jdbc, Accounts accounts, Organisations organisations, Outbox outbox, MailWriter writer,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.organisations = organisations;
		this.outbox = outbox;
		this.writer = writer;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What is wrong with an invitation a user would send: nothing when empty. A
	 * well-formed address no active user has confirmed and no invitation waits for; an
	 * organisation that exists (a manager's own); a role (a manager invites managers); a
	 * language of the product.
	 */
	public List<FieldProblem> check(String email, Long organisationId, Role role, String language,
			CurrentUser inviter) {
		List<FieldProblem> problems = new ArrayList<>();
		String address = (email != null) ? email.strip() : "";
		if (address.isEmpty()) {
			problems.add(new FieldProblem("email", "invitation.email.required"));
		}
		else if (!EmailAddress.isValid(address)) {
			problems.add(new FieldProblem("email", "notifications.email.invalid"));
		}
		else if (this.accounts.addressTaken(address)) {
			problems.add(new FieldProblem("email", "invitation.email.taken"));
		}
		else if (waiting(address).isPresent()) {
			problems.add(new FieldProblem("email", "invitation.email.waiting"));
		}
		Long organisation = organisationOf(organisationId, inviter);
		if (organisation == null || this.organisations.find(organisation).isEmpty()) {
			problems.add(new FieldProblem("organisationId", "invitation.organisation.required"));
		}
		if (role == null || (role == Role.ADMIN && !inviter.isAdmin())) {
			problems.add(new FieldProblem("role", "invitation.role.invalid"));
		}
		if (language == null || !LANGUAGES.contains(language)) {
			problems.add(new FieldProblem("language", "invitation.language.invalid"));
		}
		return problems;
	}

	/** Sends an invitation (as {@link #check} accepts it). */
	@Transactional
	public Long invite(String email, Long organisationId, Role role, String language, CurrentUser inviter) {
		List<FieldProblem> problems = check(email, organisationId, role, language, inviter);
		if (problems.size() == 1 && problems.get(0).code().equals("invitation.email.waiting")) {
			// The same invitation sent twice at once (a double click), the first one
			// committed since this one was checked: the first one stands.
			return waiting(email.strip()).orElseThrow().id();
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Not an invitation");
		}
		Organisation organisation = this.organisations.find(organisationOf(organisationId, inviter)).orElseThrow();
		Instant now = this.clock.instant();
		String token = SecretTokens.newToken();
		String address = email.strip();
		int inserted = this.jdbc
			.sql("insert into invitation (organisation_id, email, pending_email, role, language, token_hash, "
					+ "invited_by_user_id, invited_by, created_at, sent_at, expires_at, times_sent, state) values "
					+ "(:organisation, :email, :pending, :role, :language, :hash, :inviter, :invitedBy, :now, :now, "
					+ ":expires, 1, 'PENDING') on conflict do nothing")
			.param("organisation", organisation.getId())
			.param("email", address)
			.param("pending", address.toLowerCase(Locale.ROOT))
			.param("role", role.name())
			.param("language", language)
			.param("hash", SecretTokens.hash(token))
			.param("inviter", inviter.getId())
			.param("invitedBy", inviter.signature())
			.param("now", at(now))
			.param("expires", at(now.plus(VALID)))
			.update();
		Long id = waiting(address).orElseThrow().id();
		if (inserted == 0) {
			// The same invitation sent twice at once (a double click): the first one
			// stands.
			return id;
		}
		mail(address, organisation.getName(), inviter.signature(), language, token, id, now);
		this.events.publishEvent(new InvitationSent(address, organisation.getName(), role, false, inviter.signature()));
		return id;
	}

	/**
	 * Sends a waiting invitation again with a new link for another {@link #VALID}; the
	 * old link no longer holds.
	 * @return the message key of why it was not sent, or {@code null} when it was
	 */
	@Transactional
	public String resend(Long id, CurrentUser user) {
		InvitationView invitation = visible(id, user);
		Instant now = this.clock.instant();
		if (invitation.state() != State.PENDING) {
			return "invitation.notWaiting";
		}
		if (invitation.sentAt().plus(RESEND_PAUSE).isAfter(now)) {
			return "invitation.sentJustNow";
		}
		String token = SecretTokens.newToken();
		int changed = this.jdbc
			.sql("update invitation set token_hash = :hash, sent_at = :now, expires_at = :expires, "
					+ "times_sent = times_sent + 1 where id = :id and state = 'PENDING' and sent_at = :sent")
			.param("hash", SecretTokens.hash(token))
			.param("now", at(now))
			.param("expires", at(now.plus(VALID)))
			.param("id", id)
			.param("sent", at(invitation.sentAt()))
			.update();
		if (changed == 0) {
			return "invitation.sentJustNow";
		}
		mail(invitation.email(), invitation.organisationName(), user.signature(), invitation.language(), token, id,
				now);
		this.events.publishEvent(new InvitationSent(invitation.email(), invitation.organisationName(),
				invitation.role(), true, user.signature()));
		return null;
	}

	/**
	 * Withdraws a waiting invitation: its link no longer holds.
	 * @return whether it was waiting
	 */
	@Transactional
	public boolean withdraw(Long id, CurrentUser user) {
		InvitationView invitation = visible(id, user);
		int changed = this.jdbc
			.sql("update invitation set state = 'WITHDRAWN', pending_email = null, finished_at = :now "
					+ "where id = :id and state = 'PENDING'")
			.param("now", at(this.clock.instant()))
			.param("id", id)
			.update();
		if (changed == 1) {
			this.events.publishEvent(
					new InvitationWithdrawn(invitation.email(), invitation.organisationName(), user.signature()));
		}
		return changed == 1;
	}

	/**
	 * A page (from 0) of the invitations a user may see, the waiting ones first, newest
	 * first: an administrator's of every organisation, a manager's of their own.
	 */
	public Page<InvitationView> page(CurrentUser user, int page, int size) {
		String where = user.isAdmin() ? "" : " where i.organisation_id = :organisation";
		long total = this.jdbc.sql("select count(*) from invitation i" + where)
			.param("organisation", user.getOrganisationId())
			.query(Long.class)
			.single();
		List<InvitationView> rows = this.jdbc
			.sql("select " + COLUMNS + FROM + where
					+ " order by case when i.state = 'PENDING' then 0 else 1 end, i.created_at desc, i.id desc "
					+ "offset :offset rows fetch next :size rows only")
			.param("organisation", user.getOrganisationId())
			.param("offset", (long) page * size)
			.param("size", size)
			.query(this::view)
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	/** The invitation a link is for, while it holds: waiting and not expired. */
	public Optional<InvitationView> opened(String token) {
		if (!SecretTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select " + COLUMNS + FROM
					+ " where i.token_hash = :hash and i.state = 'PENDING' and i.expires_at > :now")
			.param("hash", SecretTokens.hash(token))
			.param("now", at(this.clock.instant()))
			.query(this::view)
			.optional();
	}

	private void mail(String address, String organisationName, String invitedBy, String language, String token, Long id,
			Instant now) {
		Locale locale = Locale.forLanguageTag(language);
		this.outbox.add(null, address, locale, MAIL_KIND, null,
				this.writer.invitation(organisationName, invitedBy, locale, token),
				"invitation:" + id + ":" + SecretTokens.hash(token), now);
	}

	Optional<InvitationView> waiting(String address) {
		return this.jdbc.sql("select " + COLUMNS + FROM + " where i.pending_email = :address")
			.param("address", address.strip().toLowerCase(Locale.ROOT))
			.query(this::view)
			.optional();
	}

	private InvitationView visible(Long id, CurrentUser user) {
		return this.jdbc
			.sql("select " + COLUMNS + FROM + " where i.id = :id"
					+ (user.isAdmin() ? "" : " and i.organisation_id = :organisation"))
			.param("organisation", user.getOrganisationId())
			.param("id", id)
			.query(this::view)
			.optional()
			.orElseThrow(() -> new InvitationNotFoundException(id));
	}

	private static Long organisationOf(Long chosen, CurrentUser inviter) {
		return inviter.isAdmin() ? chosen : inviter.getOrganisationId();
	}

	private InvitationView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new InvitationView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				Role.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), instant(rs, 8), instant(rs, 9),
				instant(rs, 10), rs.getInt(11), State.valueOf(rs.getString(12)), instant(rs, 13), rs.getString(14));
	}

	private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private OffsetDateTime at(Instant moment) {
		return OffsetDateTime.ofInstant(moment, this.clock.getZone());
	}

}
