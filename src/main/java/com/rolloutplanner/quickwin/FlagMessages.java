package com.rolloutplanner.quickwin;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Puts a flag into words in the reader's language, for the templates:
 * {@code ${@flagMessages.explain(flag)}}.
 */
@Component("flagMessages")
public class FlagMessages {

	private final MessageSource messages;

	FlagMessages(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The flag's title; one about something named as written (a KPI) says which: "Full
	 * service level from go-live: CSAT".
	 */
	public String title(Flag flag) {
		String title = this.messages.getMessage("flag." + flag.code() + ".title", null,
				LocaleContextHolder.getLocale());
		return (!flag.arguments().isEmpty() && flag.arguments().get(0) instanceof String named) ? title + ": " + named
				: title;
	}

	public String explain(Flag flag) {
		return this.messages.getMessage(resolvable(flag.messageKey(), flag.arguments().toArray()),
				LocaleContextHolder.getLocale());
	}

	private static MessageSourceResolvable resolvable(String key, Object[] arguments) {
		Object[] resolved = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			resolved[i] = (arguments[i] instanceof Flag.Label label)
					? resolvable(label.key(), label.arguments().toArray()) : arguments[i];
		}
		return new DefaultMessageSourceResolvable(new String[] { key }, resolved);
	}

}
