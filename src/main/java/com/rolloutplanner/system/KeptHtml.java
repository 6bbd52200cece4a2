package com.rolloutplanner.system;

import java.time.Duration;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * HTML rendered from a template outside a view and kept by a key holding everything the
 * HTML depends on, so that a changed input is a different key and nothing kept is ever
 * stale: at most {@code maxChars} characters in all, and what is unread for an hour is
 * dropped.
 */
public final class KeptHtml<K> {

	private final Cache<K, String> kept;

	public KeptHtml(long maxChars) {
		this.kept = Caffeine.newBuilder()
			.maximumWeight(maxChars)
			.weigher((K key, String html) -> html.length() + 200)
			.expireAfterAccess(Duration.ofHours(1))
			.build();
	}

	/** The HTML kept for the key, rendered by {@code render} when none is. */
	public String get(K key, Function<? super K, String> render) {
		return this.kept.get(key, render);
	}

}
