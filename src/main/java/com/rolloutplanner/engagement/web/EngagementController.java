package com.rolloutplanner.engagement.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.GoalType;
import com.rolloutplanner.engagement.Overviews;
import com.rolloutplanner.engagement.TermsCheck;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.system.AsOf;
import com.rolloutplanner.system.StaleVersionException;
import com.rolloutplanner.system.TimeSource;

@Controller
class EngagementController {

	private static final String FORM = "engagement/form";

	/** The header of a check asked for while typing. */
	static final String CHECK_HEADER = "X-Terms-Check";

	/** The fields of the form that the check of typed terms reads, besides the goals. */
	private static final Set<String> CHECKED = Set.of("goLiveDate", "contractModel", "contractMonths",
			"onboardingHours", "onboardingBudgetEur", "expectedPaybackMonth", "learningPlan", "description");

	private static final java.util.regex.Pattern GOAL_FIELD = java.util.regex.Pattern
		.compile("goals\\[(\\d+)\\]\\.(targetMonth|description|type|selected)");

	private final Engagements engagements;

	private final EngagementEditor editor;

	private final Organisations organisations;

	private final QuickWinAssessor assessor;

	private final Overviews overviews;

	private final Listings listings;

	private final TimeSource time;

	private final TermsCheck termsCheck;

	private final MessageSource messages;

	EngagementController(Engagements engagements, EngagementEditor editor, Organisations organisations,
			QuickWinAssessor assessor, Overviews overviews, Listings listings, TimeSource time, TermsCheck termsCheck,
			MessageSource messages) {
		this.termsCheck = termsCheck;
		this.messages = messages;
		this.engagements = engagements;
		this.editor = editor;
		this.organisations = organisations;
		this.assessor = assessor;
		this.overviews = overviews;
		this.listings = listings;
		this.time = time;
	}

