package com.rolloutplanner.report.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.EngagementView;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.report.AnnexDocument;
import com.rolloutplanner.report.Journey;
import com.rolloutplanner.report.JourneyAssembler;
import com.rolloutplanner.report.Journeys;
import com.rolloutplanner.report.PageMargins;
import com.rolloutplanner.report.PdfPages;
import com.rolloutplanner.report.ReportArchive;
import com.rolloutplanner.steering.MeetingView;
import com.rolloutplanner.minutes.MinutesDocument;
import com.rolloutplanner.system.AsOf;
import com.rolloutplanner.system.Caches;

/**
 * The shared roadmap page for the managers of both sides, and the printable phase report:
 * in the browser (A4 print layout), as a PDF rendered on the server, and archived as it
 * was shown at a meeting.
 */
@Controller
class ReportController {

	private final JourneyAssembler journeys;

	private final Engagements engagements;

	private final PdfPages pages;

	private final ReportArchive archive;

	private final MinutesDocument minutes;

	private final PageMargins margins;

	private final Listings listings;

	private final Journeys kept;

	private final AnnexDocument annexes;

	private final Commitments commitments;

	/** The report PDFs made lately ({@link Caches#REPORT_PDFS}). */
	private final Cache madePdfs;

	ReportController(JourneyAssembler journeys, Engagements engagements, PdfPages pages, ReportArchive archive,
			MinutesDocument minutes, PageMargins margins, Listings listings, Journeys kept, CacheManager caches,
			AnnexDocument annexes, Commitments commitments) {
		this.annexes = annexes;
		this.commitments = commitments;
		this.madePdfs = caches.getCache(Caches.REPORT_PDFS);
		this.listings = listings;
		this.kept = kept;
		this.minutes = minutes;
		this.margins = margins;
		this.journeys = journeys;
		this.engagements = engagements;
		this.pages = pages;
		this.archive = archive;
	}

	@GetMapping("/engagements/{id}/shared")
	String shared(@PathVariable Long id, AsOf asOf, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("journey", this.kept.of(id, user.access(), user.getOrganisationId(), asOf.date(), false));
		model.addAttribute("asOf", asOf);
		return "report/shared";
	}

	@GetMapping("/engagements/{id}/report")
	String report(@PathVariable Long id, AsOf asOf, @AuthenticationPrincipal CurrentUser user, Model model) {
		Journey journey = this.kept.of(id, user.access(), user.getOrganisationId(), asOf.date(), false);
		model.addAttribute("journey", journey);
		model.addAttribute("report", new ReportPage(id, journey.engagement().name(), asOf.date()));
		model.addAttribute("asOf", asOf);
		model.addAttribute("pdf", false);
		return "report/report";
	}

	/**
	 * The terms annex: what both sides agree before go-live (the phases with what to
	 * expect, the goals, the investments, the business case with its what-ifs, the
	 * service levels and every flag with its acknowledgement), as of the date shown.
	 */
	@GetMapping("/engagements/{id}/annex")
	String annex(@PathVariable Long id, AsOf asOf, @AuthenticationPrincipal CurrentUser user, Model model) {
		Journey journey = this.journeys.assemble(id, user.access(), user.getOrganisationId(), asOf.date());
		model.addAttribute("journey", journey);
		model.addAttribute("report", new AnnexDocument.Page(id, journey.engagement().name(), journey.asOf()));
		model.addAttribute("versions", this.commitments.annexVersions(id, user.access()));
		model.addAttribute("archivedVersions", this.archive.annexVersions(id, user.access()));
		model.addAttribute("pdf", false);
		return AnnexDocument.TEMPLATE;
	}

	@GetMapping("/engagements/{id}/annex.pdf")
	ResponseEntity<byte[]> annexPdf(@PathVariable Long id, AsOf asOf, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		Journey journey = this.journeys.assemble(id, user.access(), user.getOrganisationId(), asOf.date());
		return PdfPages.response(this.annexes.pdf(journey, locale), safe(journey.engagement().name()) + "-terms-annex-"
				+ journey.asOf() + "-" + locale.getLanguage() + ".pdf", false);
	}

	/** What the report's page says of its engagement around the body. */
	record ReportPage(Long id, String name, LocalDate asOf) {
	}

	/** The running footer and page numbers of the printed report for the date shown. */
	@GetMapping(path = "/engagements/{id}/report/page.css", produces = "text/css")
	ResponseEntity<String> pageCss(@PathVariable Long id, AsOf asOf, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		String css = this.engagements.read(id, user.access(), (e) -> this.margins.css(e.getName(), asOf.date(),
				e.getClient().getName(), e.getPartner().getName(), locale));
		return ResponseEntity.ok().contentType(new MediaType("text", "css", StandardCharsets.UTF_8)).body(css);
	}

