package com.rolloutplanner.report;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A phase report as it was shown at a meeting: the PDF, its as-of date and who kept it. */
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

	@Basic(fetch = FetchType.LAZY)
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

	Long getId() {
		return this.id;
	}

	Long getEngagementId() {
		return this.engagementId;
	}

	LocalDate getAsOf() {
		return this.asOf;
	}

	String getLanguage() {
		return this.language;
	}

	String getArchivedBy() {
		return this.archivedBy;
	}

	Instant getArchivedAt() {
		return this.archivedAt;
	}

	int getSizeBytes() {
		return this.sizeBytes;
	}

	byte[] getPdf() {
		return this.pdf;
	}

}
