package com.rolloutplanner.account.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Contacts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.LoginLocks;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.UserAccount;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;

/** Administrators create users, reset their passwords and deactivate them. */
@Controller
public class AdminUsersController {

	private static final String VIEW = "account/users";

	private final Accounts accounts;

	private final Contacts contacts;

	private final Organisations organisations;

	private final LoginLocks locks;

	AdminUsersController(Accounts accounts, Contacts contacts, Organisations organisations, LoginLocks locks) {
		this.accounts = accounts;
		this.contacts = contacts;
		this.organisations = organisations;
		this.locks = locks;
	}

	@ModelAttribute("locks")
	List<LoginLocks.Lock> locks() {
		return this.locks.locks();
	}

	@InitBinder("userForm")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("username", "displayName", "organisationId", "role", "email");
	}

	@ModelAttribute("users")
	List<UserRow> users() {
		return this.accounts.all()
			.stream()
			.map((u) -> new UserRow(u.getId(), u.getUsername(), u.getDisplayName(), u.getOrganisation().getName(),
					u.getRole(), u.isActive(), u.isMustChangePassword()))
			.toList();
	}

	@ModelAttribute("organisations")
	List<Organisation> organisations() {
		return this.organisations.all();
	}

	@GetMapping("/admin/users")
	String list(@ModelAttribute("userForm") UserForm form) {
		return VIEW;
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("username") && this.accounts.exists(form.getUsername())) {
			result.rejectValue("username", "user.username.taken");
		}
		if (!result.hasFieldErrors("organisationId") && this.organisations.find(form.getOrganisationId()).isEmpty()) {
			result.rejectValue("organisationId", "engagement.organisation.required");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		Organisation organisation = this.organisations.find(form.getOrganisationId()).orElseThrow();
		String oneTime = this.accounts.createWithOneTimePassword(form.getUsername(), form.getDisplayName(),
				organisation, form.getRole(), me.signature());
		if (!form.getEmail().isEmpty()) {
			this.contacts.addressEntered(form.getUsername(), form.getEmail());
		}
		redirect.addFlashAttribute("oneTimePassword", new OneTimePassword(form.getUsername().strip(), oneTime));
		redirect.addFlashAttribute("flashMessage", "user.created");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/reset-password")
	String resetPassword(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean revokeTokens,
			@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		String username = this.accounts.find(id).map(UserAccount::getUsername).orElse("");
		String oneTime = this.accounts.resetPassword(id, revokeTokens, me.signature());
		redirect.addFlashAttribute("oneTimePassword", new OneTimePassword(username, oneTime));
		redirect.addFlashAttribute("flashMessage", "user.passwordReset");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/deactivate")
	String deactivate(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		if (id.equals(me.getId())) {
			redirect.addFlashAttribute("flashMessage", "user.cannotDeactivateSelf");
			return "redirect:/admin/users";
		}
		this.accounts.setActive(id, false, me.signature());
		redirect.addFlashAttribute("flashMessage", "user.deactivated");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/reactivate")
	String reactivate(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		this.accounts.setActive(id, true, me.signature());
		redirect.addFlashAttribute("flashMessage", "user.reactivated");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/unlock")
	String unlock(@RequestParam String username, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		this.locks.unlock(username, me.signature());
		redirect.addFlashAttribute("flashMessage", "user.unlocked");
		redirect.addFlashAttribute("flashArgument", username);
		return "redirect:/admin/users";
	}

	public record UserRow(Long id, String username, String displayName, String organisationName, Role role,
			boolean active, boolean mustChangePassword) {
	}

	public record OneTimePassword(String username, String password) implements java.io.Serializable {
	}

}
