package com.rolloutplanner.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import com.rolloutplanner.account.LoginThrottledException;

/**
 * A missing or refused login on the API: 401 as problem details, asking for HTTP Basic.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final MessageSource messages;

	ApiAuthenticationEntryPoint(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String code = (ex instanceof LoginThrottledException) ? "login.locked" : "api.problem.unauthorized";
		String detail = this.messages.getMessage(code, null, WebConfiguration.supported(request.getLocales()));
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setHeader("WWW-Authenticate", "Basic realm=\"Rollout Planner\", charset=\"UTF-8\"");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
					+ detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"instance\":\""
					+ request.getRequestURI().replace("\"", "") + "\"}");
	}

}