	@InitBinder("engagementForm")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("name", "clientOrganisationId", "newClientOrganisation", "partnerOrganisationId",
				"newPartnerOrganisation", "channels", "goLiveDate", "contractModel", "contractMonths",
				"onboardingHours", "onboardingBudgetEur", "expectedPaybackMonth", "learningPlan", "description",
				"goals[*].type", "goals[*].selected", "goals[*].targetMonth", "goals[*].description", "service",
				"proposal", "version");
		binder.setAutoGrowCollectionLimit(GoalType.values().length);
	}

	/**
	 * The form, with the organisations to choose from (only the form needs them; the
	 * engagement's own page does not read them).
	 */
	private String form(Model model) {
		model.addAttribute("organisations", this.organisations.all());
		return FORM;
	}

	@GetMapping("/engagements/new")
	String initCreationForm(Model model, @AuthenticationPrincipal CurrentUser user) {
		EngagementForm form = new EngagementForm();
		if (!user.isAdmin()) {
			form.setClientOrganisationId(user.getOrganisationId());
		}
		form.setContractModel(ContractModel.PARTNERSHIP);
		form.setContractMonths(36);
		model.addAttribute("engagementForm", form);
		return form(model);
	}

	@PostMapping("/engagements/new")
	String processCreationForm(@Valid EngagementForm engagementForm, BindingResult result, Model model,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.editor.validate(engagementForm, result, user);
		if (result.hasErrors()) {
			check(null, engagementForm, result, user, model);
			return form(model);
		}
		Engagement engagement = onceMoreIfANameWasJustTaken(() -> this.editor.create(engagementForm, user));
		flashSaved(redirect, "engagement.created", engagement);
		return "redirect:/engagements/" + engagement.getId();
	}

	/**
	 * The engagement overview: the engagement and what other modules add to it
	 * ({@link Overviews}, kept while the engagement is unchanged); a missing or hidden
	 * engagement is not found.
	 */
	@GetMapping("/engagements/{id}")
	String show(@PathVariable Long id, AsOf asOf, Model model, @AuthenticationPrincipal CurrentUser user) {
		Optional<Long> version = this.listings.version(id, user.access()).map(Listings.Version::written);
		model.addAllAttributes(version.map((v) -> this.overviews.kept(v, id, user, asOf.date(), this.time.today()))
			.orElseGet(() -> this.overviews.assemble(id, user, asOf.date())));
		model.addAttribute("asOf", asOf);
		return "engagement/show";
	}

	@GetMapping("/engagements/{id}/edit")
	String initUpdateForm(@PathVariable Long id, Model model, @AuthenticationPrincipal CurrentUser user) {
		EngagementForm form = this.engagements.read(id, user.access(), EngagementEditor::toForm);
		model.addAttribute("engagementForm", form);
		model.addAttribute("engagementId", id);
		model.addAttribute("termsCheck", this.termsCheck.check(id, EngagementEditor.plan(form), user.access()));
		return form(model);
	}

	/**
	 * What the typed terms mean, storing nothing: the phase dates, the planned payback
	 * and the quick-win flags. A script asks while the user types (header
	 * {@value #CHECK_HEADER}) and gets the check section's inside; without script the
	 * button "Check these terms" sends the form here and gets the form back, as typed,
	 * with the check filled in. Only the fields the check reads are judged (a name not
	 * typed yet is no reason not to check).
	 * @param engagement the engagement being changed, or none for a new one
	 */
	@PostMapping("/engagements/preview")
	String preview(@RequestParam(required = false) Long engagement, @Valid EngagementForm engagementForm,
			BindingResult result, @RequestHeader(name = CHECK_HEADER, required = false) String fragment, Model model,
			@AuthenticationPrincipal CurrentUser user) {
		if (engagement != null) {
			this.engagements.parties(engagement, user.access());
		}
		List<FieldError> problems = check(engagement, engagementForm, result, user, model);
		if (fragment != null) {
			return "engagement/_check :: check";
		}
		BindingResult shown = new BeanPropertyBindingResult(engagementForm, "engagementForm");
		problems.forEach(shown::addError);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "engagementForm", shown);
		model.addAttribute("engagementId", engagement);
		return form(model);
	}

	/**
	 * Puts the check of the typed terms in the model, or what keeps it from being made.
	 * @return the errors of the fields the check reads
	 */
	private List<FieldError> check(Long id, EngagementForm form, BindingResult result, CurrentUser user, Model model) {
		List<FieldError> problems = result.getFieldErrors()
			.stream()
			.filter((error) -> CHECKED.contains(error.getField()) || error.getField().startsWith("goals["))
			.toList();
		if (problems.isEmpty()) {
			model.addAttribute("termsCheck", this.termsCheck.check(id, EngagementEditor.plan(form), user.access()));
		}
		else {
			Locale locale = LocaleContextHolder.getLocale();
			model.addAttribute("termsCheckProblems", problems.stream()
				.map((error) -> label(error.getField(), form, locale) + ": " + this.messages.getMessage(error, locale))
				.toList());
		}
		return problems;
	}

	/** The name of a field as the form labels it. */
	private String label(String field, EngagementForm form, Locale locale) {
		java.util.regex.Matcher goal = GOAL_FIELD.matcher(field);
		if (goal.matches()) {
			int row = Integer.parseInt(goal.group(1));
			GoalType type = (row < form.getGoals().size() && form.getGoals().get(row) != null)
					? form.getGoals().get(row).getType() : null;
			String typeName = (type != null) ? this.messages.getMessage("goalType." + type, null, locale) : "";
			return switch (goal.group(2)) {
				case "targetMonth" ->
					this.messages.getMessage("goal.targetMonthFor", new Object[] { typeName }, locale);
				case "description" ->
					this.messages.getMessage("goal.descriptionFor", new Object[] { typeName }, locale);
				default -> typeName;
			};
		}
		return this.messages.getMessage("engagement." + field, null, field, locale);
	}

	@PostMapping("/engagements/{id}/edit")
	String processUpdateForm(@PathVariable Long id, @Valid EngagementForm engagementForm, BindingResult result,
			Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		model.addAttribute("engagementId", id);
		this.engagements.parties(id, user.access());
		this.editor.validate(engagementForm, result, user);
		if (result.hasErrors()) {
			check(id, engagementForm, result, user, model);
			return form(model);
		}
		Engagement revised;
		try {
			revised = onceMoreIfANameWasJustTaken(() -> this.editor.revise(id, engagementForm, user));
		}
		catch (StaleVersionException ex) {
			// Keep the user's input; the next save knowingly replaces the newer version.
			engagementForm.setVersion(this.engagements.read(id, user.access(), Engagement::getVersion));
			result.reject("engagement.stale");
			return form(model);
		}
		flashSaved(redirect, "engagement.updated", revised);
		return "redirect:/engagements/" + id;
	}

	@GetMapping("/engagements/{id}/delete")
	String confirmDeletion(@PathVariable Long id, Model model, @AuthenticationPrincipal CurrentUser user) {
		model.addAttribute("engagement", this.engagements.read(id, user.access(),
				(e) -> new DeletionView(e.getId(), e.getName(), e.getClient().getName(), e.getPartner().getName())));
		return "engagement/delete";
	}

	@PostMapping("/engagements/{id}/delete")
	String delete(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		String name = this.engagements.parties(id, user.access()).name();
		this.engagements.delete(id, user.access(), user.signature());
		redirect.addFlashAttribute("flashMessage", "engagement.deleted");
		redirect.addFlashAttribute("flashArgument", name);
		return "redirect:/";
	}

	/**
	 * Someone else added the new organisation typed in the form (in any case) at the same
	 * moment: the second try finds it instead of adding it again.
	 */
	private static Engagement onceMoreIfANameWasJustTaken(java.util.function.Supplier<Engagement> save) {
		try {
			return save.get();
		}
		catch (DataIntegrityViolationException ex) {
			return save.get();
		}
	}

	/** Saving is never blocked by flags, but the flags are announced at once. */
	private void flashSaved(RedirectAttributes redirect, String message, Engagement engagement) {
		long open = this.assessor.assess(engagement.getId(), engagement.getGoLiveDate(), engagement.quickWinSubject())
			.flags()
			.stream()
			.filter((flag) -> !flag.isAcknowledged())
			.count();
		redirect.addFlashAttribute("flashMessage", (open > 0) ? message + ".withFlags" : message);
		redirect.addFlashAttribute("flashArgument", open);
	}

	public record DeletionView(Long id, String name, String clientName, String partnerName) {
	}

}
