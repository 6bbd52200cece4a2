package com.rolloutplanner.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.ProviderIdentities;
import com.rolloutplanner.input.FieldProblem;
import com.rolloutplanner.onboarding.OnboardingEvents.InvitationAccepted;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.signin.InvitedAccounts;

/**
 * An invitation accepted: from its link, with a username, a name and a password of the
 * invited person's own; or at their first sign-in through the organisation's provider,
 * which verified the address. Either way once: the first to take the waiting invitation
 * makes the user, with the invitation's organisation, role and address.
 */
@Service
@Transactional(readOnly = true)
public class InvitationAcceptance implements InvitedAccounts {

	private final Invitations invitations;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final ProviderIdentities identities;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InvitationAcceptance(Invitations invitations, JdbcClient jdbc, Accounts accounts, ProviderIdentities identities,
			Organisations organisations, ApplicationEventPublisher events, Clock clock) {
		this.invitations = invitations;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.identities = identities;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What is wrong with the account an invited person would create: a username of
	 * letters, digits and {@code . _ @ -} up to 100 characters nobody has, a name up to
	 * 200, a password as the product's rule wants it, typed twice the same.
	 */
	public static List<FieldProblem> checkAccount(String username, String displayName, String password,
			String confirmation, java.util.function.Predicate<String> taken) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = (username != null) ? username.strip() : "";
		if (name.isEmpty()) {
			problems.add(new FieldProblem("username", "invitation.username.required"));
		}
		else if (name.length() > 100 || !name.matches("[A-Za-z0-9._@-]+")) {
			problems.add(new FieldProblem("username", "invitation.username.invalid"));
		}
		else if (taken.test(name)) {
			problems.add(new FieldProblem("username", "invitation.username.taken"));
		}
		FieldProblem.text(problems, "displayName", displayName, true, 200, false);
		String problem = Accounts.passwordProblem(name, password);
		if (problem != null) {
			problems.add(new FieldProblem("password", problem));
		}
		else if (!password.equals(confirmation)) {
			problems.add(new FieldProblem("confirmPassword", "password.mismatch"));
		}
		return problems;
	}

	/** What is wrong with the account an invited person would create now. */
	public List<FieldProblem> checkAccount(String username, String displayName, String password, String confirmation) {
		return checkAccount(username, displayName, password, confirmation, this.accounts::exists);
	}

	/**
	 * Accepts an invitation whose link holds with the account (as {@link #checkAccount}
	 * accepts it): the user exists with the invitation's organisation, role, address and
	 * language.
	 * @return the new user's username, or empty when the link no longer holds (used by a
	 * second click, withdrawn, expired)
	 */
	@Transactional
	public Optional<String> accept(String token, String username, String displayName, String password) {
		Optional<InvitationView> opened = this.invitations.opened(token);
		if (opened.isEmpty()) {
			return Optional.empty();
		}
		InvitationView invitation = opened.get();
		if (!take(invitation.id())) {
			return Optional.empty();
		}
		if (!checkAccount(username, displayName, password, password).isEmpty()) {
			throw new IllegalArgumentException("Not an account");
		}
		Organisation organisation = this.organisations.find(invitation.organisationId()).orElseThrow();
		Long userId = this.accounts.createInvited(username.strip(), displayName.strip(), organisation,
				invitation.role(), password, invitation.email(), Locale.forLanguageTag(invitation.language()),
				invitation.invitedBy());
		linkUser(invitation.id(), userId);
		String normalised = username.strip().toLowerCase(Locale.ROOT);
		this.events.publishEvent(new InvitationAccepted(invitation.email(), invitation.organisationName(), normalised,
				invitation.invitedBy(), displayName.strip() + " (" + invitation.organisationName() + ")"));
		return Optional.of(normalised);
	}

	/**
	 * Accepts the invitation waiting for an address in an organisation by signing in
	 * through the organisation's provider (which verified the address): the user exists
	 * with the invitation's role, linked to the provider's identity.
	 * @return the new user, or empty when no invitation waits for the address there
	 */
	@Override
	@Transactional
	public Optional<CurrentUser> acceptThroughProvider(Long organisationId, String address, String displayName,
			String issuer, String subject) {
		Optional<InvitationView> waiting = this.invitations.waiting(address)
			.filter((i) -> i.organisationId().equals(organisationId) && !i.expired(this.clock.instant()));
		if (waiting.isEmpty()) {
			return Optional.empty();
		}
		InvitationView invitation = waiting.get();
		if (!take(invitation.id())) {
			return Optional.empty();
		}
		Organisation organisation = this.organisations.find(organisationId).orElseThrow();
		CurrentUser user = this.identities.joinThroughProvider(organisation, invitation.role(), address, displayName,
				issuer, subject, Locale.forLanguageTag(invitation.language()));
		linkUser(invitation.id(), user.getId());
		this.events.publishEvent(new InvitationAccepted(invitation.email(), invitation.organisationName(),
				user.getUsername(), invitation.invitedBy(), user.signature()));
		return Optional.of(user);
	}

	private OffsetDateTime at(Instant moment) {
		return OffsetDateTime.ofInstant(moment, this.clock.getZone());
	}

	/**
	 * Takes the waiting invitation for its acceptance; false when another click, a
	 * withdrawal or a second tab took it first.
	 */
	private boolean take(Long invitationId) {
		return this.jdbc
			.sql("update invitation set state = 'ACCEPTED', pending_email = null, finished_at = :now "
					+ "where id = :id and state = 'PENDING'")
			.param("now", at(this.clock.instant()))
			.param("id", invitationId)
			.update() == 1;
	}

	/** Records the user an accepted invitation made. */
	private void linkUser(Long invitationId, Long userId) {
		this.jdbc.sql("update invitation set user_account_id = :user where id = :id")
			.param("user", userId)
			.param("id", invitationId)
			.update();
	}

}
