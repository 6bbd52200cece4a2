package com.rolloutplanner.calendar.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeSet;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.Observance;
import biweekly.component.VTimezone;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import org.junit.jupiter.api.Test;

import com.rolloutplanner.system.TimeZones;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VTIMEZONE of every zone the product offers, written and read back as a calendar app
 * reads it: the transitions its rules describe for 2026–2035 are those of java.time.
 */
class TimezonesTests {

	private static final int FROM = 2026;

	private static final int UNTIL = 2035;

	@Test
	void everyOfferedZoneDescribesTheTransitionsOfJavaTimeFor2026To2035() {
		List<String> wrong = new ArrayList<>();
		for (String id : TimeZones.OFFERED) {
			ZoneId zone = ZoneId.of(id);
			TreeSet<String> expected = new TreeSet<>();
			ZoneOffsetTransition t = zone.getRules()
				.nextTransition(LocalDateTime.of(FROM, 1, 1, 0, 0).toInstant(ZoneOffset.UTC));
			while (t != null && t.getDateTimeBefore().getYear() <= UNTIL) {
				expected.add(t.getDateTimeBefore() + " " + t.getOffsetAfter());
				t = zone.getRules().nextTransition(t.getInstant());
			}
			TreeSet<String> described = described(zone);
			if (!described.equals(expected)) {
				wrong.add(id + ": expected " + expected + " but the feed says " + described);
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void summerTimeInHelsinkiStartsOnTheLastSundayOfMarch() {
		String written = write(ZoneId.of("Europe/Helsinki"));

		assertThat(written)
			.contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10")
			.doesNotContain("4SU");
	}

	/**
	 * The onsets of the zone's observances from 2026 to 2035, as a calendar app reads
	 * them.
	 */
	private static TreeSet<String> described(ZoneId zone) {
		ICalendar read = Biweekly.parse(write(zone)).first();
		VTimezone component = read.getTimezoneInfo().getTimezones().iterator().next().getComponent();
		TreeSet<String> onsets = new TreeSet<>();
		List<Observance> observances = new ArrayList<>();
		observances.addAll(component.getStandardTimes());
		observances.addAll(component.getDaylightSavingsTime());
		for (Observance observance : observances) {
			ZoneOffset after = ZoneOffset
				.ofTotalSeconds((int) (observance.getTimezoneOffsetTo().getValue().getMillis() / 1000));
			for (biweekly.property.RecurrenceDates dates : observance.getRecurrenceDates()) {
				for (biweekly.util.ICalDate date : dates.getDates()) {
					biweekly.util.DateTimeComponents c = date.getRawComponents();
					LocalDateTime local = LocalDateTime.of(c.getYear(), c.getMonth(), c.getDate(), c.getHour(),
							c.getMinute(), c.getSecond());
					if (local.getYear() >= FROM && local.getYear() <= UNTIL) {
						onsets.add(local + " " + after);
					}
				}
			}
			if (observance.getRecurrenceRule() == null) {
				continue;
			}
			DateIterator it = biweekly.util.Google2445Utils.getDateIterator(observance, TimeZone.getTimeZone("UTC"));
			while (it.hasNext()) {
				Date onset = it.next();
				LocalDateTime local = LocalDateTime.ofInstant(onset.toInstant(), ZoneOffset.UTC);
				if (local.getYear() > UNTIL) {
					break;
				}
				if (local.getYear() >= FROM) {
					onsets.add(local + " " + after);
				}
			}
		}
		return onsets;
	}

	private static String write(ZoneId zone) {
		ICalendar calendar = new ICalendar();
		biweekly.component.VEvent event = new biweekly.component.VEvent();
		biweekly.property.DateStart start = event.setDateStart(new Date(0));
		calendar.addEvent(event);
		calendar.getTimezoneInfo().setTimezone(start, Timezones.assignment(zone));
		return calendar.write();
	}

}
