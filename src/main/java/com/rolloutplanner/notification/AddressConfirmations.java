package com.rolloutplanner.notification;

import com.rolloutplanner.subscription.NotificationKind;
import java.time.Clock;
import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.AccountEvents.AddressEntered;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Contacts;
import com.rolloutplanner.mail.Outbox;

/**
 * An address an administrator typed for a user is confirmed as the user's own typing is:
 * after the change commits, the address waits and a mail with the one-time link goes to
 * it; nothing else goes there until the link is opened.
 */
@Component
class AddressConfirmations {

	private final Contacts contacts;

	private final Accounts accounts;

	private final Outbox outbox;

	private final MailWriter writer;

	private final Clock clock;

	AddressConfirmations(Contacts contacts, Accounts accounts, Outbox outbox, MailWriter writer, Clock clock) {
		this.contacts = contacts;
		this.accounts = accounts;
		this.outbox = outbox;
		this.writer = writer;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AddressEntered event) {
		this.accounts.reader(event.userId())
			.ifPresent((user) -> this.contacts.requestEmail(event.userId(), event.address()).ifPresent((token) -> {
				Locale language = user.language();
				this.outbox.add(event.userId(), event.address(), language, NotificationKind.ADDRESS_CONFIRMATION.name(),
						null, this.writer.confirmation(user.displayName(), language, token),
						"confirm:" + event.userId() + ":" + this.clock.instant().toEpochMilli(), this.clock.instant());
			}));
	}

}
