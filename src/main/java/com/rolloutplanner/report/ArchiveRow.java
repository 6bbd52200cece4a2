package com.rolloutplanner.report;

/** One archived PDF of an engagement, without its bytes. */
public record ArchiveRow(Long id, java.time.LocalDate asOf, String language, String by, java.time.Instant at,
		int kilobytes, String document, String meetingKind, Integer annexVersion) {

	public boolean isAnnex() {
		return ArchivedReport.ANNEX.equals(this.document);
	}

	public boolean isMinutes() {
		return ArchivedReport.MINUTES.equals(this.document);
	}

}
