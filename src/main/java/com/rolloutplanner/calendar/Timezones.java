package com.rolloutplanner.calendar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.TimeZone;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
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
		List<ZoneOffsetTransitionRule> transitions = rules.getTransitionRules();
		if (transitions.isEmpty()) {
			ZoneOffset offset = rules.getOffset(LocalDateTime.of(2000, 1, 1, 0, 0));
			StandardTime standard = new StandardTime();
			standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
			standard.setTimezoneOffsetFrom(offset(offset));
			standard.setTimezoneOffsetTo(offset(offset));
			component.addStandardTime(standard);
			return component;
		}
		for (ZoneOffsetTransitionRule rule : transitions) {
			boolean summer = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
			Observance observance = summer ? new DaylightSavingsTime() : new StandardTime();
			ZoneOffsetTransition first = rule.createTransition(1970);
			LocalDateTime at = first.getDateTimeBefore();
			observance.setDateStart(new DateTimeComponents(at.getYear(), at.getMonthValue(), at.getDayOfMonth(),
					at.getHour(), at.getMinute(), at.getSecond(), false));
			observance.setTimezoneOffsetFrom(offset(rule.getOffsetBefore()));
			observance.setTimezoneOffsetTo(offset(rule.getOffsetAfter()));
			observance.setRecurrenceRule(recurrence(rule));
			if (summer) {
				component.addDaylightSavingsTime((DaylightSavingsTime) observance);
			}
			else {
				component.addStandardTime((StandardTime) observance);
			}
		}
		return component;
	}

	private static Recurrence recurrence(ZoneOffsetTransitionRule rule) {
		Recurrence.Builder builder = new Recurrence.Builder(Frequency.YEARLY).byMonth(rule.getMonth().getValue());
		int indicator = rule.getDayOfMonthIndicator();
		if (rule.getDayOfWeek() == null) {
			return builder.byMonthDay(indicator).build();
		}
		DayOfWeek day = DayOfWeek.valueOf(rule.getDayOfWeek().name());
		// "last Sunday" is -1; "Sunday on or after the 8th" is the second Sunday
		int week = (indicator < 0) ? -1 : (indicator + 6) / 7;
		return builder.byDay(week, day).build();
	}

	private static UtcOffset offset(ZoneOffset offset) {
		return new UtcOffset(offset.getTotalSeconds() * 1000L);
	}

}
