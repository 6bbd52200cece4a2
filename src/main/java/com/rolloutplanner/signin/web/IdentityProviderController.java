package com.rolloutplanner.signin.web;

import org.springframework.context.ApplicationEventPublisher;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.input.FieldProblem;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.signin.IdentityProviders;
import com.rolloutplanner.signin.OrganisationClients;
import com.rolloutplanner.signin.SigninEvents.ProviderRemoved;
import com.rolloutplanner.signin.SigninEvents.ProviderSaved;

/**
 * An administrator gives an organisation its identity provider, changes it (the secret is
 * never shown again; left empty it stays) or removes it.
 */
@Controller
class IdentityProviderController {

	private final IdentityProviders providers;

	private final OrganisationClients clients;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	IdentityProviderController(IdentityProviders providers, OrganisationClients clients, Organisations organisations,
			ApplicationEventPublisher events) {
		this.providers = providers;
		this.clients = clients;
		this.organisations = organisations;
		this.events = events;
	}

	@InitBinder("providerForm")
	void fields(WebDataBinder binder) {
		binder.setAllowedFields("issuer", "clientId", "clientSecret", "domains", "passwordSignIn", "selfJoin");
	}

	@GetMapping("/admin/organisations/{id}/provider")
	String form(@PathVariable Long id, Model model) {
		Organisation organisation = organisation(id);
		ProviderForm form = new ProviderForm();
		this.providers.of(id).ifPresent((p) -> {
			form.setIssuer(p.issuer());
			form.setClientId(p.clientId());
			form.setDomains(p.domainsText());
			form.setPasswordSignIn(p.passwordSignIn());
			form.setSelfJoin(p.selfJoin());
		});
		model.addAttribute("providerForm", form);
		return page(organisation, model);
	}

	@PostMapping("/admin/organisations/{id}/provider")
	String save(@PathVariable Long id, @ModelAttribute ProviderForm providerForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Organisation organisation = organisation(id);
		FieldProblem.rejectAll(result, this.providers.check(id, providerForm.getIssuer(), providerForm.getClientId(),
				providerForm.getClientSecret(), providerForm.getDomains()));
		if (result.hasErrors()) {
			providerForm.setClientSecret(null);
			return page(organisation, model);
		}
		this.providers.save(id, providerForm.getIssuer(), providerForm.getClientId(), providerForm.getClientSecret(),
				providerForm.getDomains(), providerForm.isPasswordSignIn(), providerForm.isSelfJoin(),
				user.signature());
		this.events.publishEvent(new ProviderSaved(organisation.getName(), providerForm.getIssuer().strip(),
				providerForm.isPasswordSignIn(), user.signature()));
		boolean answers = this.clients.registration(id).isPresent();
		redirect.addFlashAttribute("flashMessage", answers ? "provider.saved" : "provider.savedNotAnswering");
		return "redirect:/admin/organisations/" + id + "/provider";
	}

	@PostMapping("/admin/organisations/{id}/provider/remove")
	String remove(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Organisation organisation = organisation(id);
		if (this.providers.remove(id)) {
			this.events.publishEvent(new ProviderRemoved(organisation.getName(), user.signature()));
		}
		redirect.addFlashAttribute("flashMessage", "provider.removed");
		return "redirect:/admin/organisations/" + id + "/provider";
	}

	private String page(Organisation organisation, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("provider", this.providers.of(organisation.getId()).orElse(null));
		model.addAttribute("redirectUri",
				org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/login/oauth2/code/org-{id}")
					.buildAndExpand(organisation.getId())
					.toUriString());
		return "signin/admin-provider";
	}

	private Organisation organisation(Long id) {
		return this.organisations.find(id)
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
	}

}
