package com.rolloutplanner.report;

import java.time.LocalDate;

/** What happens to the report archive, published in the transaction of the change. */
public final class ReportEvents {

	private ReportEvents() {
	}

	public record ReportArchived(Long engagementId, LocalDate asOf, String language, String actor) {
	}

}
