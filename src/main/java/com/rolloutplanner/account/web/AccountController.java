package com.rolloutplanner.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.ActiveAccountCheck;
import com.rolloutplanner.account.CurrentUser;

/** Every user's own password. */
@Controller
class AccountController {

	private static final String VIEW = "account/password";

	private final Accounts accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account/password")
	String passwordForm(@ModelAttribute("passwordForm") PasswordForm form) {
		return VIEW;
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (form.getNewPassword() == null || !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
		if (!result.hasFieldErrors("confirmPassword")) {
			String problem = this.accounts.changeOwnPassword(user.getId(), form.getCurrentPassword(),
					form.getNewPassword());
			if (problem != null) {
				result.rejectValue(problem.equals("password.currentWrong") ? "currentPassword" : "newPassword",
						problem);
			}
		}
		if (result.hasErrors()) {
			form.setCurrentPassword(null);
			form.setNewPassword(null);
			form.setConfirmPassword(null);
			return VIEW;
		}
		// Whoever else has a session of this user (the old password, a forgotten laptop)
		// is logged out; this session goes on.
		java.time.Instant from = this.accounts.endSessions(user.getId(), user.signature());
		refreshPrincipal(user.withPasswordChanged(), request, response);
		request.getSession().setAttribute(ActiveAccountCheck.SESSION_BEGAN, from);
		redirect.addFlashAttribute("flashMessage", "password.changed");
		return "redirect:/";
	}

	/** Ends every session of the user, this one included. */
	@PostMapping("/account/sessions/end")
	String logOutEverywhere(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
		this.accounts.endSessions(user.getId(), user.signature());
		jakarta.servlet.http.HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return "redirect:/login?everywhere";
	}

	private void refreshPrincipal(CurrentUser updated, HttpServletRequest request, HttpServletResponse response) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
