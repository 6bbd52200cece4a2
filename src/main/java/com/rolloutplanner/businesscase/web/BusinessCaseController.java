package com.rolloutplanner.businesscase.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.businesscase.BusinessCaseMissingException;
import com.rolloutplanner.businesscase.BusinessCaseTerms;
import com.rolloutplanner.businesscase.BusinessCaseView;
import com.rolloutplanner.businesscase.BusinessCases;
import com.rolloutplanner.businesscase.CsvCosts;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.TermsCheck;
import com.rolloutplanner.input.CsvLines;
import com.rolloutplanner.input.DecimalEditor;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.system.AsOf;
import com.rolloutplanner.system.StaleVersionException;

/**
 * The business case of an engagement: its terms, the payback curve planned against
 * actual, the what-if curves, and the monthly cost actuals by form and CSV.
 */
@Controller
class BusinessCaseController {

	private static final String PAGE = "businesscase/business-case";

	private static final int MAX_CSV_BYTES = 256 * 1024;

	private final BusinessCases cases;

	private final Engagements engagements;

	private final TermsCheck termsCheck;

	private final MessageSource messages;

	BusinessCaseController(BusinessCases cases, Engagements engagements, TermsCheck termsCheck,
			MessageSource messages) {
		this.cases = cases;
		this.engagements = engagements;
		this.termsCheck = termsCheck;
		this.messages = messages;
	}

	@InitBinder("businessCaseForm")
	void initBinder(WebDataBinder binder, Locale locale) {
		binder.setAllowedFields("currency", "baselineMonthlyCost", "monthlyContacts", "costModel", "steadyFee",
				"startUpSurcharge", "costStartUp", "costLearning", "costEstablished", "costContinuous",
				"plannedMonthlyBenefit", "hourlyRate", "transitionCosts", "version");
		// Hours and amounts alike: at most two decimals (the amount check says more).
		DecimalEditor.register(binder, locale, 2);
	}

	@GetMapping("/engagements/{id}/business-case")
	String show(@PathVariable Long id, AsOf asOf, @AuthenticationPrincipal CurrentUser user, Model model) {
		Optional<BusinessCaseView> view = this.cases.view(id, user.access());
		model.addAttribute("businessCaseForm", view.map(BusinessCaseForm::of).orElseGet(BusinessCaseForm::new));
		view.ifPresent((saved) -> model.addAttribute("termsCheck",
				this.termsCheck.checkBusinessCase(id, user.access(), saved.terms()::plannedPayback)));
		return page(id, view, asOf, user, model);
	}

	/**
	 * What the typed business case means with the engagement's terms, storing nothing:
	 * answered to a script asking while the user types (the check section's inside), or
	 * the page again with the form as typed and the check filled in.
	 */
	@PostMapping("/engagements/{id}/business-case/preview")
	String preview(@PathVariable Long id, @Valid BusinessCaseForm businessCaseForm, BindingResult result, AsOf asOf,
			@RequestHeader(name = "X-Terms-Check", required = false) String fragment,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Optional<BusinessCaseView> view = this.cases.view(id, user.access());
		validate(businessCaseForm, result);
		check(id, businessCaseForm, result, user, model);
		return (fragment != null) ? "engagement/_check :: check" : page(id, view, asOf, user, model);
	}

	/**
	 * Puts the check of the typed case in the model, or the fields that keep it from
	 * being made.
	 */
	private void check(Long id, BusinessCaseForm form, BindingResult result, CurrentUser user, Model model) {
		if (!result.hasFieldErrors()) {
			BusinessCaseTerms typed = form.toTerms();
			model.addAttribute("termsCheck",
					this.termsCheck.checkBusinessCase(id, user.access(), typed::plannedPayback));
			return;
		}
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("termsCheckProblems",
				result.getFieldErrors()
					.stream()
					.map((error) -> this.messages.getMessage("businessCaseForm." + error.getField(), null,
							error.getField(), locale) + ": " + this.messages.getMessage(error, locale))
					.toList());
	}

	@PostMapping("/engagements/{id}/business-case")
	String save(@PathVariable Long id, @Valid BusinessCaseForm businessCaseForm, BindingResult result, AsOf asOf,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Optional<BusinessCaseView> view = this.cases.view(id, user.access());
		validate(businessCaseForm, result);
		if (result.hasErrors()) {
			check(id, businessCaseForm, result, user, model);
			return page(id, view, asOf, user, model);
		}
		try {
			this.cases.save(id, businessCaseForm.getVersion(), businessCaseForm.toTerms(), user);
		}
		catch (StaleVersionException ex) {
			view.ifPresent((current) -> businessCaseForm.setVersion(current.version()));
			result.reject("businessCase.stale");
			return page(id, view, asOf, user, model);
		}
		redirect.addFlashAttribute("flashMessage", view.isPresent() ? "businessCase.saved" : "businessCase.created");
		return "redirect:/engagements/" + id + "/business-case";
	}

