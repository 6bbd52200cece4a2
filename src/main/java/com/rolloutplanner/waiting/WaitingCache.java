package com.rolloutplanner.waiting;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What waits for one side across its engagements, read for a reader, a minute and a state
 * of the side's listing: at most 10,000, each for two minutes.
 */
@Configuration(proxyBeanMethods = false)
class WaitingCache {

	static final String NAME = "waiting";

	@Bean
	CaffeineCache keptWaiting() {
		return new CaffeineCache(NAME,
				Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(2)).build());
	}

}
