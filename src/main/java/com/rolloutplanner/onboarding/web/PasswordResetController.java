package com.rolloutplanner.onboarding.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.EmailAddress;
import com.rolloutplanner.onboarding.PasswordResets;

/**
 * "Forgot your password?": the address is asked for, the same answer follows whether or
 * not it is known, and the mail's link leads to a form for the new password. The link's
 * page asks with a button (link scanners fetch mail links), and the button sets it.
 */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@InitBinder("forgotForm")
	void forgotFields(WebDataBinder binder) {
		binder.setAllowedFields("email");
	}

	@InitBinder("newPasswordForm")
	void newPasswordFields(WebDataBinder binder) {
		binder.setAllowedFields("token", "password", "confirmPassword");
	}

	@GetMapping("/password/forgot")
	String forgotForm(@ModelAttribute ForgotForm forgotForm) {
		return "onboarding/forgot";
	}

	@PostMapping("/password/forgot")
	String forgot(@ModelAttribute ForgotForm forgotForm, BindingResult result, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		if (forgotForm.getEmail().isEmpty()) {
			result.rejectValue("email", "forgot.email.required");
		}
		else if (!EmailAddress.isValid(forgotForm.getEmail())) {
			result.rejectValue("email", "notifications.email.invalid");
		}
		if (result.hasErrors()) {
			return "onboarding/forgot";
		}
		if (this.resets.request(forgotForm.getEmail(),
				request.getRemoteAddr()) == PasswordResets.Requested.CLIENT_WAITS) {
			model.addAttribute("wait", true);
			return "onboarding/forgot";
		}
		redirect.addFlashAttribute("sentTo", forgotForm.getEmail());
		return "redirect:/password/forgot/sent";
	}

	@GetMapping("/password/forgot/sent")
	String sent() {
		return "onboarding/forgot-sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		NewPasswordForm form = new NewPasswordForm();
		form.setToken(token);
		model.addAttribute("newPasswordForm", form);
		return page(form, model, response);
	}

	@PostMapping("/password/reset")
	String reset(@ModelAttribute NewPasswordForm newPasswordForm, BindingResult result, Model model,
			HttpServletResponse response) {
		var link = this.resets.link(newPasswordForm.getToken());
		if (link.isEmpty()) {
			return page(newPasswordForm, model, response);
		}
		String problem = Accounts.passwordProblem(link.get().username(), newPasswordForm.getPassword());
		if (problem != null) {
			result.rejectValue("password", problem);
		}
		else if (!newPasswordForm.getPassword().equals(newPasswordForm.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
		if (result.hasErrors()) {
			newPasswordForm.setPassword(null);
			newPasswordForm.setConfirmPassword(null);
			return page(newPasswordForm, model, response);
		}
		if (!this.resets.choose(newPasswordForm.getToken(), newPasswordForm.getPassword())) {
			return page(newPasswordForm, model, response);
		}
		return "redirect:/login?reset";
	}

	private String page(NewPasswordForm form, Model model, HttpServletResponse response) {
		var link = this.resets.link(form.getToken());
		if (link.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("what", "reset");
			return "onboarding/link-invalid";
		}
		model.addAttribute("username", link.get().username());
		return "onboarding/reset";
	}

}