	@PostMapping("/engagements/{id}/business-case/actuals")
	String record(@PathVariable Long id, @RequestParam(defaultValue = "") String month,
			@RequestParam(defaultValue = "") String cost, @RequestParam(defaultValue = "") String benefit, AsOf asOf,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
		// The form is only on the page of a business case; without one there is nothing
		// to record against (404, like a missing engagement).
		Optional<BusinessCaseView> view = Optional
			.of(this.cases.view(id, user.access()).orElseThrow(() -> new BusinessCaseMissingException(id)));
		Integer parsedMonth = CsvCosts.month(month);
		CsvCosts.Amount parsedCost = CsvCosts.amount(cost, locale);
		CsvCosts.Amount parsedBenefit = benefit.isBlank() ? new CsvCosts.Amount(BigDecimal.ZERO.setScale(2), null)
				: CsvCosts.amount(benefit, locale);
		if (parsedMonth == null || parsedCost.value() == null || parsedBenefit.value() == null) {
			model.addAttribute("businessCaseForm", BusinessCaseForm.of(view.get()));
			model.addAttribute("actualFailure",
					new ActualFailure(month, cost, benefit, (parsedMonth == null) ? "businessCase.actual.month" : null,
							parsedCost.error(), parsedBenefit.error(), parsedCost.meant(), parsedBenefit.meant()));
			return page(id, view, asOf, user, model);
		}
		try {
			this.cases.record(id, parsedMonth, parsedCost.value(), parsedBenefit.value(), user.access(),
					user.signature());
		}
		catch (StaleVersionException ex) {
			model.addAttribute("businessCaseForm", BusinessCaseForm.of(view.get()));
			model.addAttribute("actualFailure",
					new ActualFailure(month, cost, benefit, "businessCase.actual.conflict", null, null, null, null));
			return page(id, view, asOf, user, model);
		}
		redirect.addFlashAttribute("flashMessage", "businessCase.actual.recorded");
		redirect.addFlashAttribute("flashArgument", parsedMonth);
		return "redirect:/engagements/" + id + "/business-case#actuals";
	}

	@PostMapping("/engagements/{id}/business-case/actuals/{month}/delete")
	String forget(@PathVariable Long id, @PathVariable int month, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		if (this.cases.forget(id, month, user)) {
			redirect.addFlashAttribute("flashMessage", "businessCase.actual.removed");
			redirect.addFlashAttribute("flashArgument", month);
		}
		return "redirect:/engagements/" + id + "/business-case#actuals";
	}

	@PostMapping("/engagements/{id}/business-case/import")
	String importCsv(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String csv, @AuthenticationPrincipal CurrentUser user, Locale locale,
			RedirectAttributes redirect) throws IOException {
		String content = CsvLines.uploaded(file, csv, MAX_CSV_BYTES);
		CsvLines.Result<?> result = (content != null) ? this.cases.importCsv(id, content, user, locale)
				: CsvLines.Result.tooBig(MAX_CSV_BYTES);
		if (!result.isValid()) {
			redirect.addFlashAttribute("importProblems", new ArrayList<>(result.problems()));
			redirect.addFlashAttribute("importText", (file == null || file.isEmpty()) ? csv : "");
			return "redirect:/engagements/" + id + "/business-case#import";
		}
		redirect.addFlashAttribute("flashMessage", "businessCase.imported");
		redirect.addFlashAttribute("flashArgument", result.entries().size());
		return "redirect:/engagements/" + id + "/business-case#actuals";
	}

	private static void validate(BusinessCaseForm form, BindingResult result) {
		String currency = (form.getCurrency() != null) ? form.getCurrency().strip().toUpperCase(Locale.ROOT) : "";
		if (!currency.matches("[A-Z]{3}") || !knownCurrency(currency)) {
			result.rejectValue("currency", "businessCase.currency.invalid");
		}
		form.amounts().forEach((field, amount) -> {
			if (result.hasFieldErrors(field)) {
				return;
			}
			if (amount.value() == null && amount.required()) {
				result.rejectValue(field, "NotNull");
			}
			else if (!amount.valid()) {
				result.rejectValue(field,
						field.equals("hourlyRate") ? "businessCase.hourlyRate.invalid" : "businessCase.amount.invalid");
			}
		});
	}

	private static boolean knownCurrency(String code) {
		try {
			Currency.getInstance(code);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private String page(Long id, Optional<BusinessCaseView> view, AsOf asOf, CurrentUser user, Model model) {
		Header header = this.engagements.read(id, user.access(), (e) -> new Header(e.getName(), e.getGoLiveDate()));
		int asOfMonth = PhaseCalendar.place(header.goLive(), asOf.date()).monthOfJourney();
		model.addAttribute("engagementId", id);
		model.addAttribute("engagementName", header.name());
		model.addAttribute("asOf", asOf);
		model.addAttribute("asOfMonth", asOfMonth);
		model.addAttribute("businessCase", view.orElse(null));
		model.addAttribute("onboarding",
				view.map(BusinessCaseView::onboarding).orElseGet(() -> this.cases.onboarding(id, user.access())));
		return PAGE;
	}

	private record Header(String name, java.time.LocalDate goLive) {
	}

	/** A rejected actual, shown again with what was typed. */
	public record ActualFailure(String month, String cost, String benefit, String monthError, String costError,
			String benefitError, String costMeant, String benefitMeant) {
	}

	/**
	 * Reads amounts written with a point or a comma and spaces as thousands separators;
	 * anything but digits with one separator is not a number (no exponents, no signs
	 * other than a minus, which the range check then refuses with its own message).
	 */

}
