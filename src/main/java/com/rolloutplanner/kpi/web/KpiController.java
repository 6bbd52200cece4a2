package com.rolloutplanner.kpi.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.kpi.BandPosition;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.listing.JourneyMonths;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.input.CsvLines;
import com.rolloutplanner.input.DecimalEditor;
import com.rolloutplanner.input.Measurement;
import com.rolloutplanner.kpi.CsvActuals;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiView;
import com.rolloutplanner.kpi.ContractTargets;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.system.AsOf;
import com.rolloutplanner.system.StaleVersionException;

/** The KPIs of an engagement, judged against the phase, with their charts. */
@Controller
class KpiController {

	private static final String PAGE = "kpi/kpis";

	private static final String FORM = "kpi/kpi";

	private static final int MAX_CSV_BYTES = 512 * 1024;

	private final Kpis kpis;

	private final Engagements engagements;

	private final ObjectProvider<ContractTargets> contracts;

	private final JourneyMonths months;

	KpiController(Kpis kpis, Engagements engagements, ObjectProvider<ContractTargets> contracts, JourneyMonths months) {
		this.months = months;
		this.kpis = kpis;
		this.engagements = engagements;
		this.contracts = contracts;
	}

	@InitBinder("kpiForm")
	void initBinder(WebDataBinder binder, Locale locale) {
		binder.setAllowedFields("name", "unit", "kind", "direction", "baseline", "target", "targetMonth",
				"allowedDipPercent", "version");
		DecimalEditor.register(binder, locale, Measurement.DECIMALS);
	}

	@GetMapping("/engagements/{id}/kpis")
	String show(@PathVariable Long id, AsOf asOf, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("kpiForm", new KpiForm());
		return page(id, asOf, user, model);
	}

	@PostMapping("/engagements/{id}/kpis")
	String add(@PathVariable Long id, @Valid KpiForm kpiForm, BindingResult result, AsOf asOf,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		validate(id, kpiForm, result, null);
		if (result.hasErrors()) {
			return page(id, asOf, user, model);
		}
		try {
			this.kpis.add(id, kpiForm.toSettings(), user);
		}
		catch (DataIntegrityViolationException ex) {
			// The same name, in another case, was added at the same moment.
			result.rejectValue("name", "kpi.name.taken");
			return page(id, asOf, user, model);
		}
		redirect.addFlashAttribute("flashMessage", "kpi.added");
		return "redirect:/engagements/" + id + "/kpis";
	}

	@GetMapping("/engagements/{id}/kpis/{kpiId}/edit")
	String editForm(@PathVariable Long id, @PathVariable Long kpiId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("kpiForm", KpiForm.of(this.kpis.kpi(id, kpiId, user.access())));
		return form(id, kpiId, user, model);
	}

	@PostMapping("/engagements/{id}/kpis/{kpiId}/edit")
	String edit(@PathVariable Long id, @PathVariable Long kpiId, @Valid KpiForm kpiForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Kpi current = this.kpis.kpi(id, kpiId, user.access());
		validate(id, kpiForm, result, kpiId);
		if (result.hasErrors()) {
			return form(id, kpiId, user, model);
		}
		try {
			this.kpis.change(id, kpiId, kpiForm.getVersion(), kpiForm.toSettings(), user);
		}
		catch (StaleVersionException ex) {
			kpiForm.setVersion(current.getVersion());
			result.reject("kpi.stale");
			return form(id, kpiId, user, model);
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("name", "kpi.name.taken");
			return form(id, kpiId, user, model);
		}
		redirect.addFlashAttribute("flashMessage", "kpi.changed");
		return "redirect:/engagements/" + id + "/kpis#kpi-" + kpiId;
	}

	@PostMapping("/engagements/{id}/kpis/{kpiId}/delete")
	String delete(@PathVariable Long id, @PathVariable Long kpiId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.kpis.remove(id, kpiId, user);
		redirect.addFlashAttribute("flashMessage", "kpi.removed");
		return "redirect:/engagements/" + id + "/kpis";
	}

	@PostMapping("/engagements/{id}/kpis/{kpiId}/actuals")
	String record(@PathVariable Long id, @PathVariable Long kpiId, @RequestParam(defaultValue = "") String month,
			@RequestParam(defaultValue = "") String value, AsOf asOf, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model, RedirectAttributes redirect) {
		this.kpis.kpi(id, kpiId, user.access());
		Integer parsedMonth = Kpi.month(month);
		CsvActuals.Value read = CsvActuals.value(value, locale);
		BigDecimal parsedValue = read.value();
		if (parsedMonth == null || parsedValue == null) {
			model.addAttribute("kpiForm", new KpiForm());
			model.addAttribute("actualFailure", new ActualFailure(kpiId, month, value,
					(parsedMonth == null) ? "kpi.actual.month.invalid" : null, (read.meant() != null)
							? "Decimals.ambiguous" : (parsedValue == null) ? "kpi.actual.value.invalid" : null,
					read.meant()));
			return page(id, asOf, user, model);
		}
		Kpis.RecordedActual recorded;
		try {
			recorded = this.kpis.record(id, kpiId, parsedMonth, parsedValue, user.access(), user.signature());
		}
		catch (StaleVersionException ex) {
			model.addAttribute("kpiForm", new KpiForm());
			model.addAttribute("actualFailure",
					new ActualFailure(kpiId, month, value, "kpi.actual.conflict", null, null));
			return page(id, asOf, user, model);
		}
		redirect.addFlashAttribute("flashMessage", "kpi.actual.recorded." + recorded.judgement());
		redirect.addFlashAttribute("flashArgument", recorded.month());
		return "redirect:/engagements/" + id + "/kpis#kpi-" + kpiId;
	}

