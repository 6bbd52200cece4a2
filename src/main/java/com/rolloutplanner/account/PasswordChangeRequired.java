package com.rolloutplanner.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a user who signed in with a one-time password to the password page, whatever page
 * they ask for, until they have chosen their own; the API refuses such a user with 403.
 */
public class PasswordChangeRequired extends OncePerRequestFilter {

	static final String PAGE = "/account/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& user.isMustChangePassword() && !allowed(request.getRequestURI())) {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				// The API cannot change the password: the pages must be used first.
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				response.setContentType("application/problem+json");
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
							+ "\"detail\":\"Choose your own password on the product's pages before using the API.\"}");
				return;
			}
			response.sendRedirect(request.getContextPath() + PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(String uri) {
		// Static files never reach this filter: they have a security chain of their own.
		return uri.equals(PAGE) || uri.equals("/logout") || uri.startsWith("/error");
	}

}
