package com.rolloutplanner.mail;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, off the request threads: claims a batch for this instance,
 * sends each mail, marks it sent, or records the failure and its next attempt. A failed
 * mail never touches the change that caused it.
 */
@Component
public class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	static final int BATCH = 20;

	/** Batches per round at most, so that a round ends. */
	static final int ROUNDS = 10;

	private final Outbox outbox;

	private final MailTransport transport;

	private final Instance instance;

	private final Clock clock;

	OutboxDispatcher(Outbox outbox, MailTransport transport, Instance instance, Clock clock) {
		this.outbox = outbox;
		this.transport = transport;
		this.instance = instance;
		this.clock = clock;
	}

	/**
	 * @return how many mails were sent
	 */
	public int dispatch() {
		return dispatch(this.instance.name());
	}

	/** Sends as the named instance (two instances in one process, in tests). */
	public int dispatch(String instanceName) {
		if (!this.transport.configured()) {
			return 0;
		}
		int sent = 0;
		for (int round = 0; round < ROUNDS; round++) {
			List<Outbox.Row> claimed = this.outbox.claim(instanceName, this.clock.instant(), BATCH);
			for (Outbox.Row row : claimed) {
				try {
					this.transport.send(row);
					this.outbox.sent(row.id(), instanceName, this.clock.instant());
					sent++;
				}
				catch (Exception ex) {
					log.warn("Mail {} to {} not sent (attempt {}): {}", row.id(), row.recipient(), row.attempts() + 1,
							ex.toString());
					this.outbox.failed(row.id(), instanceName, row.attempts(), this.clock.instant(),
							ex.getClass().getSimpleName() + ": " + ex.getMessage());
				}
			}
			if (claimed.size() < BATCH) {
				break;
			}
		}
		return sent;
	}

}
