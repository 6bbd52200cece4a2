package com.rolloutplanner.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a user who was deactivated or deleted after logging in, and every
 * session of a user that began before their sessions were ended (a password change ends
 * the others, an administrator's reset and "log out everywhere" all of them): at their
 * next request, not at the end of the session. A session notes when it began at its first
 * request after the log-in. The API needs no such check, as it authenticates every
 * request.
 */
public class ActiveAccountCheck extends OncePerRequestFilter {

	/** The session attribute holding when the session began (or was last confirmed). */
	public static final String SESSION_BEGAN = "rollout.sessionBegan";

	private final Accounts accounts;

	public ActiveAccountCheck(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			SessionState state = this.accounts.sessionState(user.getId());
			HttpSession session = request.getSession(false);
			java.time.Instant began = (session != null) ? (java.time.Instant) session.getAttribute(SESSION_BEGAN)
					: null;
			if (session != null && began == null) {
				// A session from before sessions noted their beginning: its creation.
				began = java.time.Instant.ofEpochMilli(session.getCreationTime());
			}
			if (!state.active() || (session != null && !state.admits(began))) {
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + (state.active() ? "/login?ended" : "/login?disabled"));
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
