package com.rolloutplanner.report;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A phase report as it was shown at a meeting: the PDF, its as-of date and who kept it.
 */
@Entity
class ArchivedReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long engagementId;

	private LocalDate asOf;

	private String language;

	private String archivedBy;

	private Instant archivedAt;

	private int sizeBytes;

	// Read only when downloaded; the archive list is a projection without it.
	private byte[] pdf;

	protected ArchivedReport() {
	}

	ArchivedReport(Long engagementId, LocalDate asOf, String language, String archivedBy, Instant archivedAt,
			byte[] pdf) {
		this.engagementId = engagementId;
		this.asOf = asOf;
		this.language = language;
		this.archivedBy = archivedBy;
		this.archivedAt = archivedAt;
		this.pdf = pdf;
		this.sizeBytes = pdf.length;
	}

	LocalDate getAsOf() {
		return this.asOf;
	}

	byte[] getPdf() {
		return this.pdf;
	}

}
