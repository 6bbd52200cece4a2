package com.rolloutplanner.input;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Reads a number as a person types it, by the rules of the reader's language: English
 * {@code 120,000.50}, Finnish {@code 120 000,50}. Spaces group thousands in both; the
 * other language's way is read too where it cannot mean anything else ({@code 120,50} in
 * English is 120.50, {@code 1.234,5} is 1234.5). What could be read two ways is not
 * guessed: it is {@link Ambiguous}, with the reading meant most likely, to be shown to
 * the person ("Did you mean 120 000?"): a single separator followed by three digits that
 * is the language's decimal separator where more decimals are allowed than three is a
 * decimal; where at most two are allowed it is ambiguous, and so is the other language's
 * decimal separator followed by three digits. Only ASCII digits are digits: {@code 0x10},
 * {@code 1e5} and digits of other scripts ({@code ١٢٣}) are not numbers here.
 */
public final class Decimals {

	private Decimals() {
	}

	/** What was typed, read. */
	public sealed interface Reading permits Read, Ambiguous, Unreadable, Empty {

	}

	/** A number read without doubt. */
	public record Read(BigDecimal value) implements Reading {
	}

	/** A number that could be read two ways; {@code meant} is the likelier. */
	public record Ambiguous(BigDecimal meant) implements Reading {
	}

	/** Not a number as written. */
	public record Unreadable() implements Reading {
	}

	/** Nothing typed (blank). */
	public record Empty() implements Reading {
	}

	/**
	 * Reads the text by the language's rules, allowing at most {@code maxDecimals}
	 * decimals.
	 */
	public static Reading read(String text, Locale locale, int maxDecimals) {
		if (text == null || text.isBlank()) {
			return new Empty();
		}
		String t = text.strip().replace('\u00a0', ' ').replace('\u202f', ' ');
		boolean negative = t.startsWith("-");
		if (negative) {
			t = t.substring(1);
		}
		if (t.isEmpty() || !t.chars().allMatch((c) -> (c >= '0' && c <= '9') || c == ' ' || c == ',' || c == '.')
				|| !isDigit(t.charAt(0)) || !isDigit(t.charAt(t.length() - 1)) || t.contains("  ")) {
			return new Unreadable();
		}
		char decimal = decimalSeparator(locale);
		int commas = count(t, ','), points = count(t, '.');
		Reading reading;
		if (commas > 0 && points > 0) {
			char last = (t.lastIndexOf(',') > t.lastIndexOf('.')) ? ',' : '.';
			char group = (last == ',') ? '.' : ',';
			reading = (count(t, last) != 1 || t.contains(" ")) ? new Unreadable() : grouped(
					t.substring(0, t.lastIndexOf(last)), group, t.substring(t.lastIndexOf(last) + 1), maxDecimals);
		}
		else if (commas + points == 0) {
			reading = grouped(t, ' ', "", maxDecimals);
		}
		else {
			char separator = (commas > 0) ? ',' : '.';
			int at = t.indexOf(separator);
			String integer = t.substring(0, at);
			String fraction = t.substring(at + 1);
			boolean threeAfter = fraction.length() == 3 && integer.length() <= 3 && !integer.contains(" ");
			if (commas + points > 1) {
				// More than one: thousands, never decimals.
				reading = (t.contains(" ")) ? new Unreadable() : grouped(t, separator, "", maxDecimals);
			}
			else if (separator == decimal) {
				if (fraction.length() <= maxDecimals) {
					reading = grouped(integer, ' ', fraction, maxDecimals);
				}
				else {
					reading = threeAfter ? ambiguous(grouped(t, separator, "", maxDecimals)) : new Unreadable();
				}
			}
			else if (fraction.length() == 3) {
				// 1,234 in English is 1234; 1.234 in Finnish could be 1234 or 1.234.
				Reading thousands = threeAfter ? grouped(t, separator, "", maxDecimals) : new Unreadable();
				reading = (separator == groupSeparator(locale) || !threeAfter) ? thousands : ambiguous(thousands);
			}
			else {
				// Cannot be thousands: the other language's decimal separator.
				reading = grouped(integer, ' ', fraction, maxDecimals);
			}
		}
		if (negative && reading instanceof Read read) {
			return new Read(read.value().negate());
		}
		if (negative && reading instanceof Ambiguous ambiguous) {
			return new Ambiguous(ambiguous.meant().negate());
		}
		return reading;
	}

	/** A number written as the language writes it, with thousands grouped. */
	public static String format(BigDecimal value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
		format.setGroupingUsed(true);
		return format.format(value);
	}

	static char decimalSeparator(Locale locale) {
		return "fi".equals(locale.getLanguage()) ? ',' : '.';
	}

	static char groupSeparator(Locale locale) {
		return "fi".equals(locale.getLanguage()) ? ' ' : ',';
	}

	/**
	 * The integer part with its thousands separated by {@code group} (the first group 1
	 * to 3 digits, every other 3) and the decimals.
	 */
	private static Reading grouped(String integer, char group, String fraction, int maxDecimals) {
		if (integer.isEmpty() || fraction.length() > maxDecimals || !fraction.chars().allMatch(Decimals::isDigit)) {
			return new Unreadable();
		}
		String[] groups = integer.split(java.util.regex.Pattern.quote(String.valueOf(group)), -1);
		if (groups.length > 1) {
			if (groups[0].isEmpty() || groups[0].length() > 3) {
				return new Unreadable();
			}
			for (int i = 1; i < groups.length; i++) {
				if (groups[i].length() != 3) {
					return new Unreadable();
				}
			}
		}
		String digits = String.join("", groups);
		if (!digits.chars().allMatch(Decimals::isDigit) || digits.length() > 18) {
			return new Unreadable();
		}
		return new Read(new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction));
	}

	private static Reading ambiguous(Reading thousands) {
		return (thousands instanceof Read read) ? new Ambiguous(read.value()) : new Unreadable();
	}

	private static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter((x) -> x == c).count();
	}

}
