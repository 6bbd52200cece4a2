package com.rolloutplanner.system;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats dates and numbers for the reader's language in templates, e.g.
 * {@code ${@fmt.date(engagement.goLiveDate)}}: "31 Jan 2026" in English, "31.1.2026" in
 * Finnish.
 */
@Component("fmt")
public class ViewHelpers {

	private final Clock clock;

	ViewHelpers(Clock clock) {
		this.clock = clock;
	}

	/** A moment as date and time in the product's time zone. */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		String time = "fi".equals(locale.getLanguage()) ? " 'klo' H.mm" : ", HH:mm";
		return formatter(datePattern(locale) + time, locale).format(instant.atZone(this.clock.getZone()));
	}

	/** A wall-clock date and time (a meeting's start, in its own time zone). */
	public String dateTime(java.time.LocalDateTime dateTime) {
		if (dateTime == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		String time = "fi".equals(locale.getLanguage()) ? " 'klo' H.mm" : ", HH:mm";
		return formatter(datePattern(locale) + time, locale).format(dateTime);
	}

	/** Whether the date is today in the product's time zone. */
	/** The present moment: what has started by now. */
	public java.time.Instant now() {
		return this.clock.instant();
	}

	public boolean isToday(LocalDate date) {
		return LocalDate.now(this.clock).equals(date);
	}

	public String date(LocalDate date) {
		return (date != null) ? dateFormatter(LocaleContextHolder.getLocale()).format(date) : "";
	}

	public String longDate(LocalDate date) {
		if (date == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		String pattern = "fi".equals(locale.getLanguage()) ? "d. MMMM yyyy" : "d MMMM yyyy";
		return formatter(pattern, locale).format(date);
	}

	/** A decimal in the reader's language, with at most two decimals: "3.5" or "3,5". */
	public String decimal(Number number) {
		if (number == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits(2);
		format.setMinimumFractionDigits(0);
		return format.format(number);
	}

	/** A score as it is kept, with its one decimal: "3.0" or "3,0". */
	public String score(Number number) {
		if (number == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits(1);
		format.setMinimumFractionDigits(1);
		return format.format(number);
	}

	/**
	 * A computed measurement (the edge of an expected band) with sensible decimals: one
	 * from 10 upwards, two below; trailing zeros dropped. Empty for {@code null}.
	 */
	public String measure(Number number) {
		if (number == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits((Math.abs(number.doubleValue()) >= 10) ? 1 : 2);
		format.setMinimumFractionDigits(0);
		return format.format(number);
	}

	/**
	 * An amount of money in the reader's language: "€12,500" or "12 500 €", with cents
	 * only when it has them; a code Java does not know is written after the number.
	 */
	public String money(Number amount, String currency) {
		if (amount == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		NumberFormat format;
		try {
			format = NumberFormat.getCurrencyInstance(locale);
			format.setCurrency(java.util.Currency.getInstance(currency));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return decimal(amount) + " " + currency;
		}
		boolean whole = new java.math.BigDecimal(amount.toString()).stripTrailingZeros().scale() <= 0;
		format.setMinimumFractionDigits(whole ? 0 : 2);
		format.setMaximumFractionDigits(whole ? 0 : 2);
		return format.format(amount);
	}

	/**
	 * An amount in a few characters, for an axis on a phone: "−120K" in English, "−120
	 * t." in Finnish.
	 */
	public String compact(Number number) {
		if (number == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCompactNumberInstance(LocaleContextHolder.getLocale(),
				NumberFormat.Style.SHORT);
		format.setMaximumFractionDigits(1);
		return format.format(number);
	}

	public String number(Number number) {
		return (number != null) ? NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(number) : "";
	}

	static DateTimeFormatter dateFormatter(Locale locale) {
		return formatter(datePattern(locale), locale);
	}

	/** Formatters are immutable: each pattern is read once per language. */
	private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

	private static DateTimeFormatter formatter(String pattern, Locale locale) {
		return FORMATTERS.computeIfAbsent(locale.toLanguageTag() + "|" + pattern,
				(key) -> DateTimeFormatter.ofPattern(pattern, locale));
	}

	private static String datePattern(Locale locale) {
		return "fi".equals(locale.getLanguage()) ? "d.M.yyyy" : "d MMM yyyy";
	}

}
