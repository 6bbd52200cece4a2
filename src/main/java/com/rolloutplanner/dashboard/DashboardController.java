package com.rolloutplanner.dashboard;

import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.system.TimeSource;

import com.rolloutplanner.due.Deadlines;
import com.rolloutplanner.due.DueSummary;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.kpi.KpiState;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.phase.Placement;
import com.rolloutplanner.quickwin.Assessment;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.quickwin.QuickWinSubject;
import com.rolloutplanner.system.AsOf;

/**
 * The engagements of the reader, placed on the as-of date. Counts, filter and order are
 * computed from the same placements, so they always agree, month ends included.
 */
@Controller
class DashboardController {

	private final Engagements engagements;

	private final QuickWinAssessor assessor;

	private final Deadlines deadlines;

	private final WaitingForYou waiting;

	private final TimeSource time;

	private final Kpis kpis;

	DashboardController(Engagements engagements, QuickWinAssessor assessor, Deadlines deadlines, WaitingForYou waiting,
			TimeSource time, Kpis kpis) {
		this.kpis = kpis;
		this.engagements = engagements;
		this.assessor = assessor;
		this.deadlines = deadlines;
		this.waiting = waiting;
		this.time = time;
	}

	@GetMapping("/")
	String dashboard(AsOf asOf, @RequestParam(required = false) String phase,
			@RequestParam(required = false) String flags, @RequestParam(required = false) String due,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String page, @AuthenticationPrincipal CurrentUser user, Model model) {
		DashboardQuery query = DashboardQuery.of(phase, flags, due, sort, dir, page, asOf.param());
		List<Listed> listed = this.engagements.readAll(user.access(),
				(e) -> new Listed(e.getId(), e.getName(), e.getClient().getName(), e.getPartner().getName(),
						e.getGoLiveDate(), e.getContractMonths(), e.placementOn(asOf.date()), e.quickWinSubject(),
						e.getClient().getId(), e.getPartner().getId()));
		Map<Long, Assessment> assessments = this.assessor.assessAll(listed.stream()
			.collect(Collectors.toMap(Listed::id, (l) -> new QuickWinAssessor.Subject(l.goLiveDate(), l.subject()))));
		Map<Long, DueSummary> dues = this.deadlines
			.summaries(listed.stream().collect(Collectors.toMap(Listed::id, Listed::goLiveDate)), asOf.date());
		List<DashboardRow> all = listed.stream()
			.map((l) -> l.toRow(assessments.get(l.id()), dues.getOrDefault(l.id(), DueSummary.NOTHING)))
			.toList();
		// The phase counts obey the other filters, so that a phase's count is what
		// choosing it shows.
		List<DashboardRow> filtered = all.stream().filter(query::matchesBesidesPhase).toList();
		Map<Phase, Long> counts = new EnumMap<>(Phase.class);
		for (Phase p : Phase.values()) {
			counts.put(p, filtered.stream().filter((row) -> row.placement().phase() == p).count());
		}
		List<DashboardRow> matching = filtered.stream().filter(query::matches).toList();
		if (query.sortsByKpis()) {
			matching = withKpis(matching, asOf.date());
		}
		matching = matching.stream().sorted(query.comparator()).toList();
		int pages = Math.max(1, (matching.size() + DashboardQuery.PAGE_SIZE - 1) / DashboardQuery.PAGE_SIZE);
		int current = Math.min(query.page(), pages);
		int from = (current - 1) * DashboardQuery.PAGE_SIZE;
		List<DashboardRow> shown = matching.subList(from, Math.min(matching.size(), from + DashboardQuery.PAGE_SIZE));
		model.addAttribute("rows", query.sortsByKpis() ? shown : withKpis(shown, asOf.date()));
		model.addAttribute("counts", counts);
		model.addAttribute("total", all.size());
		model.addAttribute("filteredTotal", filtered.size());
		model.addAttribute("withCritical", all.stream().filter((row) -> row.openCritical() > 0).count());
		model.addAttribute("withOverdue", all.stream().filter((row) -> row.due().hasOverdue()).count());
		model.addAttribute("matching", matching.size());
		model.addAttribute("query", query);
		model.addAttribute("currentPage", current);
		model.addAttribute("pages", pages);
		model.addAttribute("asOf", asOf);
		List<WaitingForYou.Party> parties = listed.stream()
			.filter((l) -> l.sideOf(user.getOrganisationId()) != null)
			.map((l) -> new WaitingForYou.Party(l.id(), l.name(), l.goLiveDate(), l.sideOf(user.getOrganisationId()),
					assessments.get(l.id()).openCritical()))
			.toList();
		model.addAttribute("waiting", this.waiting.of(parties, user.getUsername(), this.time.today(), this.time.now()));
		return "dashboard/dashboard";
	}

	/** The rows with the state of their KPIs on the date, read in one go. */
	private List<DashboardRow> withKpis(List<DashboardRow> rows, LocalDate date) {
		Map<Long, KpiState> states = this.kpis
			.states(rows.stream().collect(Collectors.toMap(DashboardRow::id, DashboardRow::goLiveDate)), date);
		return rows.stream().map((row) -> row.withKpis(states.getOrDefault(row.id(), KpiState.NONE))).toList();
	}

	/** An engagement as read for the dashboard, before its flags are assessed. */
	private record Listed(Long id, String name, String clientName, String partnerName, LocalDate goLiveDate,
			int contractMonths, Placement placement, QuickWinSubject subject, Long clientId, Long partnerId) {

		Side sideOf(Long organisationId) {
			return (organisationId == null) ? null : organisationId.equals(this.clientId) ? Side.CLIENT
					: organisationId.equals(this.partnerId) ? Side.PARTNER : null;
		}

		DashboardRow toRow(Assessment assessment, DueSummary due) {
			return new DashboardRow(this.id, this.name, this.clientName, this.partnerName, this.goLiveDate,
					this.contractMonths, this.placement, assessment.openCritical(), assessment.openWarnings(), due,
					KpiState.NONE);
		}

	}

}
