package com.rolloutplanner.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.rolloutplanner.apitoken.ApiScope;
import com.rolloutplanner.system.SpokenLanguages;
import com.rolloutplanner.apitoken.ApiTokenFilter;
import com.rolloutplanner.account.LoginThrottledException;

/**
 * A missing or refused login on the API: 401 as problem details, asking for a token or
 * HTTP Basic; and a change asked with a read-only token: 403 as problem details.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final MessageSource messages;

	ApiAuthenticationEntryPoint(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		boolean bearer = ApiTokenFilter.bearer(request);
		String code = (ex instanceof LoginThrottledException) ? "login.locked"
				: bearer ? "api.problem.badToken" : "api.problem.unauthorized";
		response.setHeader("WWW-Authenticate", bearer ? "Bearer realm=\"Rollout Planner\", error=\"invalid_token\""
				: "Bearer realm=\"Rollout Planner\", Basic realm=\"Rollout Planner\", charset=\"UTF-8\"");
		problem(request, response, HttpStatus.UNAUTHORIZED, code);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean readOnly = authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> ApiScope.READ_ONLY_AUTHORITY.equals(authority.getAuthority()));
		problem(request, response, HttpStatus.FORBIDDEN,
				readOnly ? "api.problem.readOnlyToken" : "api.problem.forbidden");
	}

	private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		String detail = this.messages.getMessage(code, null, SpokenLanguages.preferred(request.getLocales()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"")
					+ "\",\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\"}");
	}

}
