package com.rolloutplanner.listing;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The counts and pages of the engagement lists read for a state of the reader's listing
 * ({@link ListingState}): at most 20,000 counts and listed engagements, none unread for
 * half an hour.
 */
@Configuration(proxyBeanMethods = false)
class ListingCache {

	@Bean
	CaffeineCache keptListings() {
		return new CaffeineCache(Listings.CACHE,
				Caffeine.newBuilder()
					.maximumWeight(20_000)
					.weigher((Object key, Object value) -> (value instanceof List<?> rows) ? 1 + rows.size() : 1)
					.expireAfterAccess(Duration.ofMinutes(30))
					.build());
	}

}
