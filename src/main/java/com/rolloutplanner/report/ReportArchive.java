package com.rolloutplanner.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.report.ReportEvents.MinutesArchived;
import com.rolloutplanner.report.ReportEvents.ReportArchived;
import com.rolloutplanner.steering.MeetingView;

/**
 * The archive of phase reports as they were shown at meetings. The PDF is rendered before
 * it reaches this service, outside any database transaction.
 */
@Service
@Transactional(readOnly = true)
public class ReportArchive {

	private final ArchivedReportRepository reports;

	private final Engagements engagements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportArchive(ArchivedReportRepository reports, Engagements engagements, ApplicationEventPublisher events,
			Clock clock) {
		this.reports = reports;
		this.engagements = engagements;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void store(Long engagementId, LocalDate asOf, String language, byte[] pdf, CurrentUser user) {
		this.engagements.parties(engagementId, user.access());
		this.reports
			.save(new ArchivedReport(engagementId, asOf, language, user.signature(), this.clock.instant(), pdf));
		this.events.publishEvent(new ReportArchived(engagementId, asOf, language, user.signature()));
	}

	/** Archives the minutes of a meeting, dated with the meeting beside the reports. */
	@Transactional
	public void storeMinutes(Long engagementId, MeetingView meeting, String language, byte[] pdf, CurrentUser user) {
		this.engagements.parties(engagementId, user.access());
		LocalDate held = meeting.startsAt().toLocalDate();
		this.reports.save(ArchivedReport.minutes(engagementId, held, meeting.kind().name(), language, user.signature(),
				this.clock.instant(), pdf));
		this.events
			.publishEvent(new MinutesArchived(engagementId, held, meeting.kind().name(), language, user.signature()));
	}

	/**
	 * Archives a version of the terms annex as both sides signed it, dated the day of the
	 * second signature; a version archived already is kept as it was.
	 */
	@Transactional
	public void storeAnnex(Long engagementId, int version, LocalDate signed, String language, byte[] pdf,
			String signedBy, java.time.Instant signedAt) {
		if (!this.reports.existsByEngagementIdAndAnnexVersion(engagementId, version)) {
			this.reports.save(ArchivedReport.annex(engagementId, version, signed, language, signedBy, signedAt, pdf));
		}
	}

	/** The archived versions of the annex of a visible engagement, by number. */
	public java.util.Map<Integer, Long> annexVersions(Long engagementId, com.rolloutplanner.account.Access access) {
		this.engagements.parties(engagementId, access);
		return this.reports.listByEngagementId(engagementId)
			.stream()
			.filter((row) -> row.annexVersion() != null)
			.collect(java.util.stream.Collectors.toMap(ArchiveRow::annexVersion, ArchiveRow::id, (a, b) -> a));
	}

	public List<ArchiveRow> list(Long engagementId, CurrentUser user) {
		this.engagements.parties(engagementId, user.access());
		return this.reports.listByEngagementId(engagementId);
	}

	/** An archived PDF with the file name it is downloaded under. */
	public Download download(Long engagementId, Long reportId, CurrentUser user) {
		String name = this.engagements.parties(engagementId, user.access()).name();
		return this.reports.findByIdAndEngagementId(reportId, engagementId)
			.map((report) -> new Download(report.getPdf(),
					(report.getAnnexVersion() != null) ? name + " terms annex version " + report.getAnnexVersion()
							: name,
					report.getAsOf()))
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND));
	}

	/** The PDF, what its file is named after and the date it shows. */
	public record Download(byte[] pdf, String engagementName, LocalDate asOf) {
	}

}
