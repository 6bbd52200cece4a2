package com.rolloutplanner.issue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The response clock as a table: each severity's due time, weekends, and each tier to the
 * minute.
 */
class ResponsePromiseTests {

	static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	// 2026-12-04 is a Friday, 12-05 a Saturday, 12-07 a Monday.
	@ParameterizedTest(name = "{0} raised {1} → due {2}")
	@CsvSource({ "CRITICAL, 2026-12-07T09:00, 2026-12-07T13:00", "CRITICAL, 2026-12-04T22:30, 2026-12-05T02:30",
			"HIGH, 2026-12-07T09:00, 2026-12-08T09:00", "HIGH, 2026-12-04T15:00, 2026-12-07T15:00",
			"HIGH, 2026-12-05T10:00, 2026-12-07T10:00", "HIGH, 2026-12-06T23:59, 2026-12-07T23:59",
			"MEDIUM, 2026-12-03T11:00, 2026-12-08T11:00", "MEDIUM, 2026-12-07T08:15, 2026-12-10T08:15",
			"LOW, 2026-12-07T12:00, 2026-12-21T12:00", "LOW, 2026-12-05T12:00, 2026-12-18T12:00" })
	void theDefaultPromiseOfEachSeverityFallsDueInHoursOrWorkingDays(IssueSeverity severity, LocalDateTime raised,
			LocalDateTime due) {
		assertThat(ResponsePromise.defaults().get(severity).due(at(raised))).isEqualTo(at(due));
	}

	@Test
	void criticalHoursAreCalendarHoursAcrossTheClockChange() {
		// Summer time ends on 25 Oct 2026 at 04:00 in Helsinki: four hours from 01:00 are
		// 04:00 on the clock.
		assertThat(ResponsePromise.hours(4).due(at(LocalDateTime.parse("2026-10-25T01:00"))))
			.isEqualTo(at(LocalDateTime.parse("2026-10-25T01:00")).plusHours(4));
		assertThat(ResponsePromise.hours(4).due(at(LocalDateTime.parse("2026-10-25T01:00"))).toLocalDateTime())
			.isEqualTo(LocalDateTime.parse("2026-10-25T04:00"));
	}

	// HIGH raised Friday 15:00: due Monday 15:00, the second promise ends Tuesday 15:00.
	@ParameterizedTest(name = "now {0}, responded {1} → {2}")
	@CsvSource({ "2026-12-04T15:01, , OPERATIONAL", "2026-12-07T15:00, , OPERATIONAL",
			"2026-12-07T15:01, , STEERING_GROUP", "2026-12-08T15:00, , STEERING_GROUP", "2026-12-08T15:01, , EXECUTIVE",
			"2026-12-20T10:00, 2026-12-07T14:59, OPERATIONAL", "2026-12-20T10:00, 2026-12-07T15:00, OPERATIONAL",
			"2026-12-20T10:00, 2026-12-07T15:01, STEERING_GROUP", "2026-12-20T10:00, 2026-12-08T15:01, EXECUTIVE",
			"2026-12-07T15:30, 2026-12-09T09:00, STEERING_GROUP" })
	void anUnansweredIssueClimbsATierWithEachPromiseBrokenAndTheFirstResponseStopsTheClock(LocalDateTime now,
			LocalDateTime responded, EscalationTier tier) {
		ZonedDateTime raised = at(LocalDateTime.parse("2026-12-04T15:00"));
		assertThat(ResponsePromise.workingDays(1).tier(raised, (responded != null) ? at(responded) : null, at(now)))
			.isEqualTo(tier);
	}

	@Test
	void aCriticalIssueIsInFrontOfTheExecutivesAfterTwiceItsHours() {
		ZonedDateTime raised = at(LocalDateTime.parse("2026-12-07T09:00"));
		ResponsePromise four = ResponsePromise.hours(4);
		assertThat(four.tier(raised, null, raised.plusHours(4))).isEqualTo(EscalationTier.OPERATIONAL);
		assertThat(four.tier(raised, null, raised.plusHours(4).plusMinutes(1)))
			.isEqualTo(EscalationTier.STEERING_GROUP);
		assertThat(four.tier(raised, null, raised.plusHours(8))).isEqualTo(EscalationTier.STEERING_GROUP);
		assertThat(four.tier(raised, null, raised.plusHours(8).plusMinutes(1))).isEqualTo(EscalationTier.EXECUTIVE);
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource({ "CRITICAL, PT4H, PT4H", "CRITICAL, PT1H, PT1H", "CRITICAL, PT720H, PT720H", "CRITICAL, P1D, PT24H",
			"HIGH, P1D, P1D", "MEDIUM, P3D, P3D", "LOW, P30D, P30D" })
	void aPromiseIsWrittenInIso8601(IssueSeverity severity, String text, String written) {
		assertThat(ResponsePromise.parse(severity, text).text()).isEqualTo(written);
	}

	@ParameterizedTest(name = "{0} {1} is refused")
	@CsvSource({ "CRITICAL, PT0H", "CRITICAL, PT721H", "CRITICAL, PT90M", "CRITICAL, PT-4H", "CRITICAL, 4 hours",
			"CRITICAL, PT4H30S", "HIGH, P0D", "HIGH, P31D", "HIGH, P1M", "HIGH, P1Y", "HIGH, PT4H", "MEDIUM, -P1D",
			"LOW, soon" })
	void aPromiseOutsideOneHourToThirtyDaysOrNotIso8601IsRefused(IssueSeverity severity, String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> ResponsePromise.parse(severity, text));
	}

	@Test
	void aPromiseIsHoursOrWorkingDaysNeverBothNorNone() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ResponsePromise(4, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new ResponsePromise(0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new ResponsePromise(-1, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new ResponsePromise(0, 31));
		assertThat(new ResponsePromise(720, 0).hours()).isEqualTo(720);
		assertThat(new ResponsePromise(0, 30).workingDays()).isEqualTo(30);
	}

	@Test
	void onlyTheOperationalTierIsNotEscalated() {
		assertThat(EscalationTier.OPERATIONAL.escalated()).isFalse();
		assertThat(EscalationTier.STEERING_GROUP.escalated()).isTrue();
		assertThat(EscalationTier.EXECUTIVE.escalated()).isTrue();
	}

	private static ZonedDateTime at(LocalDateTime time) {
		return time.atZone(HELSINKI);
	}

}
