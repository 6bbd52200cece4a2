package com.rolloutplanner.onboarding.web;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.input.FieldProblem;
import com.rolloutplanner.input.PageNumbers;
import com.rolloutplanner.onboarding.InvitationAcceptance;
import com.rolloutplanner.onboarding.InvitationView;
import com.rolloutplanner.onboarding.Invitations;
import com.rolloutplanner.organisation.Organisations;

/**
 * Invitations: the page where managers and administrators invite by address and see what
 * waits (sent again, withdrawn), and the page the invitation's link opens, where the
 * invited person creates their account.
 */
@Controller
class InvitationController {

	/** At most this many invitations on a page. */
	static final int PAGE_SIZE = 25;

	private final Invitations invitations;

	private final Organisations organisations;

	private final Clock clock;

	private final InvitationAcceptance acceptance;

	InvitationController(Invitations invitations, InvitationAcceptance acceptance, Organisations organisations,
			Clock clock) {
		this.invitations = invitations;
		this.acceptance = acceptance;
		this.organisations = organisations;
		this.clock = clock;
	}

	@InitBinder("invitationForm")
	void invitationFields(WebDataBinder binder) {
		binder.setAllowedFields("email", "organisationId", "role", "language");
	}

	@InitBinder("acceptForm")
	void acceptFields(WebDataBinder binder) {
		binder.setAllowedFields("token", "username", "displayName", "password", "confirmPassword");
	}

	@GetMapping("/invitations")
	String list(@RequestParam(required = false) String page, @AuthenticationPrincipal CurrentUser user, Model model) {
		InvitationForm form = new InvitationForm();
		form.setOrganisationId(user.getOrganisationId());
		model.addAttribute("invitationForm", form);
		return page(PageNumbers.of(page), user, model);
	}

	@PostMapping("/invitations")
	String invite(@ModelAttribute InvitationForm invitationForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		List<FieldProblem> problems = this.invitations.check(invitationForm.getEmail(),
				invitationForm.getOrganisationId(), invitationForm.getRole(), invitationForm.getLanguage(), user);
		FieldProblem.rejectAll(result, problems);
		if (result.hasErrors()) {
			return page(1, user, model);
		}
		this.invitations.invite(invitationForm.getEmail(), invitationForm.getOrganisationId(), invitationForm.getRole(),
				invitationForm.getLanguage(), user);
		redirect.addFlashAttribute("sentTo", invitationForm.getEmail());
		return "redirect:/invitations";
	}

	@PostMapping("/invitations/{id}/resend")
	String resend(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		String problem = this.invitations.resend(id, user);
		redirect.addFlashAttribute("flashMessage", (problem != null) ? problem : "invitation.sentAgain");
		return "redirect:/invitations#invitation-" + id;
	}

	@PostMapping("/invitations/{id}/withdraw")
	String withdraw(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		boolean withdrawn = this.invitations.withdraw(id, user);
		redirect.addFlashAttribute("flashMessage", withdrawn ? "invitation.withdrawn" : "invitation.notWaiting");
		return "redirect:/invitations#invitation-" + id;
	}

	private String page(int page, CurrentUser user, Model model) {
		model.addAttribute("invitations", this.invitations.page(user, page - 1, PAGE_SIZE));
		model.addAttribute("organisations", user.isAdmin() ? this.organisations.all() : List.of());
		model.addAttribute("roles", user.isAdmin() ? List.of(Role.MANAGER, Role.ADMIN) : List.of(Role.MANAGER));
		model.addAttribute("languages", Invitations.LANGUAGES);
		model.addAttribute("now", this.clock.instant());
		return "onboarding/invitations";
	}

	@GetMapping("/invitation")
	String acceptForm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		AcceptForm form = new AcceptForm();
		form.setToken(token);
		model.addAttribute("acceptForm", form);
		return acceptPage(form, model, response);
	}

	@PostMapping("/invitation")
	String accept(@ModelAttribute AcceptForm acceptForm, BindingResult result, Model model,
			HttpServletResponse response) {
		if (this.invitations.opened(acceptForm.getToken()).isEmpty()) {
			return acceptPage(acceptForm, model, response);
		}
		FieldProblem.rejectAll(result, this.acceptance.checkAccount(acceptForm.getUsername(),
				acceptForm.getDisplayName(), acceptForm.getPassword(), acceptForm.getConfirmPassword()));
		if (result.hasErrors()) {
			acceptForm.setPassword(null);
			acceptForm.setConfirmPassword(null);
			return acceptPage(acceptForm, model, response);
		}
		if (this.acceptance
			.accept(acceptForm.getToken(), acceptForm.getUsername(), acceptForm.getDisplayName(),
					acceptForm.getPassword())
			.isEmpty()) {
			return acceptPage(acceptForm, model, response);
		}
		return "redirect:/login?joined";
	}

	private String acceptPage(AcceptForm form, Model model, HttpServletResponse response) {
		InvitationView invitation = this.invitations.opened(form.getToken()).orElse(null);
		if (invitation == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("what", "invitation");
			return "onboarding/link-invalid";
		}
		model.addAttribute("invitation", invitation);
		return "onboarding/accept";
	}

}
