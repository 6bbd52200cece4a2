package com.rolloutplanner.notification;

import com.rolloutplanner.subscription.NotificationKind;
import com.rolloutplanner.subscription.UnsubscribeTokens;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Recipient;
import com.rolloutplanner.mail.Mail;
import com.rolloutplanner.system.ViewHelpers;

/**
 * Writes mails in the recipient's language from the Thymeleaf templates under
 * {@code templates/mail}: a text part and an HTML part with the same words, links back to
 * the pages, the reason the mail came and an unsubscribe link.
 */
@Component
public class MailWriter {

	/** The notices a mail of several shows; the rest wait behind one link. */
	static final int DAILY_SHOWN = 25;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final ApplicationContext context;

	private final ViewHelpers fmt;

	private final com.rolloutplanner.due.DueWords due;

	private final UnsubscribeTokens tokens;

	/**
	 * Where links in mails point: BASE_URL, or without it the address this server answers
	 * on (known once it listens).
	 */
	private volatile String baseUrl;

	MailWriter(ITemplateEngine templates, MessageSource messages, ApplicationContext context, ViewHelpers fmt,
			com.rolloutplanner.due.DueWords due, UnsubscribeTokens tokens,
			@Value("${rollout.base-url:}") String baseUrl, @Value("${server.port:8080}") int port,
			@Value("${server.servlet.context-path:}") String contextPath) {
		this.templates = templates;
		this.messages = messages;
		this.context = context;
		this.fmt = fmt;
		this.due = due;
		this.tokens = tokens;
		this.configured = !baseUrl.isBlank();
		String base = this.configured ? baseUrl : "http://localhost:" + port + contextPath;
		this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.contextPath = contextPath;
	}

	private final boolean configured;

	private final String contextPath;

	/** Without BASE_URL, links point at the port the server really answers on. */
	@org.springframework.context.event.EventListener
	void listening(org.springframework.boot.web.server.context.WebServerInitializedEvent event) {
		if (!this.configured && event.getWebServer().getPort() > 0) {
			this.baseUrl = "http://localhost:" + event.getWebServer().getPort() + this.contextPath;
		}
	}

	/** A mail ready for the outbox. */
	Mail notice(Notice notice, Recipient recipient) {
		return inLanguage(recipient.language(), () -> {
			String subject = words(notice.subject(), recipient.language());
			List<String> lines = notice.lines().stream().map((line) -> words(line, recipient.language())).toList();
			String unsubscribe = unsubscribeUrl(recipient, notice.kind());
			Map<String, Object> variables = Map.of("recipient", recipient, "subject", subject, "lines", lines, "link",
					url(notice.path()), "kind", notice.kind(), "preferences", url("/account/notifications"),
					"unsubscribe", unsubscribe);
			return new Mail(subject, render("mail/notice.txt", variables, recipient.language()),
					render("mail/notice", variables, recipient.language()), unsubscribe);
		});
	}

	/**
	 * The one mail of several notices of a day's checks: each with its subject, its lines
	 * and its link, the first {@value #DAILY_SHOWN} of them, and a link to everything
	 * that waits for the reader when there are more. Its footer leads to the mail
	 * settings, where each kind can be turned off.
	 */
	Mail daily(List<Notice> notices, Recipient recipient) {
		return inLanguage(recipient.language(), () -> {
			String subject = word("mail.daily.subject", recipient.language(), notices.size());
			List<Map<String, Object>> items = notices.stream()
				.limit(DAILY_SHOWN)
				.map((notice) -> Map.<String, Object>of("subject", words(notice.subject(), recipient.language()),
						"lines", notice.lines().stream().map((line) -> words(line, recipient.language())).toList(),
						"link", url(notice.path())))
				.toList();
			Map<String, Object> variables = new java.util.HashMap<>();
			variables.put("recipient", recipient);
			variables.put("subject", subject);
			variables.put("items", items);
			variables.put("more", Math.max(0, notices.size() - DAILY_SHOWN));
			variables.put("waiting", url("/waiting"));
			variables.put("kind", DailyDelivery.KIND);
			variables.put("preferences", url("/account/notifications"));
			variables.put("unsubscribe", null);
			return new Mail(subject, render("mail/daily.txt", variables, recipient.language()),
					render("mail/daily", variables, recipient.language()), null);
		});
	}

	Mail digest(WeeklyDigest.Digest digest, Recipient recipient) {
		return inLanguage(recipient.language(), () -> {
			String subject = this.messages.getMessage("mail.digest.subject",
					new Object[] { this.fmt.date(digest.weekStart()) }, recipient.language());
			String unsubscribe = unsubscribeUrl(recipient, NotificationKind.WEEKLY_DIGEST);
			Map<String, Object> variables = new java.util.HashMap<>(
					Map.of("recipient", recipient, "subject", subject, "digest", digest, "base", this.baseUrl,
							"dashboard", url("/"), "preferences", url("/account/notifications"), "unsubscribe",
							unsubscribe, "kind", NotificationKind.WEEKLY_DIGEST, "fmt", this.fmt));
			// How long each thing is overdue, said as on the pages.
			variables.put("due", this.due);
			return new Mail(subject, render("mail/digest.txt", variables, recipient.language()),
					render("mail/digest", variables, recipient.language()), unsubscribe);
		});
	}

