package com.rolloutplanner.calendar.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.RecurrenceDates;
import biweekly.util.ICalDate;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;

/**
 * A VTIMEZONE built from the Java time-zone rules, offline: every calendar app then shows
 * a meeting at its wall-clock time in the engagement's zone, summer time included.
 */
final class Timezones {

	private Timezones() {
	}

	static TimezoneAssignment assignment(ZoneId zone) {
		return new TimezoneAssignment(TimeZone.getTimeZone(zone), component(zone));
	}

	static VTimezone component(ZoneId zone) {
		VTimezone component = new VTimezone(zone.getId());
		ZoneRules rules = zone.getRules();
		// The offset in force from the start: what a calendar app uses before the first
		// change described below.
		ZoneOffset first = rules.getOffset(SINCE.atStartOfDay().toInstant(ZoneOffset.UTC));
		StandardTime base = new StandardTime();
		base.setDateStart(components(LocalDateTime.of(1970, 1, 1, 0, 0)));
		base.setTimezoneOffsetFrom(offset(first));
		base.setTimezoneOffsetTo(offset(first));
		component.addStandardTime(base);
		// Changes listed one by one (a zone's history, or dates set ahead such as
		// Morocco's around Ramadan), from 2000 on, as dates.
		Map<List<ZoneOffset>, List<ZoneOffsetTransition>> listed = new LinkedHashMap<>();
		for (ZoneOffsetTransition t : rules.getTransitions()) {
			if (!t.getDateTimeBefore().toLocalDate().isBefore(SINCE)) {
				listed.computeIfAbsent(List.of(t.getOffsetBefore(), t.getOffsetAfter()), (k) -> new ArrayList<>())
					.add(t);
			}
		}
		listed.forEach((offsets, transitions) -> {
			Observance observance = observance(
					offsets.get(1).compareTo(offsets.get(0)) < 0 && isSummer(rules, transitions.get(0)));
			observance.setTimezoneOffsetFrom(offset(offsets.get(0)));
			observance.setTimezoneOffsetTo(offset(offsets.get(1)));
			observance.setDateStart(components(transitions.get(0).getDateTimeBefore()));
			if (transitions.size() > 1) {
				observance.addRecurrenceDates(dates(transitions.subList(1, transitions.size())
					.stream()
					.map(ZoneOffsetTransition::getDateTimeBefore)));
			}
			add(component, observance);
		});
		// The yearly rules that follow the listed changes, for ever.
		List<ZoneOffsetTransition> explicit = rules.getTransitions();
		int fromYear = explicit.isEmpty() ? 1970
				: Math.max(1970, explicit.get(explicit.size() - 1).getDateTimeAfter().getYear() + 1);
		for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
			boolean summer = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
			Observance observance = observance(!summer);
			observance.setTimezoneOffsetFrom(offset(rule.getOffsetBefore()));
			observance.setTimezoneOffsetTo(offset(rule.getOffsetAfter()));
			observance.setDateStart(components(rule.createTransition(fromYear).getDateTimeBefore()));
			Recurrence recurrence = recurrence(rule);
			if (recurrence != null) {
				observance.setRecurrenceRule(recurrence);
			}
			else {
				// Not a yearly rule that RFC 5545 can say (its day falls in the next
				// month
				// in some years): every change until 2100 by date.
				List<LocalDateTime> at = new ArrayList<>();
				for (int year = fromYear + 1; year <= 2100; year++) {
					at.add(rule.createTransition(year).getDateTimeBefore());
				}
				observance.addRecurrenceDates(dates(at.stream()));
			}
			add(component, observance);
		}
		return component;
	}

	/** The first day from which changes of offset are described one by one. */
	static final LocalDate SINCE = LocalDate.of(2000, 1, 1);

	private static boolean isSummer(ZoneRules rules, ZoneOffsetTransition t) {
		return rules.isDaylightSavings(t.getInstant());
	}

	private static Observance observance(boolean standard) {
		return standard ? new StandardTime() : new DaylightSavingsTime();
	}

	private static void add(VTimezone component, Observance observance) {
		if (observance instanceof DaylightSavingsTime summer) {
			component.addDaylightSavingsTime(summer);
		}
		else {
			component.addStandardTime((StandardTime) observance);
		}
	}

	private static RecurrenceDates dates(java.util.stream.Stream<LocalDateTime> times) {
		RecurrenceDates dates = new RecurrenceDates();
		times.forEach((at) -> dates.getDates()
			.add(new ICalDate(java.util.Date.from(at.toInstant(ZoneOffset.UTC)), components(at), true)));
		return dates;
	}

	/**
	 * The yearly rule of a transition, or {@code null} where RFC 5545 cannot say it. Java
	 * says "the weekday on or after day d" (or, with a negative d, on or before the d-th
	 * last day) at a time that may be UTC or standard time; a calendar app reads the day
	 * and time in local time before the transition, which can be a day earlier or later
	 * (01:00 UTC is 23:00 the day before in Greenland). RFC 5545 says the day exactly as
	 * that weekday within seven days of the month
	 * ({@code BYDAY=SU;BYMONTHDAY=25,...,31}); the common cases are written as calendar
	 * apps write them: the n-th weekday when the seven days are the month's n-th week,
	 * the last ({@code -1SU}) when they are its last. Where the seven days run into the
	 * next month, there is no such rule.
	 */
	static Recurrence recurrence(ZoneOffsetTransitionRule rule) {
		LocalDateTime base = LocalDateTime.of(2001, 1, 15, 0, 0).with(rule.getLocalTime());
		if (rule.isMidnightEndOfDay()) {
			base = base.plusDays(1);
		}
		LocalDateTime wall = rule.getTimeDefinition()
			.createDateTime(base, rule.getStandardOffset(), rule.getOffsetBefore());
		int shift = (int) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2001, 1, 15), wall.toLocalDate());
		Recurrence.Builder builder = new Recurrence.Builder(Frequency.YEARLY).byMonth(rule.getMonth().getValue());
		int indicator = rule.getDayOfMonthIndicator();
		Month month = rule.getMonth();
		if (rule.getDayOfWeek() == null) {
			int day = indicator + shift;
			return (indicator > 0 && day >= 1 && day <= month.minLength()) ? builder.byMonthDay(day).build() : null;
		}
		DayOfWeek day = DayOfWeek.valueOf(rule.getDayOfWeek().plus(shift).name());
		// The first and last day of the seven, counted from the start (positive) or the
		// end
		// (negative) of the month.
		int first;
		boolean fromEnd = indicator < 0;
		if (fromEnd) {
			first = indicator - 6 + shift;
			if (indicator + shift > -1) {
				return null;
			}
		}
		else {
			first = indicator + shift;
			if (first < 1 || first + 6 > month.minLength()) {
				return null;
			}
			if (first + 6 == month.minLength() && month.minLength() == month.maxLength()) {
				return builder.byDay(-1, day).build();
			}
		}
		if (fromEnd && first == -7) {
			return builder.byDay(-1, day).build();
		}
		if (!fromEnd && (first - 1) % 7 == 0) {
			return builder.byDay((first + 6) / 7, day).build();
		}
		builder.byDay(day);
		for (int i = 0; i < 7; i++) {
			builder.byMonthDay(first + i);
		}
		return builder.build();
	}

	private static DateTimeComponents components(LocalDateTime at) {
		return new DateTimeComponents(at.getYear(), at.getMonthValue(), at.getDayOfMonth(), at.getHour(),
				at.getMinute(), at.getSecond(), false);
	}

	private static UtcOffset offset(ZoneOffset offset) {
		return new UtcOffset(offset.getTotalSeconds() * 1000L);
	}

}
