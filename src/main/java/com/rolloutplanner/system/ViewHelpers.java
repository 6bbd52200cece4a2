package com.rolloutplanner.system;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats dates and numbers for the reader's language in templates, e.g.
 * {@code ${@fmt.date(engagement.goLiveDate)}}: "31 Jan 2026" in English, "31.1.2026" in
 * Finnish.
 */
@Component("fmt")
public class ViewHelpers {

	public String date(LocalDate date) {
		return (date != null) ? dateFormatter(LocaleContextHolder.getLocale()).format(date) : "";
	}

	public String longDate(LocalDate date) {
		if (date == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		String pattern = "fi".equals(locale.getLanguage()) ? "d. MMMM yyyy" : "d MMMM yyyy";
		return DateTimeFormatter.ofPattern(pattern, locale).format(date);
	}

	public String number(Number number) {
		return (number != null) ? NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(number) : "";
	}

	static DateTimeFormatter dateFormatter(Locale locale) {
		if ("fi".equals(locale.getLanguage())) {
			return DateTimeFormatter.ofPattern("d.M.yyyy", locale);
		}
		return DateTimeFormatter.ofPattern("d MMM yyyy", locale);
	}

}
