package com.rolloutplanner.history;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.rolloutplanner.system.ViewHelpers;

/** Puts a stored entry into words in the reader's language, at the time it is read. */
@Component
class HistoryWording {

	private static final int MAX_DECIMALS = 4;

	private final MessageSource messages;

	private final ViewHelpers fmt;

	HistoryWording(MessageSource messages, ViewHelpers fmt) {
		this.messages = messages;
		this.fmt = fmt;
	}

	History.HistoryRow row(HistoryEntry entry, Locale locale) {
		String who = (entry.getActor() != null) ? entry.getActor()
				: this.messages.getMessage("history.actor.system", null, locale);
		return new History.HistoryRow(this.fmt.dateTime(entry.getOccurredAt()), who, sentence(entry, locale),
				entry.isMarked(), entry.getEngagementId(), entry.getEngagementName());
	}

	String sentence(HistoryEntry entry, Locale locale) {
		List<HistoryArgument> arguments = HistoryRecorder.decode(entry.getArguments());
		Object[] words = arguments.stream().map((argument) -> word(argument, locale)).toArray();
		return this.messages.getMessage(entry.getMessageKey(), words, locale);
	}

	private String word(HistoryArgument argument, Locale locale) {
		return switch (argument.kind()) {
			case TEXT -> argument.value();
			case DATE -> this.fmt.date(LocalDate.parse(argument.value()));
			case NUMBER -> number(new BigDecimal(argument.value()), locale);
			case MESSAGE -> label(argument.value(), locale);
			case MESSAGES -> Arrays.stream(argument.value().split(","))
				.map((key) -> label(key, locale))
				.collect(Collectors.joining(", "));
		};
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static String number(BigDecimal value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(MAX_DECIMALS);
		return format.format(value);
	}

}
