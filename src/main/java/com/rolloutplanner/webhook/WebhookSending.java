package com.rolloutplanner.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The clockwork of the webhooks' deliveries: posted every few seconds
 * ({@code rollout.webhooks.poll-interval}), off with the mail's clockwork
 * ({@code rollout.notifications.scheduling=false}: the tests post them by hand).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "rollout.notifications.scheduling", havingValue = "true", matchIfMissing = true)
class WebhookSending {

	private static final Logger log = LoggerFactory.getLogger(WebhookSending.class);

	private final WebhookDispatcher dispatcher;

	WebhookSending(WebhookDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Scheduled(fixedDelayString = "${rollout.webhooks.poll-interval:PT5S}", initialDelayString = "PT15S")
	void post() {
		try {
			this.dispatcher.dispatch();
		}
		catch (RuntimeException ex) {
			log.warn("Webhook deliveries not posted this round: {}", ex.toString());
		}
	}

}
