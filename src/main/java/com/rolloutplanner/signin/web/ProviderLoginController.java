package com.rolloutplanner.signin.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.rolloutplanner.account.EmailAddress;
import com.rolloutplanner.signin.IdentityProviders;
import com.rolloutplanner.signin.OrganisationClients;
import com.rolloutplanner.signin.ProviderLogin;

/**
 * Signing in with an organisation's account: the address tells whose provider signs it
 * in; the page then leads there (a link, since the provider is another site), or says
 * that no provider vouches for the address, or that the provider does not answer; and the
 * page a refused or failed sign-in comes back to.
 */
@Controller
class ProviderLoginController {

	private final IdentityProviders providers;

	private final OrganisationClients clients;

	ProviderLoginController(IdentityProviders providers, OrganisationClients clients) {
		this.providers = providers;
		this.clients = clients;
	}

	@GetMapping("/login/provider")
	String provider(@RequestParam(defaultValue = "") String email, Model model, HttpServletResponse response) {
		String address = (email.length() > EmailAddress.MAX_LENGTH) ? "" : email.strip();
		model.addAttribute("email", address);
		if (!EmailAddress.isValid(address)) {
			model.addAttribute("problem",
					address.isEmpty() ? "provider.email.required" : "notifications.email.invalid");
			return "signin/provider";
		}
		var provider = this.providers.forAddress(address);
		if (provider.isEmpty()) {
			model.addAttribute("problem", "provider.none");
			return "signin/provider";
		}
		model.addAttribute("provider", provider.get());
		if (this.clients.registration(provider.get().organisationId()).isEmpty()) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			model.addAttribute("unavailable", true);
		}
		return "signin/provider";
	}

	/**
	 * Reached only when the provider's registration could not be had (see the resolver).
	 */
	@GetMapping("/oauth2/authorization/{registrationId}")
	String unavailable(@PathVariable String registrationId, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		model.addAttribute("reason", "unavailable");
		return "signin/error";
	}

	@GetMapping("/login/provider/error")
	String failed(@RequestParam(defaultValue = "refused") String reason, Model model) {
		model.addAttribute("reason", ProviderLogin.REASONS.contains(reason) ? reason : "refused");
		return "signin/error";
	}

}
