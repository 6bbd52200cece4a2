package com.rolloutplanner.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The clockwork of notifications: the daily checks and the Monday digests are looked at
 * every quarter of an hour (each runs once per period across instances; the outbox is
 * sent by the mail module's own clockwork). Off with
 * {@code rollout.notifications.scheduling=false} (the tests drive them by hand, with
 * their own clock).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "rollout.notifications.scheduling", havingValue = "true", matchIfMissing = true)
class NotificationScheduling {

	private static final Logger log = LoggerFactory.getLogger(NotificationScheduling.class);

	private final DailyChecks daily;

	private final WeeklyDigest digest;

	NotificationScheduling(DailyChecks daily, WeeklyDigest digest) {
		this.daily = daily;
		this.digest = digest;
	}

	@Scheduled(fixedDelayString = "${rollout.notifications.check-interval:PT15M}", initialDelayString = "PT20S")
	void check() {
		try {
			this.daily.runIfDue();
			this.digest.runIfDue();
		}
		catch (RuntimeException ex) {
			log.warn("The daily checks or digests did not run: {}", ex.toString());
		}
	}

}
