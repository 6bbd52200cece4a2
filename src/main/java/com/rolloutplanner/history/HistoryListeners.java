package com.rolloutplanner.history;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.rolloutplanner.account.AccountEvents.LoginUnlocked;
import com.rolloutplanner.account.AccountEvents.IdentityLinked;
import com.rolloutplanner.account.AccountEvents.PasswordChosenFromMail;
import com.rolloutplanner.signin.SigninEvents.ProviderRemoved;
import com.rolloutplanner.signin.SigninEvents.ProviderSaved;
import com.rolloutplanner.account.AccountEvents.PasswordReset;
import com.rolloutplanner.onboarding.OnboardingEvents.InvitationAccepted;
import com.rolloutplanner.onboarding.OnboardingEvents.InvitationSent;
import com.rolloutplanner.onboarding.OnboardingEvents.InvitationWithdrawn;
import com.rolloutplanner.account.AccountEvents.UserActivityChanged;
import com.rolloutplanner.account.AccountEvents.UserCreated;
import com.rolloutplanner.change.EngagementChange;
import com.rolloutplanner.commitments.CommitmentEvents.AnnexOutdated;
import com.rolloutplanner.engagement.EngagementEvents.EngagementCreated;
import com.rolloutplanner.engagement.EngagementEvents.EngagementDeleted;
import com.rolloutplanner.organisation.OrganisationEvents.OrganisationCreated;
import com.rolloutplanner.organisation.OrganisationEvents.OrganisationRenamed;
import com.rolloutplanner.quickwin.FlagCleared;
import com.rolloutplanner.quickwin.FlagCode;
import com.rolloutplanner.quickwin.FlagRaised;
import com.rolloutplanner.quickwin.Severity;

import static com.rolloutplanner.history.HistoryArgument.message;
import static com.rolloutplanner.history.HistoryArgument.text;

/**
 * Turns every module's change events into history entries: a message key per kind of
 * change and typed arguments ({@link ChangeWording}, one registry for every change to an
 * engagement), put into words in the reader's language when read. Each listener runs
 * before the change's transaction commits, in that transaction.
 */
@Component
class HistoryListeners {

	private final HistoryRecorder history;

	private final ChangeWording wording = ChangeWording.standard();

	HistoryListeners(HistoryRecorder history) {
		this.history = history;
	}

	/**
	 * Every change to an engagement, worded by the registry. An engagement that was just
	 * created or deleted is named by the event; the others by their current name, read
	 * once for all the entries of the event.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EngagementChange event) {
		List<ChangeWording.Entry> entries = this.wording.entries(event);
		if (entries.isEmpty()) {
			return;
		}
		String name;
		if (event instanceof EngagementCreated created) {
			name = created.name();
		}
		else if (event instanceof EngagementDeleted deleted) {
			name = deleted.name();
		}
		else {
			name = this.history.nameOf(event.engagementId());
		}
		for (ChangeWording.Entry entry : entries) {
			this.history.named(event.engagementId(), name, event.actor(), entry.key(), entry.marked(),
					entry.arguments());
		}
	}

	/**
	 * The quick-win flags a change to the plan raised or cleared, heard as the flag watch
	 * finds them, before the change commits; a raised critical flag is marked for the
	 * next agenda.
	 */
	@EventListener
	void on(FlagCleared event) {
		for (FlagCode code : event.codes()) {
			this.history.engagement(event.engagementId(), event.actor(), "history.entry.flagCleared", false,
					message("flag." + code + ".title"));
		}
	}

	@EventListener
	void on(FlagRaised event) {
		for (FlagRaised.Raised flag : event.flags()) {
			this.history.engagement(event.engagementId(), event.actor(), "history.entry.flagRaised",
					flag.severity() == Severity.CRITICAL, message("flag." + flag.code() + ".title"),
					message("severity." + flag.severity()));
		}
	}

	/**
	 * A change to the terms after both sides signed the annex, heard as the annex watch
	 * finds it, before the change commits; marked for the next agenda.
	 */
	@EventListener
	void on(AnnexOutdated event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.annexOutdated", true,
				HistoryArgument.number(event.version()), HistoryArgument.number(event.version() + 1));
	}

	// Administration

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(UserCreated event) {
		this.history.administration(event.actor(), "history.entry.userCreated", text(event.username()),
				text(event.displayName()), text(event.organisationName()), EntryArguments.value(event.role()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(UserActivityChanged event) {
		this.history.administration(event.actor(),
				event.active() ? "history.entry.userReactivated" : "history.entry.userDeactivated",
				text(event.username()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PasswordReset event) {
		this.history.administration(event.actor(), "history.entry.passwordReset", text(event.username()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PasswordChosenFromMail event) {
		this.history.administration(event.actor(), "history.entry.passwordChosenFromMail", text(event.username()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(InvitationSent event) {
		this.history.administration(event.actor(),
				event.again() ? "history.entry.invitationSentAgain" : "history.entry.invitationSent",
				text(event.email()), text(event.organisationName()), EntryArguments.value(event.role()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(InvitationWithdrawn event) {
		this.history.administration(event.actor(), "history.entry.invitationWithdrawn", text(event.email()),
				text(event.organisationName()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(InvitationAccepted event) {
		this.history.administration(event.actor(), "history.entry.invitationAccepted", text(event.email()),
				text(event.organisationName()), text(event.username()), text(event.invitedBy()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(IdentityLinked event) {
		this.history.administration(event.actor(), "history.entry.identityLinked", text(event.username()),
				text(event.issuer()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ProviderSaved event) {
		this.history.administration(event.actor(),
				event.passwordSignIn() ? "history.entry.providerSaved" : "history.entry.providerSavedNoPasswords",
				text(event.organisationName()), text(event.issuer()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ProviderRemoved event) {
		this.history.administration(event.actor(), "history.entry.providerRemoved", text(event.organisationName()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(LoginUnlocked event) {
		this.history.administration(event.actor(), "history.entry.loginUnlocked", text(event.username()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(OrganisationCreated event) {
		this.history.administration(event.actor(), "history.entry.organisationCreated", text(event.name()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(OrganisationRenamed event) {
		this.history.administration(event.actor(), "history.entry.organisationRenamed", text(event.from()),
				text(event.to()));
	}

}
