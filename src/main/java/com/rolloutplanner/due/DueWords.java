package com.rolloutplanner.due;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says where something with a due date stands, in the reader's language, for templates:
 * {@code ${@due.mark(state, dueDate, asOf)}} gives "overdue 17 days", "due soon" or
 * nothing.
 */
@Component("due")
public class DueWords {

	private final MessageSource messages;

	private final Clock clock;

	DueWords(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @param asOf the date shown, or null for today
	 * @return the words, or an empty text when the state needs none (open, done)
	 */
	public String mark(DueState state, LocalDate dueDate, LocalDate asOf) {
		if (state == DueState.DUE_SOON) {
			return this.messages.getMessage("due.state.DUE_SOON", null, LocaleContextHolder.getLocale());
		}
		if (state != DueState.OVERDUE) {
			return "";
		}
		Overdue overdue = (dueDate != null) ? Overdue.of(dueDate, (asOf != null) ? asOf : LocalDate.now(this.clock))
				: null;
		return (overdue != null)
				? this.messages.getMessage(overdue.messageKey(), new Object[] { overdue.amount() },
						LocaleContextHolder.getLocale())
				: this.messages.getMessage("due.state.OVERDUE", null, LocaleContextHolder.getLocale());
	}

}
