package com.rolloutplanner.system;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.CurrentUser;

/**
 * The page header of the layout ({@code fragments/header.html}: the brand, the main
 * navigation, the language switch and the reader's menu) as HTML, rendered once per
 * reader's name, organisation and roles, language, switch links and context path, and
 * then kept: it was about half of what rendering a page around kept content still cost
 * (eight role checks, a dozen messages and links). The log-out form carries the reader's
 * own CSRF token ({@link KeptCsrf}). A reader who is not a user of the product (no
 * {@link CurrentUser}) gets the header rendered for the request alone. At most about 4
 * MB; headers unread for an hour are dropped.
 */
@Component
public class PageFrames {

	static final String HEADER = "fragments/header";

	private final KeptHtml<Key> kept = new KeptHtml<>(2_000_000);

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	PageFrames(ITemplateEngine templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	/** The header of the page being rendered for this request. */
	Frame frame(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		return new Frame(request, response, locale);
	}

	private String header(Frame frame) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		if (signedIn && !(authentication.getPrincipal() instanceof CurrentUser)) {
			return render(frame, frame.request);
		}
		Set<String> roles = new TreeSet<>();
		String name = null;
		String organisation = null;
		if (signedIn) {
			CurrentUser user = (CurrentUser) authentication.getPrincipal();
			authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(roles::add);
			name = user.getDisplayName();
			organisation = user.getOrganisationName();
		}
		Key key = new Key(signedIn, roles, name, organisation, frame.locale, frame.switchToEnglish(),
				frame.switchToFinnish(), frame.request.getContextPath());
		String html = this.kept.get(key, (k) -> render(frame, KeptCsrf.forKeeping(frame.request)));
		return KeptCsrf.forReader(html, frame.request);
	}

	private String render(Frame frame, HttpServletRequest request) {
		WebContext context = TemplateContexts.of(this.applicationContext, request, frame.response, frame.locale);
		context.setVariable("lang", frame.locale.getLanguage());
		context.setVariable("switchToEnglish", frame.switchToEnglish());
		context.setVariable("switchToFinnish", frame.switchToFinnish());
		return this.templates.process(HEADER, Set.of("header"), context);
	}

	/**
	 * The page frame of one request, rendered (and its language links made) only when a
	 * page asks for it.
	 */
	public final class Frame {

		private final HttpServletRequest request;

		private final HttpServletResponse response;

		private final Locale locale;

		private Frame(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			this.request = request;
			this.response = response;
			this.locale = locale;
		}

		private String switchToEnglish() {
			return LayoutModel.currentPageIn(this.request, "en");
		}

		private String switchToFinnish() {
			return LayoutModel.currentPageIn(this.request, "fi");
		}

		/** The page header's HTML for this reader. */
		public String header() {
			return PageFrames.this.header(this);
		}

	}

	private record Key(boolean signedIn, Set<String> roles, String name, String organisation, Locale locale,
			String switchToEnglish, String switchToFinnish, String contextPath) {
	}

}
