package com.rolloutplanner.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.ActiveAccountCheck;
import com.rolloutplanner.apitoken.ApiScope;
import com.rolloutplanner.apitoken.ApiTokenFilter;
import com.rolloutplanner.apitoken.ApiTokens;
import com.rolloutplanner.account.Contacts;
import com.rolloutplanner.account.LoginPages;
import com.rolloutplanner.throttle.LoginThrottle;
import com.rolloutplanner.account.PasswordChangeRequired;
import com.rolloutplanner.throttle.ThrottledAuthenticationProvider;

/**
 * Form login with the product's own page, CSRF on every form, strict security headers,
 * and the rule that administration is for administrators. Which engagements a manager may
 * see is checked in the engagement services, on every path.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * The JSON API: personal API tokens ({@code Authorization: Bearer}, one indexed
	 * look-up, read-only tokens may only read) or HTTP Basic against the same accounts
	 * and the same login throttle; stateless (no session, hence no CSRF), problem details
	 * for a missing login or a refused change.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager, MessageSource messages,
			ApiTokens tokens) throws Exception {
		ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(messages);
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET)
				.authenticated()
				.requestMatchers(HttpMethod.HEAD)
				.authenticated()
				.requestMatchers(HttpMethod.OPTIONS)
				.authenticated()
				.anyRequest()
				.access((authentication, context) -> new AuthorizationDecision(mayChange(authentication.get()))))
			.authenticationManager(authenticationManager)
			.httpBasic((basic) -> basic.authenticationEntryPoint(entryPoint))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.addFilterBefore(new ApiTokenFilter(tokens, entryPoint), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeRequired(), AuthorizationFilter.class);
		return http.build();
	}

	/** Logged in, and not with a read-only token. */
	static boolean mayChange(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.getAuthorities()
					.stream()
					.noneMatch((authority) -> ApiScope.READ_ONLY_AUTHORITY.equals(authority.getAuthority()));
	}

	/**
	 * Static files: no session, no login, no account checks; only the security headers
	 * (their own cache headers stay, so browsers keep them for a year).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
		http.securityMatcher("/css/**", "/js/**", "/favicon*.svg", "/favicon.ico", "/robots.txt")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.disable())
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.headers(SecurityConfiguration::securityHeaders);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager, Accounts accounts,
			Contacts contacts, org.springframework.web.servlet.LocaleResolver locales,
			com.rolloutplanner.signin.ProviderLogin providerLogin) throws Exception {
		var success = new org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response, Authentication authentication)
					throws java.io.IOException, jakarta.servlet.ServletException {
				// The language of the user's mails, at the first login: the browser's.
				contacts.languageAtFirstLogin(authentication.getName(), locales.resolveLocale(request));
				// When the session began: sessions ended after it stay ended.
				request.getSession().setAttribute(ActiveAccountCheck.SESSION_BEGAN, accounts.now());
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		success.setDefaultTargetUrl("/");
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/error", "/error/**", "/s/**", "/calendar/**", "/unsubscribe",
					"/password/forgot", "/password/forgot/sent", "/password/reset", "/invitation", "/login/provider",
					"/login/provider/error", "/oauth2/authorization/**", "/login/oauth2/code/**", "/actuator/health",
					"/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.authenticationManager(authenticationManager)
			.formLogin((form) -> form.loginPage("/login")
				.failureHandler(LoginPages.failureHandler())
				.successHandler(success)
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(SecurityConfiguration::securityHeaders)
			// The one-click unsubscribe of mail programs (RFC 8058) posts without a form;
			// the
			// signed token in the address is the proof.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/unsubscribe"))
			.addFilterBefore(new ActiveAccountCheck(accounts), AuthorizationFilter.class)
			.addFilterAfter(new PasswordChangeRequired(), AuthorizationFilter.class);
		providerLogin.configure(http, locales);
		return http.build();
	}

	/**
	 * Spring Security's own steps are not observed: with an observation registry present
	 * it times every filter of the chain, the authentication and the authorization on
	 * every request (about a tenth of a small page's work), and nothing reads those
	 * timers. The HTTP requests themselves stay observed.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * BCrypt at the strength of {@code rollout.security.password-strength} (10, Spring's
	 * default; the tests, which log in thousands of times, use the cheapest). A hash
	 * keeps the strength it was made with, so a change applies to passwords set from then
	 * on.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${rollout.security.password-strength:10}") int strength) {
		return new BCryptPasswordEncoder(strength);
	}

	/**
	 * The only way to authenticate: the throttled check against the accounts, with no
	 * parent manager that a refused attempt could fall through to.
	 */
	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, com.rolloutplanner.account.PasswordSignIn passwordSignIn,
			com.rolloutplanner.signin.ProviderLogin providerLogin) {
		return new ProviderManager(new ThrottledAuthenticationProvider(users, encoder, throttle, passwordSignIn),
				providerLogin.authenticationProvider());
	}

	/**
	 * The headers of every page and static file: the content policy, referrer, no frames.
	 */
	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frames) -> frames.deny());
	}

}
