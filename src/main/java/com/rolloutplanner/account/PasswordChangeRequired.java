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
 * they ask for, until they have chosen their own.
 */
public class PasswordChangeRequired extends OncePerRequestFilter {

	static final String PAGE = "/account/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& user.isMustChangePassword() && !allowed(request.getRequestURI())) {
			response.sendRedirect(request.getContextPath() + PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(String uri) {
		return uri.equals(PAGE) || uri.equals("/logout") || uri.startsWith("/css/") || uri.startsWith("/error")
				|| uri.equals("/favicon.svg");
	}

}
