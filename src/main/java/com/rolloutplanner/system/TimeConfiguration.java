package com.rolloutplanner.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the product; every "today" is {@code LocalDate.now(clock)}. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(@Value("${rollout.time-zone:Europe/Helsinki}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
