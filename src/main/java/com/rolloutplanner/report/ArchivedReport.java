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

	static final String REPORT = "REPORT";

	static final String MINUTES = "MINUTES";

	static final String ANNEX = "ANNEX";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long engagementId;

	private LocalDate asOf;

	private String language;

	private String archivedBy;

	private Instant archivedAt;

	private int sizeBytes;

	/** Which document this is: {@link #REPORT}, {@link #MINUTES} or {@link #ANNEX}. */
	private String document;

	/** For minutes, the kind of the meeting (which may be cancelled later). */
	private String meetingKind;

	/** For a terms annex, the number of the version both sides signed. */
	private Integer annexVersion;

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
		this.document = REPORT;
	}

	/** The minutes of a meeting of this kind, held on {@code asOf}. */
	static ArchivedReport minutes(Long engagementId, LocalDate asOf, String meetingKind, String language,
			String archivedBy, Instant archivedAt, byte[] pdf) {
		ArchivedReport minutes = new ArchivedReport(engagementId, asOf, language, archivedBy, archivedAt, pdf);
		minutes.document = MINUTES;
		minutes.meetingKind = meetingKind;
		return minutes;
	}

	/** The version of the terms annex both sides signed on {@code asOf}. */
	static ArchivedReport annex(Long engagementId, int version, LocalDate asOf, String language, String signedBy,
			Instant archivedAt, byte[] pdf) {
		ArchivedReport annex = new ArchivedReport(engagementId, asOf, language, signedBy, archivedAt, pdf);
		annex.document = ANNEX;
		annex.annexVersion = version;
		return annex;
	}

	LocalDate getAsOf() {
		return this.asOf;
	}

	Integer getAnnexVersion() {
		return this.annexVersion;
	}

	byte[] getPdf() {
		return this.pdf;
	}

}
