package com.rolloutplanner.system;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data the product keeps between requests, all of it through Spring's cache
 * abstraction, each cache named and bounded (here, or by its module as a {@link Cache}
 * bean): data only, never rendered HTML, and only where a measurement showed the need
 * ({@code docs/performance.md}). A cache of another name does not exist.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class Caches {

	/**
	 * The journey the shared page and the report show, by the engagement's listing
	 * version, the date, the reader's organisation and whether amounts are hidden: some
	 * twenty-five reads each time otherwise. At most 100 journeys, none unread for half
	 * an hour.
	 */
	public static final String JOURNEYS = "journeys";

	/**
	 * What the engagement overview shows, by the engagement's listing version, the
	 * reader's access and organisation, the as-of date and today: some twenty-five reads
	 * otherwise. At most 200 overviews, none unread for half an hour.
	 */
	public static final String OVERVIEWS = "overviews";

	/**
	 * The report PDFs made lately, by the engagement's listing version, the date, the
	 * language, the reader's organisation and the address they were made under: up to 32
	 * MB of them ({@link Weighed}), none unread for half an hour.
	 */
	public static final String REPORT_PDFS = "reportPdfs";

	/** A kept value that says how much room it takes, in bytes. */
	public interface Weighed {

		int weight();

	}

	@Bean
	CacheManager cacheManager(List<CaffeineCache> modulesCaches) {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		manager.setCacheNames(List.of());
		manager.registerCustomCache(JOURNEYS,
				Caffeine.newBuilder().maximumSize(100).expireAfterAccess(Duration.ofMinutes(30)).build());
		manager.registerCustomCache(OVERVIEWS,
				Caffeine.newBuilder().maximumSize(200).expireAfterAccess(Duration.ofMinutes(30)).build());
		manager.registerCustomCache(REPORT_PDFS,
				Caffeine.newBuilder()
					.maximumWeight(32L * 1024 * 1024)
					.weigher((Object key, Object value) -> (value instanceof Weighed weighed) ? weighed.weight() : 1)
					.expireAfterAccess(Duration.ofMinutes(30))
					.build());
		modulesCaches.forEach((cache) -> manager.registerCustomCache(cache.getName(), cache.getNativeCache()));
		return manager;
	}

}
