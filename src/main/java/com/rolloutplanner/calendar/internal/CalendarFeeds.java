package com.rolloutplanner.calendar.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.SecretTokens;

/**
 * The personal calendar feeds of users: created with an unguessable token shown once,
 * stored only as its hash, revocable; a revoked feed is not found.
 */
@Service
@Transactional(readOnly = true)
class CalendarFeeds {

	private final CalendarFeedRepository feeds;

	private final Clock clock;

	CalendarFeeds(CalendarFeedRepository feeds, Clock clock) {
		this.feeds = feeds;
		this.clock = clock;
	}

	/** A feed as its page lists it. */
	public record FeedView(Long id, String label, java.time.Instant createdAt, java.time.Instant lastUsedAt,
			java.time.Instant revokedAt) {

		public boolean isActive() {
			return this.revokedAt == null;
		}

	}

	List<FeedView> of(String username) {
		return this.feeds.findByUsernameOrderByCreatedAtDescIdDesc(username)
			.stream()
			.map((f) -> new FeedView(f.getId(), f.getLabel(), f.getCreatedAt(), f.getLastUsedAt(), f.getRevokedAt()))
			.toList();
	}

	/**
	 * @return the token, the only time it is known
	 */
	@Transactional
	String create(String username, String label) {
		String token = SecretTokens.newToken();
		this.feeds.save(new CalendarFeed(username, label.strip(), SecretTokens.hash(token), this.clock.instant()));
		return token;
	}

	@Transactional
	boolean revoke(String username, Long feedId) {
		return this.feeds.findByIdAndUsername(feedId, username).map((feed) -> {
			feed.revoke(this.clock.instant());
			this.feeds.save(feed);
			return true;
		}).orElse(false);
	}

	/** The user of an active feed, noting that it was read. */
	@Transactional
	Optional<String> open(String token) {
		if (!SecretTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return this.feeds.findByTokenHash(SecretTokens.hash(token)).filter(CalendarFeed::isActive).map((feed) -> {
			feed.used(this.clock.instant());
			return feed.getUsername();
		});
	}

}
