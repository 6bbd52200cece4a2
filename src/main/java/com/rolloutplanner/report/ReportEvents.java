package com.rolloutplanner.report;

import com.rolloutplanner.change.EngagementChange;
import java.time.LocalDate;

/** What happens to the report archive, published in the transaction of the change. */
public final class ReportEvents {

	private ReportEvents() {
	}

	public record ReportArchived(Long engagementId, LocalDate asOf, String language,
			String actor) implements EngagementChange {
	}

	/** The minutes of a meeting of this kind, held on {@code held}, were archived. */
	public record MinutesArchived(Long engagementId, LocalDate held, String meetingKind, String language,
			String actor) implements EngagementChange {
	}

}
