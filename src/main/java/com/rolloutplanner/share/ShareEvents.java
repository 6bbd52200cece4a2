package com.rolloutplanner.share;

import com.rolloutplanner.change.EngagementChange;
import java.time.LocalDate;

/** What happens to share links, published in the transaction of the change. */
public final class ShareEvents {

	private ShareEvents() {
	}

	/** {@code expiresOn} is {@code null} for a link that stays until revoked. */
	public record ShareLinkCreated(Long engagementId, String label, LocalDate expiresOn,
			String actor) implements EngagementChange {
	}

	public record ShareLinkRevoked(Long engagementId, String label, String actor) implements EngagementChange {
	}

	/**
	 * A link opened for the first time; {@code createdBy} is the username of whoever
	 * created it ({@code null} for links older than that).
	 */
	public record ShareLinkFirstOpened(Long engagementId, String label, String createdBy) implements EngagementChange {
	}

}
