package com.rolloutplanner.apitoken;

import com.rolloutplanner.account.CurrentUser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request that carries {@code Authorization: Bearer <token>} with a
 * personal API token; a read-only token carries {@link ApiScope#READ_ONLY_AUTHORITY}. An
 * unknown, expired or revoked token is refused at once, whatever else the request says.
 */
public class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final AuthenticationEntryPoint refusal;

	public ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint refusal) {
		this.tokens = tokens;
		this.refusal = refusal;
	}

	/** Whether the request offers a token. */
	public static boolean bearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!bearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
		Optional<ApiTokens.Holder> holder = this.tokens.holder(token);
		if (holder.isEmpty()) {
			SecurityContextHolder.clearContext();
			this.refusal.commence(request, response, new BadCredentialsException("Unknown, expired or revoked token"));
			return;
		}
		CurrentUser user = holder.get().user();
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		if (holder.get().scope() == ApiScope.READ) {
			authorities.add(new SimpleGrantedAuthority(ApiScope.READ_ONLY_AUTHORITY));
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
