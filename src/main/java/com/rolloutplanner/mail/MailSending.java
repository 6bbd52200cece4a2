package com.rolloutplanner.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The clockwork of the outbox: sent every few seconds
 * ({@code rollout.mail.poll-interval}). Off with
 * {@code rollout.notifications.scheduling=false} (the tests send it by hand).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "rollout.notifications.scheduling", havingValue = "true", matchIfMissing = true)
class MailSending {

	private static final Logger log = LoggerFactory.getLogger(MailSending.class);

	private final OutboxDispatcher dispatcher;

	MailSending(OutboxDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Scheduled(fixedDelayString = "${rollout.mail.poll-interval:PT5S}", initialDelayString = "PT10S")
	void send() {
		try {
			this.dispatcher.dispatch();
		}
		catch (RuntimeException ex) {
			log.warn("The outbox could not be read: {}", ex.toString());
		}
	}

}