	/**
	 * The report as a PDF. A PDF asked for again, of the same engagement on the same date
	 * in the same language by the same side, while nothing of the engagement changed, is
	 * sent as it was made (one look-up says whether it changed, and whether the reader
	 * may see it).
	 */
	@GetMapping("/engagements/{id}/report.pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable Long id, AsOf asOf, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Listings.Version version = this.listings.version(id, user.access()).orElse(null);
		Supplier<MadePdf> make = () -> {
			Journey journey = this.journeys.assemble(id, user.access(), user.getOrganisationId(), asOf.date());
			return new MadePdf(renderPdf(journey, request, response, locale), fileName(journey, locale));
		};
		// Not there, or not the reader's: answered as the journey answers it, never kept.
		MadePdf made = (version != null) ? this.madePdfs.get(new PdfKey(id, version, asOf.date(), locale.getLanguage(),
				user.getOrganisationId(), PdfPages.base(request)), make::get) : make.get();
		return PdfPages.response(made.bytes(), made.fileName(), false);
	}

	/** What a report PDF is made of, as far as it can change. */
	private record PdfKey(Long engagementId, Listings.Version version, LocalDate asOf, String language,
			Long readerOrganisationId, String base) {
	}

	private record MadePdf(byte[] bytes, String fileName) implements Caches.Weighed {

		@Override
		public int weight() {
			return this.bytes.length;
		}

	}

	@PostMapping("/engagements/{id}/report/archive")
	String archive(@PathVariable Long id, AsOf asOf, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		Journey journey = this.journeys.assemble(id, user.access(), user.getOrganisationId(), asOf.date());
		byte[] bytes = renderPdf(journey, request, response, locale);
		this.archive.store(id, asOf.date(), locale.getLanguage(), bytes, user);
		redirect.addFlashAttribute("flashMessage", "report.archived");
		return "redirect:/engagements/" + id + "/reports";
	}

	@GetMapping("/engagements/{id}/reports")
	String archived(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("engagementId", id);
		model.addAttribute("engagementName", this.engagements.parties(id, user.access()).name());
		model.addAttribute("reports", this.archive.list(id, user));
		return "report/archive";
	}

	@GetMapping("/engagements/{id}/reports/{reportId}.pdf")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long reportId,
			@AuthenticationPrincipal CurrentUser user) {
		ReportArchive.Download download = this.archive.download(id, reportId, user);
		return PdfPages.response(download.pdf(), safe(download.engagementName()) + "-" + download.asOf() + ".pdf",
				true);
	}

	// The minutes of a meeting as a PDF, and archived beside the reports

	@GetMapping("/engagements/{id}/meetings/{meetingId}/minutes.pdf")
	ResponseEntity<byte[]> minutesPdf(@PathVariable Long id, @PathVariable Long meetingId,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		Map<String, Object> model = this.minutes.model(id, meetingId, user, locale);
		byte[] bytes = this.pages.render(MinutesDocument.TEMPLATE, model, request, response, locale);
		return PdfPages.response(bytes, minutesFileName(model, locale), false);
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/minutes/archive")
	String archiveMinutes(@PathVariable Long id, @PathVariable Long meetingId,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response,
			Locale locale, RedirectAttributes redirect) {
		Map<String, Object> model = this.minutes.model(id, meetingId, user, locale);
		MeetingView meeting = (MeetingView) model.get("meeting");
		byte[] bytes = this.pages.render(MinutesDocument.TEMPLATE, model, request, response, locale);
		this.archive.storeMinutes(id, meeting, locale.getLanguage(), bytes, user);
		redirect.addFlashAttribute("flashMessage", "meeting.minutes.archived");
		return "redirect:/engagements/" + id + "/reports";
	}

	private byte[] renderPdf(Journey journey, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		EngagementView e = journey.engagement();
		return this.pages.render("report/report",
				Map.of("journey", journey, "report", new ReportPage(e.id(), e.name(), journey.asOf()), "pageCss",
						this.margins.css(e.name(), journey.asOf(), e.clientName(), e.partnerName(), locale)),
				request, response, locale);
	}

	private static String minutesFileName(Map<String, Object> model, Locale locale) {
		MeetingView meeting = (MeetingView) model.get("meeting");
		Parties parties = (Parties) model.get("parties");
		return safe(parties.name()) + "-minutes-" + meeting.startsAt().toLocalDate() + "-" + locale.getLanguage()
				+ ".pdf";
	}

	private static String fileName(Journey journey, Locale locale) {
		return safe(journey.engagement().name()) + "-" + journey.asOf() + "-" + locale.getLanguage() + ".pdf";
	}

	private static String safe(String name) {
		return name.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
	}

}
