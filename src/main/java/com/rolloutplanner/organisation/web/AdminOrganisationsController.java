package com.rolloutplanner.organisation.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.OrganisationNotFoundException;
import com.rolloutplanner.organisation.Organisations;

/** Administrators add organisations and rename them. */
@Controller
class AdminOrganisationsController {

	private static final String LIST = "organisation/list";

	private static final String RENAME = "organisation/rename";

	private final Organisations organisations;

	AdminOrganisationsController(Organisations organisations) {
		this.organisations = organisations;
	}

	@InitBinder("organisationForm")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("name");
	}

	@ModelAttribute("organisations")
	List<Organisation> organisations() {
		return this.organisations.all();
	}

	@GetMapping("/admin/organisations")
	String list(@ModelAttribute("organisationForm") OrganisationForm form) {
		return LIST;
	}

	@PostMapping("/admin/organisations")
	String create(@Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult result,
			@AuthenticationPrincipal(expression = "signature()") String actor, RedirectAttributes redirect) {
		if (!result.hasErrors() && this.organisations.nameTaken(form.getName(), null)) {
			result.rejectValue("name", "organisation.name.taken");
		}
		if (result.hasErrors()) {
			return LIST;
		}
		try {
			this.organisations.add(form.getName(), actor);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone added the same name, in another case, at the same moment.
			result.rejectValue("name", "organisation.name.taken");
			return LIST;
		}
		redirect.addFlashAttribute("flashMessage", "organisation.created");
		return "redirect:/admin/organisations";
	}

	@GetMapping("/admin/organisations/{id}/rename")
	String renameForm(@PathVariable Long id, Model model) {
		Organisation organisation = load(id);
		OrganisationForm form = new OrganisationForm();
		form.setName(organisation.getName());
		model.addAttribute("organisationForm", form);
		model.addAttribute("organisation", organisation);
		return RENAME;
	}

	@PostMapping("/admin/organisations/{id}/rename")
	String rename(@PathVariable Long id, @Valid @ModelAttribute("organisationForm") OrganisationForm form,
			BindingResult result, Model model, @AuthenticationPrincipal(expression = "signature()") String actor,
			RedirectAttributes redirect) {
		model.addAttribute("organisation", load(id));
		if (!result.hasErrors() && this.organisations.nameTaken(form.getName(), id)) {
			result.rejectValue("name", "organisation.name.taken");
		}
		if (result.hasErrors()) {
			return RENAME;
		}
		try {
			this.organisations.rename(id, form.getName(), actor);
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("name", "organisation.name.taken");
			return RENAME;
		}
		redirect.addFlashAttribute("flashMessage", "organisation.renamed");
		return "redirect:/admin/organisations";
	}

	private Organisation load(Long id) {
		return this.organisations.find(id).orElseThrow(() -> new OrganisationNotFoundException(id));
	}

}
