package com.rolloutplanner.account;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class LoginPages {

	@GetMapping("/login")
	String login() {
		return "account/login";
	}

	/**
	 * Tells the login page why a login failed, without saying whether the user exists.
	 */
	public static AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			String reason = (exception instanceof LoginThrottledException) ? "locked"
					: (exception instanceof DisabledException) ? "disabled"
							: (exception instanceof ProviderSignInRequiredException) ? "provider" : "error";
			response.sendRedirect(request.getContextPath() + "/login?" + reason);
		};
	}

}