	/**
	 * The mail that asks to confirm a new address, sent to that address: its one-time
	 * link and nothing else (no unsubscribe: it is the only mail that goes there).
	 */
	public Mail confirmation(String displayName, Locale language, String token) {
		return link(language, "mail.confirm.subject", null,
				List.of(word("mail.confirm.greeting", language, displayName), word("mail.confirm.line", language)),
				url("/account/email/confirm?token=" + token), "mail.confirm.button", "mail.confirm.notYou");
	}

	/**
	 * The mail with a link to choose a new password, sent to a user's confirmed address:
	 * the link holds for an hour and once; nothing to unsubscribe from.
	 */
	public Mail passwordReset(String displayName, String username, Locale language, String token) {
		return link(language, "mail.reset.subject", null,
				List.of(word("mail.reset.greeting", language, displayName),
						word("mail.reset.line", language, username)),
				url("/password/reset?token=" + token), "mail.reset.button", "mail.reset.notYou");
	}

	/**
	 * The invitation to join an organisation, sent to the address invited: the link to
	 * choose a username and a password holds for seven days.
	 */
	public Mail invitation(String organisationName, String invitedBy, Locale language, String token) {
		return link(language, "mail.invitation.subject", organisationName,
				List.of(word("mail.invitation.line", language, invitedBy, organisationName),
						word("mail.invitation.action", language)),
				url("/invitation?token=" + token), "mail.invitation.button", "mail.invitation.notYou");
	}

	/**
	 * The mail to the owner of a webhook that was turned off after failing for days: its
	 * address and a link to its page, where it can be turned on again.
	 */
	public Mail webhookDisabled(String displayName, String webhookUrl, Locale language, String path) {
		return link(language, "mail.webhookDisabled.subject", null,
				List.of(word("mail.reset.greeting", language, displayName),
						word("mail.webhookDisabled.line", language, webhookUrl)),
				url(path), "mail.webhookDisabled.button", null);
	}

	/**
	 * A mail of a few lines and one link (a confirmation, a password reset, an
	 * invitation): one template for all of them, with no unsubscribe link (each is the
	 * one mail of its kind that the reader asked for or must get).
	 */
	private Mail link(Locale language, String subjectKey, Object subjectArgument, List<String> lines, String link,
			String buttonKey, String noteKey) {
		return inLanguage(language, () -> {
			String subject = (subjectArgument != null) ? word(subjectKey, language, subjectArgument)
					: word(subjectKey, language);
			Map<String, Object> variables = new java.util.HashMap<>();
			variables.put("subject", subject);
			variables.put("lines", lines);
			variables.put("link", link);
			variables.put("button", word(buttonKey, language));
			variables.put("note", (noteKey != null) ? word(noteKey, language) : null);
			return new Mail(subject, render("mail/link.txt", variables, language),
					render("mail/link", variables, language), null);
		});
	}

	private String word(String key, Locale language, Object... arguments) {
		return this.messages.getMessage(key, arguments, language);
	}

	/** The words of a text in the language, its arguments formatted for it. */
	String words(Text text, Locale locale) {
		return inLanguage(locale, () -> {
			Object[] args = text.args().stream().map((arg) -> format(arg, locale)).toArray();
			return this.messages.getMessage(text.key(), args, locale);
		});
	}

	/** An address of this product as its mails and webhooks link to it. */
	public String url(String path) {
		return this.baseUrl + ((path != null) ? path : "/");
	}

	private String unsubscribeUrl(Recipient recipient, NotificationKind kind) {
		return url("/unsubscribe?token=" + this.tokens.token(recipient.id(), kind));
	}

	private Object format(Object arg, Locale locale) {
		if (arg instanceof Text text) {
			return words(text, locale);
		}
		if (arg instanceof LocalDate date) {
			return this.fmt.date(date);
		}
		if (arg instanceof LocalDateTime dateTime) {
			return this.fmt.dateTime(dateTime);
		}
		return (arg != null) ? arg : "";
	}

	private String render(String template, Map<String, Object> variables, Locale locale) {
		Context context = new Context(locale, variables);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		return this.templates.process(template, context);
	}

	/**
	 * Runs the work in the recipient's language and gives the caller's language back
	 * afterwards (a notification is often written while a page is being answered).
	 */
	private static <T> T inLanguage(Locale locale, java.util.function.Supplier<T> work) {
		org.springframework.context.i18n.LocaleContext before = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(locale);
		try {
			return work.get();
		}
		finally {
			LocaleContextHolder.setLocaleContext(before);
		}
	}

}