	@PostMapping("/engagements/{id}/kpis/import")
	String importCsv(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String csv, AsOf asOf, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model, RedirectAttributes redirect) throws IOException {
		String content = CsvLines.uploaded(file, csv, MAX_CSV_BYTES);
		CsvLines.Result<?> result = (content != null) ? this.kpis.importCsv(id, content, user, locale)
				: CsvLines.Result.tooBig(MAX_CSV_BYTES);
		if (!result.isValid()) {
			// Shown after a redirect to the import card: the browser lands on the errors
			// and a
			// refresh posts nothing again.
			redirect.addFlashAttribute("importProblems", new java.util.ArrayList<>(result.problems()));
			redirect.addFlashAttribute("importText", (file == null || file.isEmpty()) ? csv : "");
			return "redirect:/engagements/" + id + "/kpis" + (asOf.today() ? "" : "?asOf=" + asOf.param()) + "#import";
		}
		redirect.addFlashAttribute("flashMessage", "kpi.imported");
		redirect.addFlashAttribute("flashArgument", result.entries().size());
		return "redirect:/engagements/" + id + "/kpis";
	}

	private void validate(Long id, KpiForm form, BindingResult result, Long kpiId) {
		if (!result.hasFieldErrors("target") && !form.targetNotWorseThanBaseline()) {
			result.rejectValue("target", "kpi.target.worseThanBaseline");
		}
		if (!result.hasFieldErrors("name") && form.getName() != null
				&& this.kpis.nameTaken(id, form.getName(), kpiId)) {
			result.rejectValue("name", "kpi.name.taken");
		}
	}

	private String page(Long id, AsOf asOf, CurrentUser user, Model model) {
		Parties parties = this.engagements.parties(id, user.access());
		Header header = new Header(parties.name(), parties.goLive());
		int asOfMonth = PhaseCalendar.place(header.goLive(), asOf.date()).monthOfJourney();
		ContractTargets source = this.contracts.getIfAvailable();
		Map<Long, SortedMap<Integer, Double>> agreed = (source != null) ? source.of(id) : Map.of();
		List<KpiView> views = this.kpis.readAll(id, user.access(),
				(k) -> KpiView.of(k, asOfMonth, agreed.get(k.getId())));
		model.addAttribute("engagementId", id);
		model.addAttribute("engagementName", header.name());
		model.addAttribute("asOf", asOf);
		model.addAttribute("asOfMonth", asOfMonth);
		model.addAttribute("kpis", views);
		others(id, asOf, user, views, PhaseCalendar.place(header.goLive(), asOf.date()).isLive() ? asOfMonth : 0,
				model);
		return PAGE;
	}

	/**
	 * How the reader's other journeys stood in the month of the journey shown (those that
	 * completed it), for each kind of KPI this one has (one query a kind), and where each
	 * KPI of this one stood then.
	 */
	private void others(Long id, AsOf asOf, CurrentUser user, List<KpiView> views, int month, Model model) {
		Map<KpiKind, JourneyMonths.Typical> others = new java.util.EnumMap<>(KpiKind.class);
		Map<Long, Double> own = new java.util.HashMap<>();
		if (month >= 1 && month <= JourneyMonths.LAST_MONTH) {
			for (KpiKind kind : views.stream().map(KpiView::kind).distinct().toList()) {
				this.months.typicalOfOthers(user.access(), asOf.date(), id, kind.name(), month)
					.ifPresent((typical) -> others.put(kind, typical));
			}
			for (KpiView view : views) {
				view.rows()
					.stream()
					.filter((row) -> row.month() == month)
					.findFirst()
					.map((row) -> BandPosition.of(view.definition(), month, row.value().doubleValue())
						.relativePercent())
					.ifPresent((relative) -> own.put(view.id(), relative));
			}
		}
		model.addAttribute("othersMonth", month);
		model.addAttribute("others", others);
		model.addAttribute("ownRelative", own);
	}

	private String form(Long id, Long kpiId, CurrentUser user, Model model) {
		model.addAttribute("engagementId", id);
		model.addAttribute("engagementName", this.engagements.parties(id, user.access()).name());
		model.addAttribute("kpiId", kpiId);
		if (kpiId != null) {
			Kpis.Stored stored = this.kpis.stored(id, kpiId, user.access());
			model.addAttribute("kpiName", stored.name());
			model.addAttribute("actualCount", stored.actuals());
		}
		return FORM;
	}

	private record Header(String name, LocalDate goLive) {
	}

	/** A rejected actual, shown again at its KPI with what was typed. */
	public record ActualFailure(Long kpiId, String month, String value, String monthError, String valueError,
			String valueMeant) {
	}

}
