package com.rolloutplanner.share.internal;

import com.rolloutplanner.share.ShareEvents;
import com.rolloutplanner.account.SecretTokens;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.share.ShareEvents.ShareLinkCreated;
import com.rolloutplanner.share.ShareEvents.ShareLinkRevoked;

/** Creating, listing, revoking and opening share links. */
@Service
@Transactional(readOnly = true)
class ShareLinks {

	private final ShareLinkRepository links;

	private final Engagements engagements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ShareLinks(ShareLinkRepository links, Engagements engagements, ApplicationEventPublisher events, Clock clock) {
		this.links = links;
		this.engagements = engagements;
		this.events = events;
		this.clock = clock;
	}

	List<ShareLink> links(Long engagementId, CurrentUser user) {
		this.engagements.parties(engagementId, user.access());
		return this.links.findByEngagementIdOrderByCreatedAtDesc(engagementId);
	}

	/**
	 * @return the token, to be shown once: only its hash is kept
	 */
	@Transactional
	String create(Long engagementId, String label, LocalDate expiresOn, boolean hideAmounts, CurrentUser user) {
		this.engagements.parties(engagementId, user.access());
		String token = SecretTokens.newToken();
		this.links.save(new ShareLink(engagementId, label, SecretTokens.hash(token), expiresOn, user.signature(),
				this.clock.instant(), hideAmounts, user.getUsername()));
		this.events.publishEvent(new ShareLinkCreated(engagementId, label.strip(), expiresOn, user.signature()));
		return token;
	}

	@Transactional
	void revoke(Long engagementId, Long linkId, CurrentUser user) {
		this.engagements.parties(engagementId, user.access());
		ShareLink link = this.links.findByIdAndEngagementId(linkId, engagementId)
			.orElseThrow(() -> new ShareLinkNotFoundException());
		link.revoke(this.clock.instant());
		this.events.publishEvent(new ShareLinkRevoked(engagementId, link.getLabel(), user.signature()));
	}

	/**
	 * Opens a link: the engagement it shows and whether it hides amounts, if the token is
	 * known, not revoked and not expired; counts the opening.
	 */
	@Transactional
	Optional<Opened> open(String token) {
		if (!SecretTokens.wellFormed(token)) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		Optional<ShareLink> link = this.links.findByTokenHash(SecretTokens.hash(token))
			.filter((l) -> l.isUsableOn(today));
		link.ifPresent((l) -> {
			// Only a link never opened can be opened for the first time (and only one
			// request
			// wins that update).
			if (l.getOpenCount() == 0 && this.links.countFirstOpening(l.getId(), this.clock.instant()) == 1) {
				this.events.publishEvent(new ShareEvents.ShareLinkFirstOpened(l.getEngagementId(), l.getLabel(),
						l.getCreatedByUsername()));
			}
			else {
				this.links.countOpening(l.getId(), this.clock.instant());
			}
		});
		return link.map((l) -> new Opened(l.getEngagementId(), l.isHideAmounts()));
	}

	/** What an opened link shows. */
	record Opened(Long engagementId, boolean hideAmounts) {
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
