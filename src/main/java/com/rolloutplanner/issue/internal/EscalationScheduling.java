package com.rolloutplanner.issue.internal;

import com.rolloutplanner.issue.Escalations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks for escalations every few minutes (a critical issue's promise is counted in
 * hours). Off with {@code rollout.notifications.scheduling=false}, like the other
 * clockwork: the tests run it by hand with their own clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "rollout.notifications.scheduling", havingValue = "true", matchIfMissing = true)
class EscalationScheduling {

	private static final Logger log = LoggerFactory.getLogger(EscalationScheduling.class);

	private final Escalations escalations;

	EscalationScheduling(Escalations escalations) {
		this.escalations = escalations;
	}

	@Scheduled(fixedDelayString = "${rollout.raid.escalation-interval:PT5M}", initialDelayString = "PT30S")
	void check() {
		try {
			this.escalations.run();
		}
		catch (RuntimeException ex) {
			log.warn("The escalations were not checked: {}", ex.toString());
		}
	}

}
