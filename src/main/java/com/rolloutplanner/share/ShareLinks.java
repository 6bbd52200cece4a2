package com.rolloutplanner.share;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.Engagements;

/** Creating, listing, revoking and opening share links. */
@Service
@Transactional(readOnly = true)
class ShareLinks {

	private final ShareLinkRepository links;

	private final Engagements engagements;

	private final Clock clock;

	ShareLinks(ShareLinkRepository links, Engagements engagements, Clock clock) {
		this.links = links;
		this.engagements = engagements;
		this.clock = clock;
	}

	List<ShareLink> links(Long engagementId, CurrentUser user) {
		this.engagements.read(engagementId, user.access(), Engagement::getId);
		return this.links.findByEngagementIdOrderByCreatedAtDesc(engagementId);
	}

	/**
	 * @return the token, to be shown once: only its hash is kept
	 */
	@Transactional
	String create(Long engagementId, String label, LocalDate expiresOn, CurrentUser user) {
		this.engagements.read(engagementId, user.access(), Engagement::getId);
		String token = ShareTokens.newToken();
		this.links.save(new ShareLink(engagementId, label, ShareTokens.hash(token), expiresOn, user.signature(),
				this.clock.instant()));
		this.engagements.recordEvent(engagementId, user.access(), user.signature(), "SHARE_LINK_CREATED", "share", null,
				label.strip());
		return token;
	}

	@Transactional
	void revoke(Long engagementId, Long linkId, CurrentUser user) {
		this.engagements.read(engagementId, user.access(), Engagement::getId);
		ShareLink link = this.links.findByIdAndEngagementId(linkId, engagementId)
			.orElseThrow(() -> new ShareLinkNotFoundException());
		link.revoke(this.clock.instant());
		this.engagements.recordEvent(engagementId, user.access(), user.signature(), "SHARE_LINK_REVOKED", "share",
				link.getLabel(), null);
	}

	/**
	 * Opens a link: the engagement it shows, if the token is known, not revoked and not
	 * expired; counts the opening.
	 */
	@Transactional
	Optional<Long> open(String token) {
		if (!ShareTokens.wellFormed(token)) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		Optional<ShareLink> link = this.links.findByTokenHash(ShareTokens.hash(token))
			.filter((l) -> l.isUsableOn(today));
		link.ifPresent((l) -> this.links.countOpening(l.getId(), this.clock.instant()));
		return link.map(ShareLink::getEngagementId);
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
